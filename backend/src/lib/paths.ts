import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const backendDir = path.resolve(here, '..', '..');
export const repoRoot = path.resolve(backendDir, '..');
export const migrationsDir = path.join(backendDir, 'prisma', 'migrations');

/** Relative data paths (e.g. PGLITE_DATA_DIR) are taken from the repo root, whatever the cwd. */
export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(repoRoot, p);
}
