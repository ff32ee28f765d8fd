// Makes a checkout runnable: installs dependencies when the lockfile changed (or nothing is
// installed) and generates the Prisma Client when the schema changed. Cheap when up to date.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkNode, fileHash, log, npm, readStamp, root, run, writeStamp } from './lib.mjs';

export function setup() {
  checkNode();
  const lock = path.join(root, 'package-lock.json');
  const installStamp = path.join(root, 'node_modules', '.convix-install');
  const want = fileHash(lock, path.join(root, 'package.json'));
  if (readStamp(installStamp) !== want || !existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
    log('installing dependencies (npm install)…');
    run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
    writeStamp(installStamp, want);
  }
  const schema = path.join(root, 'backend', 'prisma', 'schema.prisma');
  const generated = path.join(root, 'backend', 'src', 'generated', 'prisma');
  const genStamp = path.join(generated, '.convix-schema');
  const schemaHash = fileHash(schema, lock);
  if (readStamp(genStamp) !== schemaHash || !existsSync(path.join(generated, 'client.ts'))) {
    log('generating Prisma Client…');
    run(process.execPath, ['backend/scripts/generate-prisma.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeStamp(genStamp, schemaHash);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) setup();
