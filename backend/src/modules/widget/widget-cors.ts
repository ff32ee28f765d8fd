// CORS for the public widget API, per store: only the store's widget domains (Store.widgetDomains,
// host or host:port) and the API's own pages (the demo) may call it from a browser. Requests
// without an Origin (servers, curl) pass; a browser request from any other origin gets 403.
import type { Request, RequestHandler } from 'express';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';

const TTL_MS = 30_000;

export function widgetCors(c: Container): RequestHandler {
  const cache = new Map<string, { domains: string[]; at: number }>();
  const domainsOf = async (storeId: string): Promise<string[]> => {
    const hit = cache.get(storeId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.domains;
    const store = /^[0-9a-f-]{36}$/i.test(storeId)
      ? await c.prisma.store.findUnique({ where: { id: storeId }, select: { widgetDomains: true } })
      : null;
    const domains = (store?.widgetDomains ?? []).map((d) => d.toLowerCase());
    cache.set(storeId, { domains, at: Date.now() });
    return domains;
  };

  return async (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin) return next();
    const storeId = req.path.split('/')[1] ?? '';
    if (await allowed(c, req, origin, () => domainsOf(storeId))) {
      res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': 'ETag, Retry-After' });
      if (req.method === 'OPTIONS') {
        res.set({
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
          'Access-Control-Max-Age': '600',
        });
        return void res.status(204).end();
      }
      return next();
    }
    res.set('Vary', 'Origin');
    next(AppError.forbidden("This site is not one of the store's widget domains"));
  };
}

async function allowed(c: Container, req: Request, origin: string, domains: () => Promise<string[]>): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // The API's own demo page: same origin as the API (configured URL or the host it was reached on).
  if (origin === new URL(c.env.API_URL).origin || url.host === req.headers.host) return true;
  const list = await domains();
  return list.includes(url.host.toLowerCase()) || list.includes(url.hostname.toLowerCase());
}
