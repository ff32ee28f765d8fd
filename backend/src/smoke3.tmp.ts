import { startTestApp } from './test/test-app.js';
import { signUp, createStore } from './test/merchants.js';
const t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
const m = await signUp(t);
for (const name of ['a\u0000b', 'x\uD800y', '😀']) {
  const r = await t.api('/stores', { body: { name }, token: m.token });
  console.log(JSON.stringify(name), r.status, JSON.stringify(r.body).slice(0, 120));
}
const r = await t.api('/auth/login', { body: { email: 'a\u0000@x.com', password: 'x\u0000' } });
console.log(r.status);
await t.close();
