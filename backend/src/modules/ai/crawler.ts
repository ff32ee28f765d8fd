// Same-site crawler for URL training sources: breadth-first up to maxPages/maxDepth, honours
// robots.txt, include/exclude patterns (substring or /regex/), per-request timeout.
import robotsParser from 'robots-parser';
import { extractHtml } from './extractors.js';

export interface CrawlOptions {
  crawl: boolean;
  maxPages: number;
  maxDepth: number;
  include: string[];
  exclude: string[];
}

export interface CrawledPage {
  url: string;
  title: string;
  text: string;
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

const UA = 'ConvixBot/1.0 (+https://convix.ai/bot)';

function matches(url: string, pattern: string): boolean {
  const re = pattern.match(/^\/(.+)\/([a-z]*)$/);
  if (re) {
    try { return new RegExp(re[1], re[2]).test(url); } catch { return false; }
  }
  return url.includes(pattern);
}

async function fetchText(fetchImpl: FetchLike, url: string, timeoutMs: number) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    return await fetchImpl(url, { signal: ctrl.signal, headers: { 'user-agent': UA, accept: 'text/html,text/plain;q=0.9' } });
  } catch (err) {
    throw new Error(ctrl.signal.aborted ? `Timed out fetching ${url}` : `Could not fetch ${url}: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

export async function crawl(
  startUrl: string,
  opts: Partial<CrawlOptions> = {},
  deps: { fetch?: FetchLike; timeoutMs?: number; onPage?: (n: number, max: number) => void } = {},
): Promise<CrawledPage[]> {
  const o: CrawlOptions = { crawl: false, maxPages: 20, maxDepth: 2, include: [], exclude: [], ...opts };
  const fetchImpl = deps.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const start = new URL(startUrl);
  const maxPages = o.crawl ? o.maxPages : 1;

  let robots: ReturnType<typeof robotsParser> | null = null;
  try {
    const r = await fetchText(fetchImpl, new URL('/robots.txt', start).toString(), timeoutMs);
    if (r.ok) robots = robotsParser(new URL('/robots.txt', start).toString(), await r.text());
  } catch { /* no robots.txt reachable: allowed */ }
  const allowed = (u: string) => !robots || robots.isAllowed(u, UA) !== false;

  const pages: CrawledPage[] = [];
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [{ url: start.toString(), depth: 0 }];
  let firstError: Error | null = null;
  while (queue.length && pages.length < maxPages) {
    const { url, depth } = queue.shift()!;
    const key = url.replace(/#.*$/, '').replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    if (!allowed(url)) {
      if (depth === 0) throw new Error(`robots.txt disallows crawling ${url}`);
      continue;
    }
    try {
      const res = await fetchText(fetchImpl, url, timeoutMs);
      if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
      const type = res.headers.get('content-type') ?? 'text/html';
      if (!/html|text\/plain/.test(type)) continue;
      const body = await res.text();
      const page = /html/.test(type) ? extractHtml(body, url) : { title: url, text: body, links: [] };
      if (page.text.trim()) pages.push({ url, title: page.title || url, text: page.text });
      deps.onPage?.(pages.length, maxPages);
      if (!o.crawl || depth >= o.maxDepth) continue;
      for (const link of page.links) {
        const u = new URL(link);
        u.hash = '';
        if (u.host !== start.host || !/^https?:$/.test(u.protocol)) continue; // same site only
        const s = u.toString();
        if (o.include.length && !o.include.some((p) => matches(s, p))) continue;
        if (o.exclude.some((p) => matches(s, p))) continue;
        if (/\.(png|jpe?g|gif|svg|webp|pdf|zip|mp4|css|js)$/i.test(u.pathname)) continue;
        queue.push({ url: s, depth: depth + 1 });
      }
    } catch (err) {
      if (depth === 0) throw err;
      firstError ??= err as Error;
    }
  }
  if (!pages.length) throw firstError ?? new Error(`No readable text found at ${startUrl}`);
  return pages;
}
