// Audit trail: sign-ins, role changes, channel config changes, deletions. Metadata must never
// carry secret values (field names only); it is scrubbed anyway as a second line of defence.
import type { Container } from '../../container.js';
import type { Prisma as PrismaClient } from '../../db/client.js';
import { scrub } from '../../lib/scrub.js';

export interface AuditEntry {
  action: string;
  storeId?: string | null;
  userId?: string | null;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
  ip?: string | null;
}

type Tx = Pick<PrismaClient, 'auditLog'>;

/** Writes one AuditLog row; pass `tx` to make it part of the change it records. */
export async function recordAudit(c: Pick<Container, 'prisma'>, entry: AuditEntry, tx?: Tx): Promise<void> {
  await (tx ?? c.prisma).auditLog.create({
    data: {
      action: entry.action,
      storeId: entry.storeId ?? null,
      userId: entry.userId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      metadata: (scrub(entry.metadata ?? {}) ?? {}) as object,
      ip: entry.ip ?? null,
    },
  });
}
