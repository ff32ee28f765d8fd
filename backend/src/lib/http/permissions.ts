// The one permission table: every store-scoped route names a permission, and this decides it.
import type { TUserRole } from '@convix/shared/contracts';

export const PERMISSIONS = {
  'store:read': ['OWNER', 'ADMIN', 'AGENT'],
  'store:update': ['OWNER', 'ADMIN'],
  'store:delete': ['OWNER'],
  'billing:manage': ['OWNER'],
  'settings:read': ['OWNER', 'ADMIN', 'AGENT'],
  'settings:update': ['OWNER', 'ADMIN'],
  'team:read': ['OWNER', 'ADMIN', 'AGENT'],
  'team:manage': ['OWNER', 'ADMIN'],
  'channels:read': ['OWNER', 'ADMIN', 'AGENT'],
  'channels:manage': ['OWNER', 'ADMIN'],
  'products:read': ['OWNER', 'ADMIN', 'AGENT'],
  'products:manage': ['OWNER', 'ADMIN'],
  'training:read': ['OWNER', 'ADMIN', 'AGENT'],
  'training:manage': ['OWNER', 'ADMIN'],
  'conversations:read': ['OWNER', 'ADMIN', 'AGENT'],
  'conversations:reply': ['OWNER', 'ADMIN', 'AGENT'],
  'analytics:read': ['OWNER', 'ADMIN', 'AGENT'],
} as const satisfies Record<string, readonly TUserRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: TUserRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly TUserRole[]).includes(role);
}

/** The least privileged role that still lacks `permission` (for the route-walking tenancy test). */
export function roleWithout(permission: Permission): TUserRole | null {
  for (const role of ['AGENT', 'ADMIN', 'OWNER'] as const) if (!can(role, permission)) return role;
  return null;
}
