import type { TUser } from '@convix/shared/contracts';

export function serializeUser(u: { id: string; email: string; name: string; createdAt: Date }): TUser {
  return { id: u.id, email: u.email, name: u.name, createdAt: u.createdAt.toISOString() };
}
