// After a handoff commits: open the helpdesk ticket (TICKET) or email the store (EMAIL).
// Retried with backoff; the internal ticket (the Handoff row) exists regardless.
import { z } from 'zod';
import type { Container } from '../../container.js';
import { defineJob } from '../../jobs/job.js';
import { logger } from '../../lib/logger.js';
import { readHelpdeskKeys } from '../stores/settings.service.js';
import { helpdeskDriverFor } from './helpdesk-drivers.js';
import { planHandoff } from '../handoff/handoff-routing.js';

async function transcript(c: Container, conversationId: string): Promise<string> {
  const rows = await c.prisma.message.findMany({ where: { conversationId, isInternal: false }, orderBy: { createdAt: 'desc' }, take: 30 });
  const who = { CUSTOMER: 'Customer', AI: 'AI assistant', AGENT: 'Agent', SYSTEM: 'System' } as const;
  return rows.reverse().map((m) => `${who[m.role]}: ${m.content}`).join('\n');
}

export async function notifyHandoff(c: Container, handoffId: string): Promise<void> {
  const h = await c.prisma.handoff.findUnique({ where: { id: handoffId }, include: { conversation: { include: { customer: true } }, store: true } });
  if (!h) return;
  const customer = h.conversation.customer;
  const body = `${h.summary}\n\nTrigger: ${h.trigger}\nChannel: ${h.conversation.channel}\n\n${await transcript(c, h.conversationId)}\n\n${c.env.APP_URL}/conversations/${h.conversationId}`;
  const subject = `[${h.store.name}] Handoff: ${h.trigger.toLowerCase().replace(/_/g, ' ')} — ${customer.name ?? customer.email ?? 'shopper'}`;

  if (h.destination === 'TICKET' && h.ticketProvider === 'internal') {
    const settings = await c.prisma.storeSettings.findUnique({ where: { storeId: h.storeId } });
    const driver = settings ? helpdeskDriverFor(c.env, readHelpdeskKeys(c, settings)) : null;
    if (!driver) return; // no helpdesk configured: the internal ticket is the ticket
    const { externalId } = await driver.createTicket({ subject, body, requester: { name: customer.name, email: customer.email }, tags: ['convix', h.trigger.toLowerCase()] });
    // Conditional so a retried job never overwrites the id of a ticket it already created.
    await c.prisma.handoff.updateMany({ where: { id: h.id, ticketProvider: 'internal' }, data: { ticketProvider: driver.provider, ticketExternalId: externalId } });
    logger.info('helpdesk ticket created', { provider: driver.provider, handoffId: h.id, externalId });
  } else if (h.destination === 'EMAIL') {
    const plan = await planHandoff(c, h.storeId, {});
    if (!plan.notifyEmail) {
      logger.warn('handoff email skipped: no handoffEmail or owner', { storeId: h.storeId });
      return;
    }
    await c.mail.send({ to: plan.notifyEmail, subject, text: body, storeId: h.storeId, replyTo: customer.email ?? undefined });
  }
}

export const handoffNotifyJob = defineJob({
  name: 'handoff-notify',
  schema: z.object({ handoffId: z.uuid() }),
  attempts: 5,
  backoffMs: 2_000,
  handler: ({ handoffId }, { c }) => notifyHandoff(c, handoffId),
});
