// GET /v1/openapi.json and GET /v1/docs, generated once per process from the route registry.
import type { Env } from '../../config/env.js';
import { defineRoute, type RouteDef } from '../../lib/http/route.js';
import { renderDocsPage } from './docs-page.js';
import { buildOpenApi } from './openapi.js';

/** `getRoutes` is lazy because the registry includes these routes themselves. */
export function createDocsRoutes(getRoutes: () => RouteDef[]): RouteDef[] {
  let cached: { env: Env; doc: ReturnType<typeof buildOpenApi>; html: string } | undefined;
  const load = (env: Env) => {
    if (cached?.env !== env) {
      const doc = buildOpenApi(env, getRoutes());
      cached = { env, doc, html: renderDocsPage(doc as Parameters<typeof renderDocsPage>[0]) };
    }
    return cached;
  };
  return [
    defineRoute({
      method: 'get', path: '/openapi.json', summary: 'This API as an OpenAPI 3.1 document', tags: ['docs'], auth: { kind: 'public' },
      handler: async ({ c }) => load(c.env).doc,
    }),
    defineRoute({
      method: 'get', path: '/docs', summary: 'Human-readable API reference', tags: ['docs'], auth: { kind: 'public' },
      handler: async ({ c, res }) => {
        res.type('html').send(load(c.env).html);
      },
    }),
  ];
}
