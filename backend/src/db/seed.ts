// Seeds a demo merchant on an empty database so a fresh `npm start` has something to show:
// a user, a store with settings, a product catalog, knowledge documents (ingested by the
// training job when it is registered) and a widget channel.
import type { Container } from '../container.js';
import { logger } from '../lib/logger.js';
import { hashPassword } from '../modules/auth/password.js';
import { DEMO_KNOWLEDGE, DEMO_PRODUCTS } from './seed-data.js';

export const DEMO_LOGIN = { email: 'demo@convix.dev', password: 'convix-demo-1', name: 'Dana Demo' };

export async function seedDemo(c: Container): Promise<{ seeded: boolean; storeId?: string }> {
  if ((await c.prisma.user.count()) > 0) {
    const member = await c.prisma.storeMember.findFirst({ where: { email: DEMO_LOGIN.email, role: 'OWNER' }, select: { storeId: true } });
    return { seeded: false, storeId: member?.storeId };
  }
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const { store, docIds } = await c.prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: DEMO_LOGIN.email, name: DEMO_LOGIN.name, passwordHash } });
    const store = await tx.store.create({
      data: { name: 'Northwind Outfitters', domain: 'northwind.example', platform: 'SHOPIFY', plan: 'GROWTH', widgetDomains: ['localhost:3000', 'northwind.example'] },
    });
    await tx.storeSettings.create({
      data: {
        storeId: store.id, brandVoice: 'Warm, upbeat and to the point', forbiddenTopics: ['medical advice', 'legal advice'],
        businessHoursStart: '09:00', businessHoursEnd: '18:00', businessHoursTimezone: 'America/New_York', highValueCartThreshold: 400,
      },
    });
    await tx.storeMember.create({ data: { storeId: store.id, userId: user.id, email: user.email, role: 'OWNER', acceptedAt: new Date() } });
    await tx.channel.create({ data: { storeId: store.id, type: 'WIDGET', name: 'Website chat' } });
    await tx.product.createMany({ data: DEMO_PRODUCTS.map((p) => ({ ...p, storeId: store.id })) });
    const docIds: string[] = [];
    for (const d of DEMO_KNOWLEDGE) {
      const doc = await tx.trainingDoc.create({ data: { storeId: store.id, type: d.type, title: d.title, content: d.content } });
      docIds.push(doc.id);
    }
    return { store, docIds };
  });
  if (c.jobDefs.has('training.ingest')) {
    for (const docId of docIds) await c.jobs.enqueue('training.ingest', { docId });
  }
  logger.info('seeded demo store', { storeId: store.id });
  return { seeded: true, storeId: store.id };
}
