// In-memory demo database, generated once per page load from a fixed seed. Mutations from mock
// API calls and the simulated realtime feed change it in place (until the next full reload).
import type {
  TChannel, TCustomer, TDecisionRecord, THandoff, TMember, TMessage, TStore, TStoreSettings, TTrainingDoc, TUser,
} from '@convix/shared/contracts';
import type { TConversationRow } from '@/lib/types';
import { DEFAULT_WIDGET_CONFIG } from '@/lib/widget-defaults';
import { AGENTS, CHANNEL_WEIGHTS, FIRST_NAMES, LAST_NAMES, PRODUCTS, TOPIC_BY_INTENT, TRIGGER_LABEL } from './fixtures';
import { DEMO_STORE_ID, DEMO_USER_ID } from './ids';
import { clamp01, Rng, round2 } from './prng';
import { buildScenario, type AiTurn } from './scenarios';
import { seedChannels, seedDocs, seedMembers } from './seed-config';

export interface MockDb {
  now: number;
  store: TStore;
  user: TUser;
  members: TMember[];
  channels: TChannel[];
  settings: TStoreSettings;
  docs: TTrainingDoc[];
  /** docId → ms timestamp when (re)processing started; progress is derived from elapsed time. */
  docJobs: Map<string, number>;
  conversations: TConversationRow[];
  messages: Map<string, TMessage[]>;
  handoffs: Map<string, THandoff[]>;
}

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
export const CONVERSATION_COUNT = 480;

let db: MockDb | null = null;
export function getDb(): MockDb {
  return (db ??= seed());
}

const iso = (ms: number) => new Date(ms).toISOString();
const docIdByTitle = new Map<string, string>();

export function makeDecision(r: Rng, t: AiTurn, threshold: number): TDecisionRecord {
  const j = () => r.float(-0.05, 0.05);
  const [f, i, e] = t.conf.map((c) => round2(clamp01(c + j()))) as [number, number, number];
  return {
    action: t.action,
    intent: t.intent,
    intentConfidence: i,
    confidence: { factual: f, intent: i, emotional: e, composite: round2(0.45 * f + 0.35 * i + 0.2 * e) },
    threshold,
    signals: t.signals ?? [],
    trigger: t.trigger ?? null,
    sources: t.sources.map((title) => ({ docId: docIdByTitle.get(title) ?? r.uuid(), title, score: round2(r.float(0.62, 0.95)) })),
    recommendations: (t.recommend ?? []).map((idx) => ({ productId: r.uuid(), sku: PRODUCTS[idx]!.sku, name: PRODUCTS[idx]!.name, price: PRODUCTS[idx]!.price })),
    sentiment: round2(e * 2 - 1),
    purchaseIntent: t.intent === 'PURCHASE_INTENT' ? round2(r.float(0.6, 0.95)) : round2(r.float(0.05, 0.4)),
    provider: 'openai',
    model: 'gpt-4.1-mini',
    latencyMs: r.int(650, 2400),
  };
}

export function msg(conversationId: string, p: Partial<TMessage> & Pick<TMessage, 'role' | 'content' | 'createdAt'>, id: string): TMessage {
  return { id, conversationId, isInternal: false, authorId: null, authorName: null, clientMessageId: null, metadata: {}, ...p };
}

function seed(): MockDb {
  const r = new Rng(20240917);
  // Anchor "now" to the current minute: content is deterministic, timestamps stay recent.
  const now = Math.floor(Date.now() / MIN) * MIN;
  const created = iso(now - 200 * DAY);
  const store: TStore = {
    id: DEMO_STORE_ID, name: 'Northwind Outfitters', domain: 'northwind-outfitters.com', platform: 'SHOPIFY', plan: 'GROWTH',
    isActive: true, widgetDomains: ['northwind-outfitters.com', 'www.northwind-outfitters.com'], role: 'OWNER', createdAt: created, updatedAt: created,
  };
  const user: TUser = { id: DEMO_USER_ID, email: AGENTS[0].email, name: AGENTS[0].name, createdAt: created };
  const settings: TStoreSettings = {
    brandVoice: 'Warm, outdoorsy and concise. Use first names, avoid jargon, one emoji at most.',
    forbiddenTopics: ['Competitor pricing', 'Medical advice', 'Unreleased products'],
    confidenceThreshold: 0.7,
    handoffDestination: 'LIVE_AGENT',
    handoffEmail: 'support@northwind-outfitters.com',
    businessHoursStart: '08:00',
    businessHoursEnd: '18:00',
    businessHoursTimezone: 'America/Denver',
    highValueCartThreshold: 500,
    widgetConfig: { ...DEFAULT_WIDGET_CONFIG, agentName: 'Nora', greeting: 'Hey there! 👋 Need help finding the right gear?' },
    helpdesk: { gorgias: { domain: 'northwind.gorgias.com', email: 'alex@northwind-outfitters.com', apiKey: '••••9f2c' } },
    updatedAt: iso(now - 3 * DAY),
  };
  const docs = seedDocs(r, now);
  for (const d of docs) docIdByTitle.set(d.title, d.id);
  const members = seedMembers(r, now);
  const base: MockDb = {
    now, store, user, members, channels: seedChannels(r, now), settings, docs, docJobs: new Map(),
    conversations: [], messages: new Map(), handoffs: new Map(),
  };
  for (let i = 0; i < CONVERSATION_COUNT; i++) addSeedConversation(base, r, i);
  return base;
}

export function newCustomer(r: Rng, channel: TChannelType, createdAt: string): TCustomer {
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  const phone = `+1${r.int(201, 989)}555${String(r.int(0, 9999)).padStart(4, '0')}`;
  return {
    id: r.uuid(), name: `${first} ${last}`, email: channel === 'EMAIL' || r.chance(0.5) ? `${handle}@example.com` : null,
    phone: channel === 'SMS' || channel === 'WHATSAPP' ? phone : null,
    whatsappId: channel === 'WHATSAPP' ? phone.slice(1) : null,
    instagramId: channel === 'INSTAGRAM' ? `@${handle.replace('.', '_')}` : null,
    messengerId: channel === 'MESSENGER' ? String(r.int(1e9, 9e9)) : null,
    visitorId: channel === 'WIDGET' ? `v_${r.uuid().slice(0, 12)}` : null,
    createdAt,
  };
}

type TChannelType = TConversationRow['channel'];

function addSeedConversation(db: MockDb, r: Rng, i: number) {
  const age = Math.pow(i / CONVERSATION_COUNT, 1.7) * 90 * DAY + r.int(2, 50) * MIN;
  const last = db.now - age;
  const channel = r.weighted(CHANNEL_WEIGHTS);
  const customer = newCustomer(r, channel, iso(last - r.int(1, 400) * DAY));
  const first = customer.name!.split(' ')[0]!;
  const sc = buildScenario(r, first);
  const id = r.uuid();
  const recent = age < 2 * DAY; // the last two days still have open work
  const threshold = db.settings.confidenceThreshold;

  // Walk backwards from the last message so the thread ends at `last`.
  const extra = sc.handoff && !(recent && age < 3 * 60 * MIN) ? 3 : sc.handoff ? 1 : 0;
  let t = last - (sc.turns.length + extra) * r.int(1, 3) * MIN;
  const messages: TMessage[] = [];
  for (const turn of sc.turns) {
    t += r.int(20, 150) * 1000;
    if (turn.role === 'CUSTOMER') messages.push(msg(id, { role: 'CUSTOMER', content: turn.text, authorName: customer.name, createdAt: iso(t) }, r.uuid()));
    else messages.push(msg(id, { role: 'AI', content: turn.text, authorName: db.settings.widgetConfig.agentName, metadata: makeDecision(r, turn, threshold), createdAt: iso(t) }, r.uuid()));
  }

  let status: TConversationRow['status'];
  let assigned: string | null = null;
  const handoffs: THandoff[] = [];
  if (sc.handoff) {
    t += 5000;
    messages.push(msg(id, { role: 'SYSTEM', content: `Handed off to the team — ${TRIGGER_LABEL[sc.handoff]}.`, createdAt: iso(t) }, r.uuid()));
    const agent = r.pick(db.members.filter((m) => m.status === 'ACTIVE'));
    const pending = recent && age < 3 * 60 * MIN;
    const h: THandoff = {
      id: r.uuid(), conversationId: id, trigger: sc.handoff, status: pending ? 'PENDING' : recent ? 'ACTIVE' : 'RESOLVED', destination: 'LIVE_AGENT',
      summary: sc.summary ?? '', agentId: pending ? null : agent.userId, ticketProvider: null, ticketExternalId: null,
      learningNote: recent ? null : 'Added to FAQ: how we handle this case going forward.', createdAt: iso(t), joinedAt: pending ? null : iso(t + 2 * MIN), resolvedAt: recent ? null : iso(last),
    };
    handoffs.push(h);
    if (!pending) {
      assigned = agent.userId;
      messages.push(msg(id, { role: 'SYSTEM', content: `${agent.name} joined the conversation.`, createdAt: iso(t + 2 * MIN) }, r.uuid()));
      messages.push(msg(id, { role: 'AGENT', content: `Hi ${first}, ${agent.name!.split(' ')[0]} here — I've read the whole thread and I'm on it.`, authorId: agent.userId, authorName: agent.name, createdAt: iso(t + 3 * MIN) }, r.uuid()));
      if (!recent) messages.push(msg(id, { role: 'SYSTEM', content: `Resolved by ${agent.name}.`, createdAt: iso(last) }, r.uuid()));
    }
    status = recent ? 'HANDED_OFF' : 'RESOLVED';
  } else {
    status = recent ? (r.chance(0.6) ? 'OPEN' : 'RESOLVED') : r.chance(0.75) ? 'RESOLVED' : 'CLOSED';
  }
  // Make sure the last message time is exactly `last` (list sorting relies on it).
  messages[messages.length - 1]!.createdAt = iso(last);
  const lastVisible = [...messages].reverse().find((m) => m.role !== 'SYSTEM')!;

  db.conversations.push({
    id, storeId: db.store.id, customerId: customer.id, channel, status, assignedAgentId: assigned,
    subject: `${TOPIC_BY_INTENT[sc.intent] ?? 'Question'}${sc.intent === 'ORDER_STATUS' ? '' : ''}`,
    sentiment: sc.handoff === 'ANGER_DETECTED' ? -0.8 : round2(r.float(0.1, 0.9)),
    purchaseIntent: sc.intent === 'PURCHASE_INTENT' ? round2(r.float(0.6, 0.95)) : round2(r.float(0, 0.4)),
    cartValue: sc.handoff === 'HIGH_VALUE_AT_RISK' ? r.int(900, 2400) : sc.intent === 'PURCHASE_INTENT' ? sc.revenue ?? null : null,
    revenueAttributed: sc.revenue ?? 0,
    unreadCount: recent && status !== 'RESOLVED' ? r.int(1, 3) : 0,
    lastMessageAt: iso(last), lastMessagePreview: lastVisible.content.slice(0, 140), customer,
    handoff: handoffs[0] && status === 'HANDED_OFF' ? { trigger: handoffs[0].trigger, summary: handoffs[0].summary, createdAt: handoffs[0].createdAt } : null,
    createdAt: messages[0]!.createdAt, updatedAt: iso(last),
  });
  db.messages.set(id, messages);
  db.handoffs.set(id, handoffs);
}
