import { startTestApp } from './test/test-app.js';
const t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
const o = await t.api('/openapi.json');
console.log(o.status, JSON.stringify(o.body).slice(0, 300));
const d = await t.api('/docs');
console.log(d.status, String(d.body).length, d.headers.get('content-security-policy'));
const r = await t.api('/auth/register', { body: { email: 'A@x.com', password: 'hunter22!x', name: 'A' } });
console.log(r.status, r.body, r.headers.get('set-cookie'));
await t.close();
