// Generates the Prisma Client offline. The CLI insists on a schema engine binary even though
// `generate` does not use it; any existing file satisfies the check, so point it at ourselves
// unless the user already has a real engine configured.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const backendDir = path.resolve(here, '..');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

const prismaBin = path.join(backendDir, 'node_modules', '.bin', 'prisma');
const rootBin = path.resolve(backendDir, '..', 'node_modules', '.bin', 'prisma');
const { existsSync } = await import('node:fs');
const bin = existsSync(prismaBin) ? prismaBin : rootBin;
const r = spawnSync(bin, ['generate', '--schema', 'prisma/schema.prisma'], {
  cwd: backendDir, env, stdio: 'inherit',
});
process.exit(r.status ?? 1);
