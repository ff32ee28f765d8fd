// Learning loop: resolved handoffs whose agent left a learningNote become FAQ training docs
// (the shopper's question + what the agent taught), then the AI module reindexes them.
// Idempotent: a handoff is claimed (learnedAt set) in the same commit that creates its doc.
import type { Container } from '../../container.js';
import { logger } from '../../lib/logger.js';

export interface LearnResult { handoffs: number; docIds: string[] }

/** The shopper's question: their messages just before the handoff (since the AI context start). */
async function questionFor(c: Container, h: { conversationId: string; createdAt: Date }): Promise<string> {
  const rows = await c.prisma.message.findMany({
    where: { conversationId: h.conversationId, role: 'CUSTOMER', createdAt: { lte: h.createdAt } },
    orderBy: { createdAt: 'desc' },
    take: 3,
  });
  return rows.reverse().map((m) => m.content.trim()).join(' ').slice(0, 1000);
}

export async function learnFromHandoffs(c: Container, storeId?: string): Promise<LearnResult> {
  const handoffs = await c.prisma.handoff.findMany({
    where: { status: 'RESOLVED', learningNote: { not: null }, learnedAt: null, ...(storeId ? { storeId } : {}) },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  const docIds: string[] = [];
  for (const h of handoffs) {
    const note = h.learningNote?.trim();
    if (!note) continue;
    const question = (await questionFor(c, h)) || h.summary;
    const docId = await c.prisma.$transaction(async (tx) => {
      const claimed = await tx.handoff.updateMany({ where: { id: h.id, learnedAt: null }, data: { learnedAt: new Date() } });
      if (claimed.count === 0) return null; // another run took it
      const doc = await tx.trainingDoc.create({
        data: {
          storeId: h.storeId, type: 'FAQ', title: `Learned: ${question.slice(0, 80)}`, content: `Q: ${question}\nA: ${note}`,
          metadata: { source: 'learning-loop', handoffId: h.id, conversationId: h.conversationId },
        },
      });
      return doc.id;
    });
    if (!docId) continue;
    docIds.push(docId);
    await reindex(c, docId);
  }
  if (docIds.length) logger.info('learning loop created FAQ docs', { count: docIds.length, storeId });
  return { handoffs: handoffs.length, docIds };
}

/** Ingestion runs as the training module's job (status, progress events, retries). */
async function reindex(c: Container, docId: string): Promise<void> {
  await c.jobs.enqueue('training.ingest', { docId });
}
