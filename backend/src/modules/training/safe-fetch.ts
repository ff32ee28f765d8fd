// Fetch for the URL crawler that refuses private, loopback and link-local addresses (the crawl
// runs inside our network, so a merchant-supplied URL must not reach internal services) and
// re-checks every redirect hop. Development and tests may crawl local sites.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { FetchLike } from '../ai/crawler.js';

const PRIVATE_V4 = [/^0\./, /^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./, /^22[4-9]\./, /^2[3-5]\d\./];

export function isPrivateAddress(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) return PRIVATE_V4.some((re) => re.test(v4));
  const v6 = ip.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}

export async function assertPublicUrl(raw: string): Promise<void> {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Only http(s) addresses can be crawled: ${raw}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addrs = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addrs.some(isPrivateAddress)) throw new Error(`${url.hostname} points to a private network address and cannot be crawled`);
}

export function safeFetch(opts: { allowPrivate: boolean; maxRedirects?: number }): FetchLike {
  return async (input, init) => {
    let url = input;
    for (let hop = 0; ; hop++) {
      if (!opts.allowPrivate) await assertPublicUrl(url);
      const res = await fetch(url, { ...init, redirect: 'manual' });
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (!location) return res;
      if (hop >= (opts.maxRedirects ?? 5)) throw new Error(`Too many redirects from ${input}`);
      url = new URL(location, url).toString();
    }
  };
}
