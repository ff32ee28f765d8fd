// Build-if-stale, start `next start`, launch Debian Chromium. Shared by the E2E tests.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.resolve(ROOT, '../node_modules/.bin/next');
export const SHOTS = path.join(ROOT, 'e2e/screenshots');

function newestMtime(dir) {
  let max = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'e2e') continue;
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

/** Rebuild when .next is missing or any frontend/shared source is newer than the last build. */
export function buildIfStale() {
  const stamp = path.join(ROOT, '.next/BUILD_ID');
  // A dev server can leave a half-written .next behind; treat that as stale too.
  if (!fs.existsSync(path.join(ROOT, '.next/server/preview-props.json'))) fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const src = Math.max(newestMtime(ROOT), newestMtime(path.resolve(ROOT, '../shared/src')));
  if (built && built >= src) return false;
  const r = spawnSync(NEXT_BIN, ['build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('next build failed');
  return true;
}

export async function startServer(port) {
  const proc = spawn(NEXT_BIN, ['start', '-p', String(port)], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => { try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ } } };
    } catch { /* not up yet */ }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* ignore */ }
  throw new Error(`next start did not come up on ${port}:\n${log}`);
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records console errors, page errors and failed same-origin requests. */
export async function newPage(browser, { colorScheme = 'light', width = 1366, height = 860 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, context, errors };
}
