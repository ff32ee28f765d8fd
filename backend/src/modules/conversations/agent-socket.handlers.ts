// Dashboard socket handlers (client → server), registered into the realtime layer's map.
// The socket server has already checked membership and joined the conversation room for
// agent:join-conversation; here we take the lock and act as the authenticated agent.
import { DashboardToServer } from '@convix/shared/realtime';
import type { Socket } from 'socket.io';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { can } from '../../lib/http/permissions.js';
import { dashboardHandlers, type DashboardSocketData } from '../../realtime/socket-server.js';
import { agentReply, joinConversation, resolveConversation } from '../handoff/agent-actions.service.js';

async function agentOf(c: Container, socket: Socket) {
  const data = socket.data as DashboardSocketData;
  if (!can(data.role as 'OWNER' | 'ADMIN' | 'AGENT', 'conversations:reply')) throw AppError.forbidden();
  const user = await c.prisma.user.findUnique({ where: { id: data.userId }, select: { id: true, email: true } });
  if (!user) throw AppError.unauthenticated();
  return { storeId: data.storeId, agent: user };
}

function parse<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) throw new AppError('VALIDATION_FAILED', 'Invalid event payload', r.error!.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  return r.data as T;
}

dashboardHandlers.set('agent:join-conversation', async (c, socket, payload) => {
  const { conversationId } = parse<{ conversationId: string }>(DashboardToServer['agent:join-conversation'], payload);
  const { storeId, agent } = await agentOf(c, socket);
  const { conversation } = await joinConversation(c, storeId, conversationId, agent);
  return { conversation };
});

dashboardHandlers.set('agent:message', async (c, socket, payload) => {
  const p = parse<{ conversationId: string; content: string; clientMessageId?: string }>(DashboardToServer['agent:message'], payload);
  const { storeId, agent } = await agentOf(c, socket);
  return { message: await agentReply(c, storeId, p.conversationId, agent, p) };
});

dashboardHandlers.set('agent:resolve', async (c, socket, payload) => {
  const p = parse<{ conversationId: string; learningNote?: string }>(DashboardToServer['agent:resolve'], payload);
  const { storeId, agent } = await agentOf(c, socket);
  return { conversation: await resolveConversation(c, storeId, p.conversationId, agent, p.learningNote) };
});
