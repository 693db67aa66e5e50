/**
 * The package as a JavaScript user gets it: `import { extract } from 'dateline'` in plain Node
 * (no TypeScript loader), resolved through package.json "exports" to the compiled dist/ that
 * `npm install` builds (the "prepare" script). Skips, saying so, when dist/ was not built
 * (`npm install --ignore-scripts`); `.ci/run` runs `npm ci`, which builds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');
const built = existsSync(path.join(repoRoot, 'dist/index.js'));

const SCRIPT = `
import { extract, toMarkdown } from 'dateline';
const html = '<html lang="en"><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>'
  + '<p>SPRINGFIELD (AP) — The council voted on Tuesday to approve the new budget, with money for roads and schools.</p>'.repeat(4)
  + '</article></body></html>';
const { articles } = extract(html);
console.log(JSON.stringify({ headline: articles[0].headline, agency: articles[0].dateline?.agency, md: typeof toMarkdown }));
`;

test('plain Node imports the compiled package by name and extracts', { skip: built ? false : 'dist/ not built (run npm run build)' }, () => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim()), { headline: 'Council approves budget', agency: 'AP', md: 'function' });
});
