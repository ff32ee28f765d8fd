// End-to-end checks against a production build: run with `npm run test:e2e -w frontend`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { buildIfStale, launchBrowser, newPage, SHOTS, startServer } from './helpers.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
let server;
let browser;

// Route → text that proves the page rendered its key content (after data loads).
const ROUTES = [
  ['/', 'knows when to call a human'],
  ['/pricing', 'Most popular'],
  ['/features', 'Built for merchants'],
  ['/login', 'Welcome back'],
  ['/signup', 'Start your free trial'],
  ['/forgot-password', 'Reset your password'],
  ['/onboarding/connect-store', 'Which platform'],
  ['/onboarding/train-ai', 'Shipping FAQ'],
  ['/onboarding/customize', 'Live preview'],
  ['/onboarding/channels', 'Website widget'],
  ['/onboarding/go-live', 'Launch checklist'],
  ['/dashboard', 'Handoffs waiting'],
  ['/dashboard/conversations', '[data-testid=conversation-row]'],
  ['/dashboard/analytics', 'Handoff triggers'],
  ['/dashboard/channels', 'Needs attention'],
  ['/dashboard/channels/whatsapp', 'Phone number ID'],
  ['/dashboard/channels/sms', 'Account SID'],
  ['/dashboard/channels/email', 'Inbound address'],
  ['/dashboard/channels/messenger', 'Facebook page ID'],
  ['/dashboard/widget', 'Live preview'],
  ['/dashboard/training', 'Return & refund policy'],
  ['/dashboard/settings', 'Brand voice'],
  ['/dashboard/settings/escalation', 'Confidence threshold'],
  ['/dashboard/settings/team', 'Maya Chen'],
  ['/dashboard/settings/billing', 'Usage this period'],
];
const AXE_ROUTES = new Set(['/', '/pricing', '/login', '/signup', '/onboarding/connect-store', '/dashboard', '/dashboard/conversations', '/dashboard/analytics',
  '/dashboard/channels', '/dashboard/channels/whatsapp', '/dashboard/widget', '/dashboard/training', '/dashboard/settings/escalation', '/dashboard/settings/team', '/dashboard/settings/billing']);

const slug = (r) => (r === '/' ? 'home' : r.slice(1).replace(/\//g, '_'));

async function axeSerious(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

before(async () => {
  buildIfStale();
  server = await startServer(PORT);
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

describe('every route, light and dark', () => {
  for (const scheme of ['light', 'dark']) {
    test(`renders key content, no console errors, axe (${scheme})`, async () => {
      const { page, context, errors } = await newPage(browser, { colorScheme: scheme });
      const problems = [];
      for (const [route, text] of ROUTES) {
        await page.goto(server.url + route, { waitUntil: 'load' });
        await (text.startsWith('[') ? page.locator(text) : page.getByText(text, { exact: false })).first().waitFor({ timeout: 10_000 }).catch(() => problems.push(`${route}: missing "${text}"`));
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), scheme === 'dark', `${route} theme`);
        await page.waitForTimeout(350); // let charts finish their first paint
        await page.screenshot({ path: path.join(SHOTS, `${slug(route)}.${scheme}.png`) });
        if (AXE_ROUTES.has(route)) for (const v of await axeSerious(page)) problems.push(`${route} [axe ${scheme}] ${v}`);
      }
      await context.close();
      assert.deepEqual([...problems, ...errors], []);
    });
  }
});

describe('conversations', () => {
  test('filters by status, channel and search', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(`${server.url}/dashboard/conversations`);
    await page.getByTestId('live-toggle').click(); // pause the simulated feed for stable counts
    const rows = page.getByTestId('conversation-row');
    await rows.first().waitFor();

    await page.getByLabel('Status').selectOption('HANDED_OFF');
    await page.waitForFunction(() => { const r = [...document.querySelectorAll('[data-testid=conversation-row]')]; return r.length > 0 && r.every((x) => x.getAttribute('data-status') === 'HANDED_OFF'); });

    await page.getByLabel('Status').selectOption('ALL');
    await page.getByLabel('Channel').selectOption('WHATSAPP');
    await page.waitForFunction(() => { const r = [...document.querySelectorAll('[data-testid=conversation-row]')]; return r.length > 0 && r.every((x) => x.getAttribute('data-channel') === 'WHATSAPP'); });

    await page.getByLabel('Channel').selectOption('ALL');
    const name = (await rows.first().locator('span.truncate').first().textContent()).trim();
    await page.getByLabel('Search conversations').fill(name);
    await page.waitForFunction((n) => { const r = [...document.querySelectorAll('[data-testid=conversation-row]')]; return r.length > 0 && r.every((x) => x.textContent.includes(n)); }, name);

    await page.getByLabel('Search conversations').fill('zzzz-no-match');
    await page.getByText('No conversations match').waitFor();
    await context.close();
    assert.deepEqual(errors, []);
  });

  test('open a thread, expand a decision record, take over, reply, resolve', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(`${server.url}/dashboard/conversations`);
    await page.getByTestId('live-toggle').click();
    await page.getByLabel('Status').selectOption('OPEN');
    await page.waitForFunction(() => { const r = [...document.querySelectorAll('[data-testid=conversation-row]')]; return r.length > 0 && r.every((x) => x.getAttribute('data-status') === 'OPEN'); });
    await page.getByTestId('conversation-row').first().click();
    await page.getByTestId('messages').waitFor();

    await page.getByTestId('decision-toggle').first().click();
    await page.getByTestId('decision-record').first().getByText('Factual', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Take over' }).first().click();
    await page.getByTestId('thread-status').getByText('Needs human').waitFor();
    await page.getByText('You are handling this conversation').waitFor();

    await page.getByLabel('Reply message').fill('Hi! I have checked this for you — it ships today.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('[data-role=AGENT]', { hasText: 'it ships today' }).waitFor();

    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByLabel('Learning note').fill('Same-day shipping applies to orders before 2pm.');
    await page.getByRole('button', { name: 'Resolve conversation' }).click();
    await page.getByTestId('thread-status').getByText('Resolved').waitFor();
    await page.getByText('Learning note saved for training').waitFor();
    await context.close();
    assert.deepEqual(errors, []);
  });
});

test('widget: changing the primary colour updates the live preview', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}/dashboard/widget`);
  const header = page.getByTestId('widget-preview-header');
  await header.waitFor();
  const before = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.getByTestId('primary-color').fill('#e11d48');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=widget-preview-header]')).backgroundColor === 'rgb(225, 29, 72)');
  assert.notEqual(before, 'rgb(225, 29, 72)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Widget saved').waitFor();
  await context.close();
  assert.deepEqual(errors, []);
});

test('onboarding stepper end to end, progress persists across reloads', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}/onboarding/connect-store`);
  await page.evaluate(() => localStorage.removeItem('convix-onboarding'));
  await page.reload();
  await page.getByTestId('onboarding-progress').getByText('0 of 5').waitFor();

  await page.getByTestId('onboarding-continue').click();
  await page.getByText('Pick your platform').waitFor(); // inline validation
  await page.getByTestId('platform-SHOPIFY').click();
  await page.getByLabel('Store name').fill('Acme Trail Co');
  await page.getByLabel('Store domain').fill('acme-trail.com');
  await page.getByTestId('onboarding-continue').click();
  await page.waitForURL('**/onboarding/train-ai');

  await page.reload(); // persisted zustand keeps progress
  await page.getByTestId('onboarding-progress').getByText('1 of 5').waitFor();
  await page.getByText('Shipping FAQ').first().waitFor();
  await page.getByTestId('onboarding-continue').click();
  await page.waitForURL('**/onboarding/customize');
  await page.getByTestId('widget-preview').waitFor();
  await page.getByTestId('onboarding-continue').click();
  await page.waitForURL('**/onboarding/channels');
  await page.getByTestId('pick-WHATSAPP').click();
  await page.getByText('Already connected').waitFor();
  await page.getByTestId('onboarding-continue').click();
  await page.waitForURL('**/onboarding/go-live');
  await page.getByTestId('onboarding-progress').getByText('4 of 5').waitFor();
  await page.getByTestId('embed-snippet').waitFor();
  await page.getByTestId('go-live-checklist').getByText('Store connected (Acme Trail Co)').waitFor();
  await page.getByTestId('onboarding-continue').click();
  await page.waitForURL(/\/dashboard$/);
  await page.getByText('Your AI agent is answering customers').waitFor();
  await page.getByText('Handoffs waiting').waitFor();
  await context.close();
  assert.deepEqual(errors, []);
});
