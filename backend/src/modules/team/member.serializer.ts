import type { TMember } from '@convix/shared/contracts';
import type { StoreMember } from '../../generated/prisma/client.js';

export function serializeMember(m: StoreMember & { user?: { name: string } | null }, now = new Date()): TMember {
  const status = m.acceptedAt ? 'ACTIVE' : m.invitationExpiresAt && m.invitationExpiresAt > now ? 'INVITED' : 'EXPIRED';
  return {
    id: m.id, userId: m.userId, email: m.email, name: m.user?.name ?? null, role: m.role, status,
    invitationExpiresAt: m.acceptedAt ? null : (m.invitationExpiresAt?.toISOString() ?? null),
    createdAt: m.createdAt.toISOString(),
  };
}
