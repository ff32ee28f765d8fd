// Simulated realtime activity for mock mode: new conversations, customer messages, AI replies and
// handoffs arrive every few seconds while a dashboard view subscribes.
import type { THandoff } from '@convix/shared/contracts';
import type { TConversationRow } from '@/lib/types';
import { appendMessage } from './conversations';
import { getDb, makeDecision, msg, newCustomer } from './db';
import { CHANNEL_WEIGHTS, TOPIC_BY_INTENT, TRIGGER_LABEL } from './fixtures';
import { Rng } from './prng';
import { emit } from './realtime';
import { buildScenario } from './scenarios';

// Not seeded from a constant: live activity should differ per session.
const r = new Rng(Date.now() & 0xffffffff);
const nowIso = () => new Date().toISOString();
const later = (ms: number, fn: () => void) => setTimeout(fn, ms);

function newConversation() {
  const db = getDb();
  const channel = r.weighted(CHANNEL_WEIGHTS);
  const customer = newCustomer(r, channel, nowIso());
  const sc = buildScenario(r, customer.name!.split(' ')[0]!);
  const id = crypto.randomUUID();
  const first = sc.turns[0]!;
  const conv: TConversationRow = {
    id, storeId: db.store.id, customerId: customer.id, channel, status: 'OPEN', assignedAgentId: null,
    subject: TOPIC_BY_INTENT[sc.intent] ?? 'Question', sentiment: 0.5, purchaseIntent: 0.2, cartValue: null, revenueAttributed: 0,
    unreadCount: 1, lastMessageAt: nowIso(), lastMessagePreview: first.text, customer, handoff: null, createdAt: nowIso(), updatedAt: nowIso(),
  };
  db.conversations.unshift(conv);
  db.messages.set(id, [msg(id, { role: 'CUSTOMER', content: first.text, authorName: customer.name, createdAt: nowIso() }, crypto.randomUUID())]);
  db.handoffs.set(id, []);
  emit('conversation:new', { conversation: conv });

  const ai = sc.turns[1];
  if (ai?.role !== 'AI') return;
  later(1800, () => {
    appendMessage(conv, msg(id, { role: 'AI', content: ai.text, authorName: db.settings.widgetConfig.agentName, metadata: makeDecision(r, ai, db.settings.confidenceThreshold), createdAt: nowIso() }, crypto.randomUUID()));
    if (!sc.handoff) return emit('conversation:updated', { conversation: conv });
    const h: THandoff = {
      id: crypto.randomUUID(), conversationId: id, trigger: sc.handoff, status: 'PENDING', destination: 'LIVE_AGENT', summary: sc.summary ?? '',
      agentId: null, ticketProvider: null, ticketExternalId: null, learningNote: null, createdAt: nowIso(), joinedAt: null, resolvedAt: null,
    };
    db.handoffs.get(id)!.push(h);
    conv.status = 'HANDED_OFF';
    conv.handoff = { trigger: h.trigger, summary: h.summary, createdAt: h.createdAt };
    appendMessage(conv, msg(id, { role: 'SYSTEM', content: `Handed off to the team — ${TRIGGER_LABEL[h.trigger]}.`, createdAt: nowIso() }, crypto.randomUUID()));
    emit('handoff:triggered', { conversationId: id, handoff: h, conversation: conv });
  });
}

const FOLLOW_UPS = ['Thanks! That helps a lot.', 'Okay, great — appreciate it!', 'Perfect, thank you so much.', 'Got it, thanks for the quick reply!'];

/** After an agent replies, the (simulated) customer answers a few seconds later. */
export function scheduleCustomerFollowUp(conversationId: string) {
  later(4000, () => {
    const c = getDb().conversations.find((x) => x.id === conversationId);
    if (!c || c.status !== 'HANDED_OFF') return;
    c.unreadCount += 1;
    appendMessage(c, msg(c.id, { role: 'CUSTOMER', content: r.pick(FOLLOW_UPS), authorName: c.customer.name, createdAt: nowIso() }, crypto.randomUUID()));
    emit('conversation:updated', { conversation: c });
  });
}

let subscribers = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function tick() {
  // New conversations are the most visible kind of activity, so they dominate.
  if (r.chance(0.65)) newConversation();
  else {
    const open = getDb().conversations.filter((c) => c.status === 'OPEN').slice(0, 15);
    if (open.length) {
      const c = r.pick(open);
      c.unreadCount += 1;
      appendMessage(c, msg(c.id, { role: 'CUSTOMER', content: r.pick(['Also, do you offer gift wrapping?', 'One more thing — can I change the size?', 'Is there a discount for first orders?']), authorName: c.customer.name, createdAt: nowIso() }, crypto.randomUUID()));
      emit('conversation:updated', { conversation: c });
    } else newConversation();
  }
  timer = setTimeout(tick, 4000 + r.int(0, 4000));
}

/** Ref-counted: the feed runs while at least one view is subscribed. */
export function startMockFeed(): () => void {
  if (subscribers++ === 0) timer = setTimeout(tick, 3000);
  return () => {
    if (--subscribers === 0 && timer) {
      clearTimeout(timer);
      timer = null;
    }
  };
}
