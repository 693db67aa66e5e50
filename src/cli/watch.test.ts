/** `dateline watch` as a process: picks up a new file, stops cleanly on SIGTERM. Bounded waits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { corpusArticle } from '../store/synthetic.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

const page = (seed: number) => {
  const a = corpusArticle(seed);
  return `<!doctype html><html lang="en"><head><title>${a.headline}</title></head><body><article><h1>${a.headline}</h1>${a.body.map((b) => `<p>${'text' in b ? b.text : ''}</p>`).join('')}</article></body></html>`;
};

test('dateline watch ingests a file dropped into the directory and exits 0 on SIGTERM', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-watch-cli-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const db = join(dir, 'db.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'watch', inbox, '--db', db, '--rescan', '0.5'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let gone = false;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => ((gone = true), r(code))));
  try {
    const end = Date.now() + 60_000;
    while (!out.includes('Watching')) {
      assert.ok(Date.now() < end && !gone, `watch did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    writeFileSync(join(inbox, 'story.html'), page(42));
    while (!/1 added/.test(out)) {
      assert.ok(Date.now() < end && !gone, `the new file was not ingested: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0);
  const store = new SqliteStore(db);
  assert.equal(store.count(), 1);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
