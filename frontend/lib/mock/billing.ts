// TODO: REPLACE WITH API — GET /v1/stores/:storeId/usage
import { PLAN_LIMITS, type TUsageResponse } from '@convix/shared/contracts';
import { getDb } from './db';

export function getUsage(): TUsageResponse {
  const db = getDb();
  const limits = PLAN_LIMITS[db.store.plan];
  const start = new Date(db.now);
  start.setUTCDate(1);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return {
    plan: db.store.plan,
    period: { start: start.toISOString(), end: end.toISOString() },
    meters: [
      { key: 'conversations', used: 3812, limit: limits.conversations },
      { key: 'aiMessages', used: 17340, limit: limits.aiMessages },
      { key: 'trainingDocs', used: db.docs.length, limit: limits.trainingDocs },
      { key: 'seats', used: db.members.length, limit: limits.seats },
      { key: 'channels', used: db.channels.length, limit: limits.channels },
    ],
  };
}
