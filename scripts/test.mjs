// `npm test`: set up, then run every suite (shared, backend unit + integration, dashboard E2E)
// and print one closing line. Integration tests use DATABASE_URL / REDIS_URL when set (CI:
// real PostgreSQL + pgvector and Redis), else embedded PGlite and in-process jobs.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { log, root } from './lib.mjs';
import { setup } from './setup.mjs';

setup();

const only = process.argv.slice(2); // e.g. `npm test -- backend`
// Node 20's test runner takes no globs, so list the files here.
function findTests(dir, suffix) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'generated' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) out.push(path.relative(root, p));
    }
  };
  try {
    walk(path.join(root, dir));
  } catch {
    /* suite folder absent */
  }
  return out.sort();
}

const suites = [
  { name: 'shared', cwd: 'shared', files: findTests('shared/src', '.test.ts'), flags: [] },
  { name: 'backend', cwd: 'backend', files: findTests('backend/src', '.test.ts'), flags: ['--test-concurrency=2'] },
  { name: 'frontend', cwd: 'frontend', files: findTests('frontend/e2e', '.e2e.test.mjs'), flags: ['--test-concurrency=1'] },
]
  .filter((s) => only.length === 0 || only.includes(s.name))
  .filter((s) => s.files.length > 0)
  .map((s) => ({ ...s, args: ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', ...s.flags, ...s.files.map((f) => path.join(root, f))] }));

function runSuite(suite) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, suite.args, { cwd: path.join(root, suite.cwd), env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('exit', (code) => {
      const count = (key) => [...out.matchAll(new RegExp(`^\u2139 ${key} (\\d+)`, 'gm'))].reduce((a, m) => a + Number(m[1]), 0);
      resolve({ name: suite.name, code, passed: count('pass'), failed: count('fail'), skipped: count('skipped') });
    });
  });
}

const t0 = Date.now();
const results = [];
for (const suite of suites) {
  log(`running ${suite.name} tests…`);
  results.push(await runSuite(suite));
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
const skipped = results.reduce((a, r) => a + r.skipped, 0);
const bad = results.filter((r) => r.code !== 0);
for (const r of results) log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.code !== 0 ? ` (exit ${r.code})` : ''}`);
log(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad.length || failed ? 1 : 0);
