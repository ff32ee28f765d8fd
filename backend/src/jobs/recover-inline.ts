// The embedded queue lives in memory, so work queued when the process stopped is gone. At boot
// the database still says what was left undone; re-enqueue it (handlers are idempotent).
import type { Container } from '../container.js';
import { logger } from '../lib/logger.js';

export async function recoverInlineWork(c: Container): Promise<{ docs: number; conversations: number }> {
  if (c.jobs.kind !== 'inline') return { docs: 0, conversations: 0 };
  const docs = await c.prisma.trainingDoc.findMany({ where: { status: { in: ['PENDING', 'PROCESSING'] } }, select: { id: true } });
  for (const d of docs) await c.jobs.enqueue('training.ingest', { docId: d.id });
  // Conversations still with the AI whose newest shopper message has no answer yet.
  const convs = await c.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c.id FROM "Conversation" c
      WHERE c.status = 'OPEN' AND c."assignedAgentId" IS NULL
        AND EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m.role = 'CUSTOMER'
                      AND (c."aiAnsweredThrough" IS NULL OR m."createdAt" > c."aiAnsweredThrough")
                      AND (c."aiContextFrom" IS NULL OR m."createdAt" >= c."aiContextFrom"))`,
  );
  for (const conv of convs) await c.jobs.enqueue('ai-reply', { conversationId: conv.id });
  if (docs.length || convs.length) logger.info('re-queued unfinished work', { docs: docs.length, conversations: convs.length });
  return { docs: docs.length, conversations: convs.length };
}
