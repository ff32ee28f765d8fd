import { defineRoute } from '../../lib/http/route.js';
import { checkReadiness } from './health.service.js';

export const healthRoutes = [
  defineRoute({
    method: 'get', path: '/healthz', summary: 'Process is up', tags: ['health'], auth: { kind: 'public' },
    handler: async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }),
  }),
  defineRoute({
    method: 'get', path: '/readyz', summary: 'Database (and Redis when configured) reachable', tags: ['health'], auth: { kind: 'public' },
    handler: async ({ c, res }) => {
      const report = await checkReadiness(c);
      res.status(report.ok ? 200 : 503).json(report);
    },
  }),
];
