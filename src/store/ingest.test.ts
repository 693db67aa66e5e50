import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import { ingest } from './ingest.ts';
import { readInputs } from '../capture/read.ts';

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
  ${Array.from({ length: 6 }, (_, i) => `<p>${title}: the council voted on Monday to repair the old bridge, paragraph ${i}, and residents said the work was overdue after years of delays.</p>`).join('')}
  </article></body></html>`;

test('ingest reads files and directories (gzip too), counts failures, and is idempotent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'pages', 'a.html'), page('Bridge repairs approved'));
  writeFileSync(join(dir, 'pages', 'b.html.gz'), gzipSync(page('Ferry timetable changes')));
  writeFileSync(join(dir, 'pages', 'broken.html.gz'), 'not gzip');
  writeFileSync(join(dir, 'pages', 'ignored.png'), 'x');
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const inputs = [join(dir, 'pages'), join(dir, 'missing.html')];
  const first = await ingest(store, readInputs(inputs), { batchSize: 1 });
  assert.equal(first.inputs, 4, 'two pages, the broken gzip, the missing file; the .png is skipped');
  assert.equal(first.failed, 2);
  assert.deepEqual(first.problems.map((p) => p.code).sort(), ['input.gzip-corrupt', 'input.not-found']);
  assert.equal(first.added, first.articles);
  assert.ok(first.timing.extractMs > 0 && first.timing.storeMs > 0 && first.timing.readMs > 0, JSON.stringify(first.timing));
  assert.equal(store.count(), first.articles);
  const second = await ingest(store, readInputs(inputs));
  assert.equal(second.added, 0);
  assert.equal(second.updated, 0);
  assert.equal(second.unchanged, first.articles);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('extraction in worker threads stores the same as extraction inline, in input order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-pool-'));
  mkdirSync(join(dir, 'pages'));
  const titles = ['Bridge repairs approved', 'Ferry timetable changes', 'Library opens late', 'Harbour dredging starts', 'School roof fixed', 'Tram line extended'];
  titles.forEach((t, i) => writeFileSync(join(dir, 'pages', `p${i}.html`), page(t)));
  // The same story again under another name: linked as a copy of the first one read, whichever worker finishes first.
  writeFileSync(join(dir, 'pages', 'p9-copy.html'), page(titles[0]).replace('<title>', '<title>Copy: '));
  const runs = [];
  for (const workers of [0, 2]) {
    const store = new SqliteStore(join(dir, `db-${workers}.sqlite`));
    const s = await ingest(store, readInputs([join(dir, 'pages')]), { workers, batchSize: 3 });
    assert.equal(s.timing.workers, workers);
    assert.equal(s.failed, 0);
    if (process.platform === 'linux') {
      // Each stage's CPU is measured (thread-cpu.ts); workers also report what starting them cost.
      const t = s.timing;
      assert.ok(t.extractCpuMs !== null && t.mainCpuMs !== null && t.storeCpuMs !== null, JSON.stringify(t));
      assert.ok(t.storeCpuMs! <= t.mainCpuMs!, 'the store is part of the main thread');
      if (workers) assert.ok(t.bootCpuMs! > 0, 'loading the extraction code in a worker takes CPU');
      else assert.equal(t.bootCpuMs, null);
    }
    const items = store.listArticles({ limit: 100, includeCopies: true }).items;
    runs.push({ summary: [s.inputs, s.articles, s.added, s.linkedCopies], ids: items.map((i) => i.article.id).sort(), copies: items.filter((i) => i.copyOf).map((i) => [i.article.id, i.copyOf]) });
    store.close();
  }
  assert.deepEqual(runs[1], runs[0]);
  assert.equal(runs[0].summary[0], 7);
  rmSync(dir, { recursive: true, force: true });
});

test('a single input is extracted on the calling thread: no pool is started for one page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-one-'));
  const file = join(dir, 'one.html');
  writeFileSync(file, page('Bridge repairs approved'));
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const s = await ingest(store, readInputs([file]), { workers: 2 });
  assert.deepEqual([s.inputs, s.added, s.timing.workers], [1, 1, 0]);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
