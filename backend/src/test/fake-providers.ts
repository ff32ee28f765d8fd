// Local stand-ins for the providers channel tests talk to: they speak the real wire protocols
// (Twilio REST with basic auth, Meta Graph with bearer tokens, SMTP) on 127.0.0.1.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FakeServer {
  url: string;
  port: number;
  requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

async function listen(server: Server | TcpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function httpFake(handle: (req: IncomingMessage, url: URL) => { status: number; body: unknown }): Promise<FakeServer> {
  const requests: FakeServer['requests'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, authorization: req.headers.authorization });
    const { status, body } = handle(req, url);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return listen(server).then((port) => ({
    url: `http://127.0.0.1:${port}`, port, requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }));
}

/** Twilio: GET /2010-04-01/Accounts/{sid}.json, basic auth sid:authToken. */
export function fakeTwilio(accounts: Record<string, string>): Promise<FakeServer> {
  return httpFake((req, url) => {
    const m = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\.json$/i.exec(url.pathname);
    const [user, pass] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
    if (!m || user !== m[1] || accounts[m[1]] !== pass) return { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } };
    return { status: 200, body: { sid: m[1], friendly_name: 'Fake Shop', status: 'active' } };
  });
}

/** Meta Graph: GET /{id}?fields=id with `Authorization: Bearer <token>`. */
export function fakeMetaGraph(tokens: Record<string, string>): Promise<FakeServer> {
  return httpFake((req, url) => {
    const id = url.pathname.slice(1);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (url.searchParams.get('fields') !== 'id') return { status: 400, body: { error: { message: 'fields required', code: 100 } } };
    // Like the real Graph API, the error does not echo the token, but we try to trip the scrubber anyway.
    if (tokens[id] !== token) return { status: 401, body: { error: { message: `Invalid OAuth access token - Cannot parse access token ${token}`, type: 'OAuthException', code: 190 } } };
    return { status: 200, body: { id } };
  });
}

/** Minimal ESMTP server: greets, answers EHLO with AUTH, accepts one user/password. */
export async function fakeSmtp(user: string, password: string): Promise<FakeServer & { logins: number }> {
  const requests: FakeServer['requests'] = [];
  const state = { logins: 0 };
  const expected = Buffer.from(`\0${user}\0${password}`).toString('base64');
  const server = createTcpServer((socket) => {
    socket.write('220 fake.smtp ESMTP ready\r\n');
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        requests.push({ method: 'SMTP', path: line.split(' ')[0] });
        if (/^(EHLO|HELO)/i.test(line)) socket.write('250-fake.smtp\r\n250 AUTH PLAIN LOGIN\r\n');
        else if (/^AUTH PLAIN/i.test(line)) {
          const ok = line.split(' ')[2] === expected;
          if (ok) state.logins++;
          socket.write(ok ? '235 2.7.0 Authentication successful\r\n' : '535 5.7.8 Authentication failed\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  const port = await listen(server);
  return {
    url: `smtp://127.0.0.1:${port}`, port, requests,
    get logins() { return state.logins; },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
