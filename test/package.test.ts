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

test('dist/ counts as up to date only while nothing under src/ or the build settings is newer than its stamp', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, utimesSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  // @ts-expect-error: plain-JS module without declarations
  const { distIsFresh } = await import('../bin/dist-fresh.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-fresh-'));
  try {
    const root = pathToFileURL(dir + '/');
    const at = (file: string, secondsAgo: number) => {
      const t = new Date(Date.now() - secondsAgo * 1000);
      utimesSync(path.join(dir, file), t, t);
    };
    mkdirSync(path.join(dir, 'src/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'src/sub/a.ts'), '');
    writeFileSync(path.join(dir, 'package.json'), '{}');
    assert.equal(distIsFresh(root), false, 'no build yet');
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/.built'), '');
    at('src/sub/a.ts', 60);
    at('package.json', 60);
    at('dist/.built', 30);
    assert.equal(distIsFresh(root), true);
    at('src/sub/a.ts', 10); // a source file edited after the build
    assert.equal(distIsFresh(root), false);
    at('src/sub/a.ts', 60);
    at('package.json', 10); // the build settings changed
    assert.equal(distIsFresh(root), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
