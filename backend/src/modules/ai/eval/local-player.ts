// In-process CasePlayer: seeds a fixture store into a database via Prisma, ingests it, and plays
// turns through runAiTurn, carrying history and counters the way the conversation pipeline does.
import type { TMessageRole } from '@convix/shared/contracts';
import type { Prisma } from '../../../db/client.js';
import { runAiTurn } from '../ai-turn.service.js';
import { embedProducts, ingestTrainingDoc } from '../ingestion.service.js';
import type { AiDeps, AiProviders } from '../types.js';
import type { CasePlayer, ConversationPlayer, StoreFixture } from './eval-core.js';

export async function seedFixtureStore(prisma: Prisma, fx: StoreFixture): Promise<string> {
  const s = fx.store.settings as Record<string, never>;
  const store = await prisma.store.create({
    data: {
      name: fx.store.name, domain: fx.store.domain ?? null,
      settings: {
        create: {
          brandVoice: s.brandVoice, forbiddenTopics: s.forbiddenTopics ?? [], confidenceThreshold: s.confidenceThreshold ?? 0.65,
          businessHoursStart: s.businessHoursStart, businessHoursEnd: s.businessHoursEnd, businessHoursTimezone: s.businessHoursTimezone,
          highValueCartThreshold: s.highValueCartThreshold ?? 500, handoffDestination: s.handoffDestination,
        },
      },
    },
  });
  await prisma.product.createMany({
    data: fx.products.map((p) => ({
      storeId: store.id, sku: p.sku, name: p.name, price: p.price, category: p.category ?? null, description: p.description ?? '',
      tags: p.tags ?? [], inStock: p.inStock ?? true,
    })),
  });
  for (const k of fx.knowledge) {
    await prisma.trainingDoc.create({ data: { storeId: store.id, type: k.type as never, title: k.title, content: k.content } });
  }
  return store.id;
}

export async function ingestStore(deps: AiDeps, storeId: string): Promise<void> {
  await embedProducts(deps, storeId);
  const docs = await deps.prisma.trainingDoc.findMany({ where: { storeId } });
  for (const d of docs) {
    const r = await ingestTrainingDoc(deps, d.id);
    if (r.status !== 'READY') throw new Error(`ingest of ${d.title} failed: ${r.error}`);
  }
}

export function localPlayer(prisma: Prisma, providers: AiProviders, storeId: string): CasePlayer {
  const deps: AiDeps = { prisma, providers };
  return {
    async startConversation(): Promise<ConversationPlayer> {
      const history: { role: TMessageRole; content: string }[] = [];
      let state = { unresolvedCount: 0, clarifyCount: 0 };
      return {
        async playTurn(text, context) {
          const res = await runAiTurn(deps, { storeId, history: [...history], message: text, context, state });
          history.push({ role: 'CUSTOMER', content: text }, { role: 'AI', content: res.content });
          state = res.stateUpdates;
          return {
            action: res.decision.action, trigger: res.decision.trigger,
            sources: res.decision.sources.map((s) => s.title), skus: res.decision.recommendations.map((r) => r.sku),
            debug: res.decision,
          };
        },
      };
    },
  };
}
