// HTTP CasePlayer: drives a running API the way a merchant and shoppers would. Signs up, creates
// the store, loads knowledge and products through the public API, waits until every source is
// READY, then plays each case through the widget message API (the same path real shoppers use).
import { randomBytes } from 'node:crypto';
import type { TMessage, TTrainingDoc, TWidgetMessageResponse } from '@convix/shared/contracts';
import type { CasePlayer, ConversationPlayer, StoreFixture, TurnOutcome } from './eval-core.js';
import { ApiError, HttpClient, sleep } from './http-client.js';

const SETTINGS_KEYS = ['brandVoice', 'forbiddenTopics', 'confidenceThreshold', 'handoffDestination', 'handoffEmail', 'businessHoursStart',
  'businessHoursEnd', 'businessHoursTimezone', 'highValueCartThreshold'];

async function signIn(api: HttpClient): Promise<void> {
  const email = process.env.CONVIX_EVAL_EMAIL ?? `eval-${randomBytes(4).toString('hex')}@convix-eval.test`;
  const password = process.env.CONVIX_EVAL_PASSWORD ?? `Eval-${randomBytes(9).toString('base64url')}1!`;
  try {
    api.token = (await api.call('POST', '/auth/register', { email, password, name: 'Convix eval' })).body.accessToken;
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 409) throw err;
    api.token = (await api.call('POST', '/auth/login', { email, password })).body.accessToken;
  }
}

/** Creates and trains the fixture store; resolves with its id once every source is READY. */
export async function setupHttpStore(api: HttpClient, fx: StoreFixture, log: (s: string) => void = () => undefined): Promise<string> {
  await signIn(api);
  const store = (await api.call('POST', '/stores', { name: fx.store.name, platform: fx.store.platform ?? 'CUSTOM' })).body;
  const settings = Object.fromEntries(Object.entries(fx.store.settings).filter(([k]) => SETTINGS_KEYS.includes(k)));
  // Always "open" so handoffs are judged on the AI's decision, not the hour the eval runs at.
  await api.call('PATCH', `/stores/${store.id}/settings`, { ...settings, businessHoursStart: '00:00', businessHoursEnd: '00:00' });
  if (fx.products.length) await api.call('POST', `/stores/${store.id}/products/import`, fx.products);
  for (const k of fx.knowledge) {
    // A pre-crawled URL source in a fixture is uploaded as its text: the eval has no web.
    const body = k.type === 'PRODUCT_CATALOG' ? { type: k.type, title: k.title }
      : { type: k.type === 'URL' ? 'MANUAL' : k.type, title: k.title, content: k.content };
    await api.call('POST', `/stores/${store.id}/training`, body);
  }
  const t0 = Date.now();
  for (let stable = 0; stable < 2;) {
    const docs = (await api.call<{ items: TTrainingDoc[] }>('GET', `/stores/${store.id}/training`)).body.items;
    const failed = docs.filter((d) => d.status === 'FAILED');
    if (failed.length) throw new Error(`ingestion failed: ${failed.map((d) => `${d.title}: ${d.error}`).join('; ')}`);
    const ready = docs.every((d) => d.status === 'READY');
    // Twice in a row: a product import queues a catalog refresh shortly after the first READY.
    stable = ready ? stable + 1 : 0;
    if (Date.now() - t0 > 10 * 60_000) throw new Error('training did not finish within 10 minutes');
    await sleep(ready ? 1200 : 250);
  }
  log(`store ${store.id} trained: ${fx.knowledge.length} sources, ${fx.products.length} products in ${Date.now() - t0} ms`);
  return store.id;
}

function outcome(reply: TMessage): TurnOutcome {
  const d = reply.metadata as { action?: string; trigger?: string | null; sources?: { title: string }[]; recommendations?: { sku: string }[]; confidence?: unknown; signals?: string[] };
  return {
    action: d.action ?? 'none', trigger: d.trigger ?? null, sources: (d.sources ?? []).map((s) => s.title), skus: (d.recommendations ?? []).map((r) => r.sku),
    debug: { confidence: d.confidence, signals: d.signals },
  };
}

export function httpPlayer(api: HttpClient, storeId: string, opts: { replyTimeoutMs?: number } = {}): CasePlayer {
  return {
    async startConversation(): Promise<ConversationPlayer> {
      let conv: { id: string; token: string } | null = null;
      return {
        async playTurn(text, context) {
          if (!conv) {
            const started = (await api.call('POST', `/widget/${storeId}/conversation`, { visitorId: `eval_${randomBytes(8).toString('hex')}`, context }, { token: '' })).body;
            conv = { id: started.conversation.id, token: started.visitorToken };
          }
          const sent = await api.call<TWidgetMessageResponse>('POST', `/widget/${storeId}/message`,
            { conversationId: conv.id, content: text, ...(context ? { context } : {}) }, { token: conv.token });
          let reply = sent.body.reply ?? null;
          // 202: the reply comes later (socket); poll the history instead.
          const deadline = Date.now() + (opts.replyTimeoutMs ?? 60_000);
          while (!reply) {
            if (Date.now() > deadline) return { action: 'none', trigger: null, sources: [], skus: [] };
            await sleep(200);
            const hist = (await api.call<{ items: TMessage[] }>('GET', `/widget/${storeId}/conversations/${conv.id}/messages?after=${sent.body.message.id}`, undefined, { token: conv.token })).body;
            reply = hist.items.find((m) => m.role === 'AI' && (m.metadata as { action?: string }).action) ?? null;
          }
          return outcome(reply);
        },
      };
    },
  };
}
