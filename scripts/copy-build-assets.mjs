// Part of `npm run build` (scripts/build.mjs), after `tsc -p tsconfig.build.json`: copy the files
// under src/ that are not TypeScript (the site's CSS and script, the worker's plain-JS entry point)
// to the same places under dist/.
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const COPY = /\.(?:css|js|mjs|json|svg|png|ico|txt)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (COPY.test(name)) cpSync(p, join(dist, relative(src, p)));
  }
}
walk(src);

// The build's time: bin/dateline.js runs dist/ only while no file under src/ is newer.
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
