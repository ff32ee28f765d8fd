const { createTestDatabase } = await import('./test/test-db.js');
console.time('db'); const db = await createTestDatabase(); console.timeEnd('db');
await db.close();
