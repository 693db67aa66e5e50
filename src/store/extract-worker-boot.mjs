// Worker entry point, in plain JavaScript so it loads in every way Dateline runs:
// - from the compiled package (dist/, `npm run build`): the worker's compiled module sits beside it;
// - from source under `node --import tsx` (inherited by workers): the .ts module imports directly;
// - from source under tsx's `register()` (not inherited by workers): it registers here. The retry
//   uses a fresh specifier, since a failed import is cached.
import { existsSync } from 'node:fs';

const compiled = new URL('./extract-worker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  try {
    await import('./extract-worker.ts');
  } catch (e) {
    if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    const { register } = await import('tsx/esm/api');
    register();
    await import('./extract-worker.ts?with-tsx');
  }
}
