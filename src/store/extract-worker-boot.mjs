// Worker entry point, in plain JavaScript so it loads whether the parent runs under
// `node --import tsx` (inherited by workers) or tsx's `register()` (bin/dateline.js: not
// inherited, so it registers here). The retry uses a fresh specifier: a failed import is cached.
try {
  await import('./extract-worker.ts');
} catch (e) {
  if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
  const { register } = await import('tsx/esm/api');
  register();
  await import('./extract-worker.ts?with-tsx');
}
