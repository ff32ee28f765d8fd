// Creating a handoff: the Handoff row, status HANDED_OFF and an honest message to the shopper
// commit together; events, tickets and emails follow the commit.
import { randomUUID } from 'node:crypto';
import type { THandoffTrigger } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { logger } from '../../lib/logger.js';
import { loadConversation, publishMessage, type Tx } from '../conversations/conversation.repository.js';
import { toHandoff } from '../conversations/serializers.js';
import { planHandoff, type HandoffPlan } from './handoff-routing.js';

export interface HandoffWrite {
  storeId: string;
  conversationId: string;
  trigger: THandoffTrigger;
  summary: string;
  plan: HandoffPlan;
  /** The shopper-facing message: role AI (with the decision record) or SYSTEM. */
  message: { role: 'AI' | 'SYSTEM'; metadata?: Record<string, unknown>; clientMessageId?: string };
  now?: Date;
}

export async function writeHandoff(tx: Tx, w: HandoffWrite) {
  const id = randomUUID();
  const ticket = w.plan.destination === 'TICKET';
  const handoff = await tx.handoff.create({
    data: {
      id, storeId: w.storeId, conversationId: w.conversationId, trigger: w.trigger, summary: w.summary, destination: w.plan.destination,
      // The internal ticket is the handoff itself; a helpdesk id replaces it once created.
      ticketProvider: ticket ? 'internal' : null, ticketExternalId: ticket ? id : null,
    },
  });
  const now = w.now ?? new Date();
  await tx.conversation.update({ where: { id: w.conversationId }, data: { status: 'HANDED_OFF', lastMessageAt: now } });
  const message = await tx.message.create({
    data: {
      storeId: w.storeId, conversationId: w.conversationId, role: w.message.role, content: w.plan.shopperText, createdAt: now,
      clientMessageId: w.message.clientMessageId ?? null,
      metadata: { ...w.message.metadata, handoff: { trigger: w.trigger, destination: w.plan.destination, eta: w.plan.eta } } as object,
    },
  });
  return { handoff, message };
}

/** After the commit: tell agents and the shopper, then open the ticket / send the email. */
export async function afterHandoff(c: Container, written: Awaited<ReturnType<typeof writeHandoff>>, plan: HandoffPlan): Promise<void> {
  const { handoff, message } = written;
  publishMessage(c, handoff.storeId, message);
  const conversation = await loadConversation(c, handoff.conversationId);
  c.events.emit('handoff.triggered', { storeId: handoff.storeId, conversationId: handoff.conversationId, handoff: toHandoff(handoff), conversation });
  c.events.emit('conversation.updated', { storeId: handoff.storeId, conversation });
  c.events.emit('analytics.changed', { storeId: handoff.storeId });
  if (plan.destination !== 'LIVE_AGENT') {
    // The handoff is committed either way; a lost notification must not fail the request.
    await c.jobs.enqueue('handoff-notify', { handoffId: handoff.id }, { jobId: `handoff-notify-${handoff.id}` })
      .catch((err) => logger.error('could not queue handoff notification', { handoffId: handoff.id, err }));
  }
}

export interface TriggerInput {
  storeId: string;
  conversationId: string;
  trigger: THandoffTrigger;
  summary?: string;
  lead?: string;
  /** shopper messages this message answers (lets a waiting widget request return it) */
  replyTo?: string[];
  internalNote?: string;
}

/** Manual and system handoffs. Refuses a conversation that is already with a human. */
export async function triggerHandoff(c: Container, input: TriggerInput) {
  const conv = await c.prisma.conversation.findFirst({ where: { id: input.conversationId, storeId: input.storeId }, include: { customer: true } });
  if (!conv) throw AppError.notFound('Conversation');
  if (conv.status === 'HANDED_OFF') throw new AppError('INVALID_TRANSITION', 'This conversation is already with the team');
  if (conv.status === 'CLOSED') throw new AppError('INVALID_TRANSITION', 'This conversation is closed');
  const summary = input.summary ?? (await autoSummary(c, conv.id, input.trigger));
  const plan = await planHandoff(c, input.storeId, { lead: input.lead, customerEmail: conv.customer.email });
  const written = await c.prisma.$transaction(async (tx) => {
    const w = await writeHandoff(tx, {
      storeId: input.storeId, conversationId: conv.id, trigger: input.trigger, summary, plan,
      message: { role: 'SYSTEM', metadata: input.replyTo ? { replyTo: input.replyTo } : {} },
    });
    if (input.internalNote) {
      await tx.message.create({ data: { storeId: input.storeId, conversationId: conv.id, role: 'SYSTEM', isInternal: true, content: input.internalNote } });
    }
    return w;
  });
  await afterHandoff(c, written, plan);
  return written;
}

async function autoSummary(c: Container, conversationId: string, trigger: THandoffTrigger): Promise<string> {
  const last = await c.prisma.message.findFirst({ where: { conversationId, role: 'CUSTOMER' }, orderBy: { createdAt: 'desc' } });
  const why = trigger === 'MANUAL' ? 'An agent took this conversation over.' : trigger === 'SYSTEM_ERROR' ? 'The AI could not produce a reply.' : `Trigger: ${trigger}.`;
  return last ? `${why} Last customer message: "${last.content.slice(0, 300)}"` : why;
}
