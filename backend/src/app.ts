// The Express app: middleware, the /v1 routes from the registry, 404 and the error handler.
// No listening, sockets or signals here (server.ts), so tests can drive it directly.
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Container } from './container.js';
import { errorHandler, notFoundHandler } from './lib/http/error-handler.js';
import { mountRoutes } from './lib/http/mount-routes.js';
import { requestId } from './lib/http/request-id.js';
import type { RouteDef } from './lib/http/route.js';
import { apiRoutes } from './modules/routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { widgetCors } from './modules/widget/widget-cors.js';

export function createApp(c: Container, routes: RouteDef[] = apiRoutes): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', c.env.TRUST_PROXY ? 1 : false);
  app.set('query parser', 'extended');
  app.use(requestId);
  app.use(helmet({
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'https:'] },
    },
    hsts: { maxAge: 15552000, includeSubDomains: true },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  }));
  // The dashboard origin(s) only; public widget routes answer CORS per store themselves.
  const dashboardCors = cors({ origin: c.env.corsOrigins, credentials: true, maxAge: 600 });
  app.use((req, res, next) => (req.path.startsWith('/v1/widget/') || req.path.startsWith('/v1/webhooks/') ? next() : dashboardCors(req, res, next)));
  app.use('/v1/widget', widgetCors(c)); // per-store widget domains (modules/widget/widget-cors.ts)
  app.use(express.json({ limit: '1mb', verify: (req, _res, buf) => { (req as express.Request & { rawBody?: Buffer }).rawBody = buf; } }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use(cookieParser());

  app.use(mountRoutes(c, healthRoutes)); // /healthz and /readyz at the root for orchestrators
  app.use('/v1', mountRoutes(c, routes));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
