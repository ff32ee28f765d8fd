// Minimal JSON client for driving a running Convix API from the eval CLI. Waits out 429s
// (Retry-After) so the eval also works against an API with rate limits on.
export class ApiError extends Error {
  constructor(readonly status: number, readonly body: unknown, what: string) {
    super(`${what} → ${status} ${JSON.stringify(body).slice(0, 300)}`);
  }
}

export class HttpClient {
  readonly base: string;
  token?: string;

  constructor(baseUrl: string) {
    const b = baseUrl.replace(/\/+$/, '');
    this.base = b.endsWith('/v1') ? b : `${b}/v1`;
  }

  async call<T = any>(method: string, path: string, body?: unknown, opts: { token?: string; ok?: number[] } = {}): Promise<{ status: number; body: T }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const token = opts.token ?? this.token;
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${this.base}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      const parsed = text ? JSON.parse(text) : null;
      if (res.status === 429 && attempt < 20) {
        await sleep(1000 * Math.max(1, Number(res.headers.get('retry-after') ?? 1)));
        continue;
      }
      if (!(opts.ok ?? [200, 201, 202, 204]).includes(res.status)) throw new ApiError(res.status, parsed, `${method} ${path}`);
      return { status: res.status, body: parsed as T };
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
