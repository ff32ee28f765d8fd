// `npm run seed`: seeds the demo store into an empty database.
import { getEnv } from '../config/env.js';
import { createContainer } from '../container.js';
import { DEMO_LOGIN, seedDemo } from './seed.js';

const c = await createContainer(getEnv());
try {
  await c.jobs.start();
  const r = await seedDemo(c);
  if (r.seeded) {
    if (c.jobs.kind === 'inline') await c.jobs.drain(120_000);
    console.log(`seeded store ${r.storeId}; sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  } else {
    console.log('database already has users; nothing seeded');
  }
} finally {
  await c.close();
}
