// The route registry: every HTTP route of the API, mounted under /v1 by app.ts and walked by
// the OpenAPI generator and the tenancy test.
import type { RouteDef } from '../lib/http/route.js';
import { authRoutes } from './auth/auth.routes.js';
import './conversations/agent-socket.handlers.js'; // registers the agent socket handlers
import { analyticsRoutes } from './conversations/analytics.routes.js';
import { conversationRoutes } from './conversations/conversations.routes.js';
import { learningRoutes } from './learning/learning.routes.js';
import { widgetRoutes } from './widget/widget.routes.js';
import { channelRoutes } from './channels/channels.routes.js';
import { createDocsRoutes } from './docs/docs.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { productRoutes } from './products/products.routes.js';
import { storeRoutes } from './stores/stores.routes.js';
import { teamRoutes } from './team/team.routes.js';
import { trainingRoutes } from './training/training.routes.js';

export const apiRoutes: RouteDef[] = [
  ...healthRoutes,
  ...authRoutes,
  ...storeRoutes,
  ...teamRoutes,
  ...productRoutes,
  ...trainingRoutes,
  ...channelRoutes,
  ...widgetRoutes,
  ...conversationRoutes,
  ...analyticsRoutes,
  ...learningRoutes,
  ...createDocsRoutes(() => apiRoutes),
];
