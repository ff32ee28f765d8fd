console.time('import'); await import('./test/test-app.js'); console.timeEnd('import');
const { startTestApp } = await import('./test/test-app.js');
console.time('start'); const t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' }); console.timeEnd('start');
console.time('close'); await t.close(); console.timeEnd('close');
