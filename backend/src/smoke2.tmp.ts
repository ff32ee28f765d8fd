import { startTestApp } from './test/test-app.js';
const t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
if (process.argv[2] === 'reg') console.log((await t.api('/auth/register', { body: { email: 'a@x.com', password: 'hunter22!x', name: 'A' } })).status);
if (process.argv[2] === 'forgot') { console.log((await t.api('/auth/forgot-password', { body: { email: 'a@x.com' } })).status); await t.c.jobs.drain(); }
console.time('close'); await t.close(); console.timeEnd('close');
const h = (process as any)._getActiveHandles(); console.log(h.map((x: any) => x.constructor.name));
