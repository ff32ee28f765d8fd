// Where a handoff goes and what the shopper is told. LIVE_AGENT during business hours →
// agents in the dashboard; after hours (or TICKET) → a ticket plus an ETA; EMAIL → the store's
// handoff address. The shopper always hears plainly that a person will take over.
import type { THandoffDestination } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { describeOpening, isOpen } from './business-hours.js';

export interface HandoffPlan {
  destination: THandoffDestination;
  inHours: boolean;
  eta: string | null;
  notifyEmail: string | null;
  shopperText: string;
}

export const DEFAULT_LEAD = 'Let me connect you with our team.';

export async function planHandoff(
  c: Container,
  storeId: string,
  opts: { lead?: string; customerEmail?: string | null; now?: Date },
): Promise<HandoffPlan> {
  const settings = await c.prisma.storeSettings.findUnique({ where: { storeId } });
  const hours = {
    start: settings?.businessHoursStart ?? '09:00', end: settings?.businessHoursEnd ?? '17:00', timezone: settings?.businessHoursTimezone ?? 'UTC',
  };
  const now = opts.now ?? new Date();
  const inHours = isOpen(hours, now);
  const configured = settings?.handoffDestination ?? 'LIVE_AGENT';
  const lead = (opts.lead?.trim() || DEFAULT_LEAD).replace(/\s+$/, '');
  const replyWhere = opts.customerEmail ? `here and by email at ${opts.customerEmail}` : 'right here in this chat';

  if (configured === 'EMAIL') {
    const owner = settings?.handoffEmail ? null : await c.prisma.storeMember.findFirst({ where: { storeId, role: 'OWNER' }, orderBy: { createdAt: 'asc' } });
    return {
      destination: 'EMAIL', inHours, eta: null, notifyEmail: settings?.handoffEmail ?? owner?.email ?? null,
      shopperText: `${lead} I've sent your conversation to our team by email; they'll get back to you ${replyWhere}${inHours ? ' shortly' : ` — they're back at ${describeOpening(hours, now)}`}.`,
    };
  }
  if (configured === 'LIVE_AGENT' && inHours) {
    return { destination: 'LIVE_AGENT', inHours, eta: null, notifyEmail: null, shopperText: `${lead} Someone from the team will join this chat in a moment.` };
  }
  const eta = inHours ? null : describeOpening(hours, now);
  return {
    destination: 'TICKET', inHours, eta, notifyEmail: null,
    shopperText: eta
      ? `${lead} Our team is offline right now — our team is back at ${eta}. I've opened a ticket with your conversation so they'll pick it up first and reply ${replyWhere}.`
      : `${lead} I've opened a ticket with your conversation; the team will reply ${replyWhere} as soon as possible.`,
  };
}
