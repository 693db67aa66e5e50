/**
 * kill -9 in the middle of an ingest: every batch the writer reported as committed is there,
 * whole (row + search entry), and no batch is there in part.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SqliteStore } from './sqlite-store.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const BATCH = 25;

test('kill -9 mid-ingest loses no committed batch and leaves no half article', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-crash-'));
  const file = join(dir, 'crash.db');
  const storeUrl = pathToFileURL(join(here, 'sqlite-store.ts')).href;
  const testingUrl = pathToFileURL(join(here, '..', 'testing.ts')).href;
  // The child writes batches forever, printing the batch number after each commit.
  const code = `
    const { SqliteStore } = await import(${JSON.stringify(storeUrl)});
    const { makeArticles } = await import(${JSON.stringify(testingUrl)});
    const store = new SqliteStore(${JSON.stringify(file)});
    for (let b = 0; b < 400; b++) {
      store.putArticles(makeArticles(${BATCH}, 1 + b * ${BATCH}));
      process.stdout.write('committed ' + (b + 1) + '\\n');
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  let committed = 0;
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = [...d.toString().matchAll(/committed (\d+)/g)];
      if (m.length) committed = Number(m[m.length - 1][1]);
      if (committed >= 8) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => (committed >= 8 ? resolve() : reject(new Error(`child exited early: ${stderr}`))));
  });
  await new Promise((r) => child.once('close', r));
  const store = new SqliteStore(file);
  const n = store.count();
  assert.ok(n >= committed * BATCH, `${n} rows, ${committed} batches were committed`);
  assert.equal(n % BATCH, 0, 'a batch is all there or not there');
  // Every test article's text says "(AP)": each committed row must be in the search index.
  assert.equal(store.search('AP', { limit: 1, includeCopies: true }).total, n, 'every article has its search entry');
  assert.equal((store.db.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check, 'ok');
  // Throws if the FTS index and the articles table disagree.
  store.db.exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')");
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
