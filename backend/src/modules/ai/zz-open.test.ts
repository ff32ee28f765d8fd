import { it } from 'node:test';
import { openDatabase } from '/work/main/backend/src/db/client.ts';
it('open', async () => { let t = performance.now(); const db = await openDatabase({}); console.log('open', performance.now() - t); t = performance.now(); await db.prisma.store.count(); console.log('q', performance.now() - t); t = performance.now(); await db.close(); console.log('close', performance.now() - t); });
