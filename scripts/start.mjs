// `npm start`: set up, then run the API (with its in-process workers on embedded defaults)
// and the dashboard. Ctrl-C stops both cleanly; data persists under .data/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { log, readStamp, root, start, treeHash, writeStamp } from './lib.mjs';
import { setup } from './setup.mjs';

setup();

const apiPort = Number(process.env.PORT ?? 3001);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const children = new Set();
let stopping = false;

// Children get their own process group so a terminal Ctrl-C reaches them once, through us,
// instead of twice (directly and forwarded), which would force an unclean exit.
function spawnChild(cmd, args, opts) {
  return start(cmd, args, { ...opts, detached: true });
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function track(child, name) {
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping && name !== 'build') {
      log(`${name} exited (${signal ?? code}); stopping`);
      stop(code || 1);
    }
    if (stopping && children.size === 0) process.exit(exitCode);
  });
  return child;
}

let exitCode = 0;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children) child.kill('SIGINT');
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 25_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

const api = track(spawnChild(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: path.join(root, 'backend'),
  env: { ...process.env, PORT: String(apiPort) },
}), 'api');

async function startDashboard() {
  const frontend = path.join(root, 'frontend');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(webPort) };
  const stampFile = path.join(frontend, '.next', 'convix-build-stamp');
  const want = treeHash(frontend) + treeHash(path.join(root, 'shared', 'src'));
  if (readStamp(stampFile) !== want || !existsSync(path.join(frontend, '.next', 'BUILD_ID'))) {
    log('building the dashboard (first start or frontend changed)…');
    const build = track(spawnChild(process.execPath, [nextBin, 'build'], { cwd: frontend, env }), 'build');
    const code = await new Promise((resolve) => build.on('exit', resolve));
    if (stopping) return;
    if (code !== 0) {
      log('dashboard build failed; the API keeps running');
      return;
    }
    writeStamp(stampFile, want);
  }
  if (stopping) return;
  track(spawnChild(process.execPath, [nextBin, 'start', '-p', String(webPort)], { cwd: frontend, env }), 'dashboard');
}

const dashboard = startDashboard();
const apiUp = await waitFor(`http://127.0.0.1:${apiPort}/readyz`, 120_000);
if (!stopping && apiUp) log(`API ready: http://localhost:${apiPort}/v1 (docs: http://localhost:${apiPort}/v1/docs)`);
await dashboard;
const webUp = await waitFor(`http://127.0.0.1:${webPort}/`, 120_000);
if (!stopping && apiUp) {
  log('');
  log(`Dashboard: ${webUp ? `http://localhost:${webPort}` : '(not running — see the build output above)'}`);
  log(`API:       http://localhost:${apiPort}/v1`);
  log('Demo login: demo@convix.dev / convix-demo-1');
  log('Press Ctrl-C to stop. Data is kept in .data/.');
}
void api;
