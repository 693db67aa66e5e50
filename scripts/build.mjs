// `npm run build` (and `prepare`, which npm runs on install — and again each time `npx dateline`
// installs this folder into its cache): compile src/ to dist/ with tsc, copy the files that are
// not TypeScript, stamp the build. Skipped when dist/ is already up to date (bin/dist-fresh.js),
// so a repeated install costs nothing; `--force` builds anyway.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../bin/dist-fresh.js';

const root = new URL('..', import.meta.url);
if (!process.argv.includes('--force') && distIsFresh(root)) {
  console.log('dist/ is up to date (npm run build -- --force to build anyway)');
  process.exit(0);
}
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without dev dependencies (`npm install --omit=dev`) has no compiler: the install must
  // not fail for that. The `dateline` command then runs the source through tsx, a dependency.
  console.log('dist/ not built: TypeScript is not installed (a dev dependency); the dateline command will run the source');
  process.exit(0);
}
const cwd = fileURLToPath(root);
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd, stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
const copied = spawnSync(process.execPath, ['scripts/copy-build-assets.mjs'], { cwd, stdio: 'inherit' });
process.exit(copied.status ?? 1);
