import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crawl, type FetchLike } from './crawler.js';

const link = (href: string) => `<a href="${href}">l</a>`;
const site: Record<string, string> = {
  'https://s.example/robots.txt': 'User-agent: *\nDisallow: /private',
  'https://s.example/': `<main><p>Home page</p>${link('/a')}${link('/b')}${link('/private/x')}${link('https://other.example/z')}${link('/blog/1')}</main>`,
  'https://s.example/a': `<main><p>Page A</p>${link('/a/deep')}</main>`,
  'https://s.example/b': '<main><p>Page B</p></main>',
  'https://s.example/a/deep': '<main><p>Deep page</p></main>',
  'https://s.example/private/x': '<main><p>Secret</p></main>',
  'https://s.example/blog/1': '<main><p>Blog</p></main>',
};
const fetched: string[] = [];
const fakeFetch: FetchLike = async (url) => {
  fetched.push(url);
  const body = site[url];
  return { ok: body !== undefined, status: body === undefined ? 404 : 200, headers: { get: () => (url.endsWith('.txt') ? 'text/plain' : 'text/html') }, text: async () => body ?? '' };
};

describe('crawler', () => {
  it('fetches only the start page when crawl is off', async () => {
    const pages = await crawl('https://s.example/', { crawl: false }, { fetch: fakeFetch });
    assert.deepEqual(pages.map((p) => p.text), ['Home page']);
  });

  it('stays on the site, honours robots.txt, depth and exclude patterns', async () => {
    fetched.length = 0;
    const pages = await crawl('https://s.example/', { crawl: true, maxDepth: 1, maxPages: 10, exclude: ['/blog/'] }, { fetch: fakeFetch });
    assert.deepEqual(pages.map((p) => p.text).sort(), ['Home page', 'Page A', 'Page B']);
    assert.ok(!fetched.some((u) => u.includes('other.example') || u.includes('/private') || u.includes('/blog')));
  });

  it('applies include patterns (substring or /regex/) and maxPages', async () => {
    const inc = await crawl('https://s.example/', { crawl: true, maxDepth: 2, maxPages: 10, include: ['/^https:\\/\\/s\\.example\\/a/'] }, { fetch: fakeFetch });
    assert.deepEqual(inc.map((p) => p.text), ['Home page', 'Page A', 'Deep page']);
    const two = await crawl('https://s.example/', { crawl: true, maxDepth: 2, maxPages: 2 }, { fetch: fakeFetch });
    assert.equal(two.length, 2);
  });

  it('times out slow servers and reports robots.txt refusals', async () => {
    const slow: FetchLike = (url, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await assert.rejects(crawl('https://slow.example/', {}, { fetch: slow, timeoutMs: 50 }), /Timed out/);
    await assert.rejects(crawl('https://s.example/private/x', {}, { fetch: fakeFetch }), /robots\.txt/);
  });
});
