// OpenAPI 3.1 from the route registry: the same RouteDefs and zod contracts that the router
// mounts and validates with, so the document cannot drift from the API.
import { ZErrorBody } from '@convix/shared/errors';
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { Env } from '../../config/env.js';
import type { RouteDef } from '../../lib/http/route.js';

const error = (description: string) => ({ description, content: { 'application/json': { schema: ZErrorBody } } });
const ZUpload = z.object({ file: z.string().meta({ format: 'binary', description: 'CSV file' }) });

function operationId(route: RouteDef): string {
  const words = route.path.replace(/:(\w+)/g, 'by-$1').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return [route.method, ...words].map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

function operation(route: RouteDef): ZodOpenApiOperationObject {
  const status = route.status ?? 200;
  const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const params = route.params ?? (pathParams.length ? z.object(Object.fromEntries(pathParams.map((p) => [p, z.string()]))) : undefined);
  const op: ZodOpenApiOperationObject = {
    operationId: operationId(route),
    summary: route.summary,
    tags: route.tags,
    requestParams: { ...(params ? { path: params as z.ZodObject } : {}), ...(route.query ? { query: route.query as z.ZodObject } : {}) },
    responses: {
      [status]: status === 204 || !route.responses?.[status]
        ? { description: status === 204 ? 'No content' : 'OK' }
        : { description: 'OK', content: { 'application/json': { schema: route.responses[status] } } },
    },
  };
  if (route.body || route.upload) {
    op.requestBody = {
      required: !route.upload,
      content: {
        ...(route.body ? { 'application/json': { schema: route.body } } : {}),
        ...(route.upload ? { 'multipart/form-data': { schema: ZUpload } } : {}),
      },
    };
  }
  const responses = op.responses as Record<string, unknown>;
  if (route.body || route.query || route.params) responses[400] = error('Invalid input (field-level details)');
  if (route.auth.kind !== 'public') {
    op.security = [{ bearerAuth: [] }];
    responses[401] = error('Missing, invalid or expired access token');
  }
  if (route.auth.kind === 'store') {
    op.description = `Requires store permission \`${route.auth.permission}\`.`;
    responses[403] = error('Your role lacks the permission');
    responses[404] = error('Not found, or not a member of this store');
  }
  if (route.rateLimit || route.path.startsWith('/auth/')) responses[429] = error('Rate limited (see Retry-After)');
  return op;
}

export function buildOpenApi(env: Env, routes: RouteDef[]): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = `/v1${route.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Convix API', version: '1.0.0', description: 'Merchant management API: accounts, stores, team, catalog and channels.' },
    servers: [{ url: env.API_URL }],
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}
