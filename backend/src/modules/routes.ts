// The route registry: every HTTP route of the API, mounted under /v1 by app.ts and walked by
// the OpenAPI generator and the tenancy test.
import type { RouteDef } from '../lib/http/route.js';
import { healthRoutes } from './health/health.routes.js';

export const apiRoutes: RouteDef[] = [...healthRoutes];
