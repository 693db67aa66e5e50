/** Ingest skips inputs it has already extracted with the same code and options, and copies within one run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import { ingest, inputDigest } from './ingest.ts';
import { readInputs } from '../capture/read.ts';

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
  ${Array.from({ length: 6 }, (_, i) => `<p>${title}: the council voted on Monday to repair the old bridge, paragraph ${i}, and residents said the work was overdue after years of delays.</p>`).join('')}
  </article></body></html>`;
const noArticle = '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav></body></html>';

function folder(): { dir: string; pages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-skip-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, 'a.html'), page('Bridge repairs approved'));
  writeFileSync(join(pages, 'b.html'), page('Ferry timetable changes'));
  writeFileSync(join(pages, 'c.html'), page('Library opens late'));
  writeFileSync(join(pages, 'login.html'), noArticle);
  return { dir, pages };
}

test('a second ingest of unchanged inputs extracts nothing, starts no worker and reports them unchanged', async () => {
  const { dir, pages } = folder();
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const first = await ingest(store, readInputs([pages]), { workers: 2 });
  assert.deepEqual([first.inputs, first.skipped, first.added, first.empty], [4, 0, 3, 1]);
  const second = await ingest(store, readInputs([pages]), { workers: 2 });
  assert.deepEqual([second.inputs, second.skipped, second.articles, second.unchanged, second.added, second.empty], [4, 4, 3, 3, 0, 1]);
  assert.equal(second.timing.extractMs, 0);
  assert.deepEqual(second.problems.map((p) => [p.source.endsWith('login.html'), p.code]), [[true, 'extract.no-article']], 'the page without an article still says why');
  assert.equal(second.timing.workers, 0, 'no pool is started when every input is known');
  assert.equal(store.count(), 3);
  // --force extracts them all again, and still stores nothing new.
  const forced = await ingest(store, readInputs([pages]), { workers: 0, force: true });
  assert.deepEqual([forced.skipped, forced.unchanged, forced.added], [0, 3, 0]);
  assert.ok(forced.timing.extractMs > 0);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a changed input, or other extraction options, is extracted again', async () => {
  const { dir, pages } = folder();
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  await ingest(store, readInputs([pages]), { workers: 0 });
  writeFileSync(join(pages, 'c.html'), page('Library opens late on Sundays'));
  const changed = await ingest(store, readInputs([pages]), { workers: 0 });
  assert.deepEqual([changed.skipped, changed.added], [3, 1]);
  const zoned = await ingest(store, readInputs([pages]), { workers: 0, timezone: 'Europe/Paris' });
  assert.equal(zoned.skipped, 0, 'another zone can change the times extracted: every input is extracted again');
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('byte-identical copies within one run are extracted once', async () => {
  const { dir, pages } = folder();
  writeFileSync(join(pages, 'a-copy-1.html'), page('Bridge repairs approved'));
  writeFileSync(join(pages, 'a-copy-2.html'), page('Bridge repairs approved'));
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const s = await ingest(store, readInputs([pages]), { workers: 2, batchSize: 1 });
  assert.deepEqual([s.inputs, s.skipped, s.articles, s.added, s.unchanged], [6, 2, 5, 3, 2]);
  assert.equal(store.count(), 3);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an input counts as ingested only with its articles: a failed batch records neither', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-skip-tx-'));
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const digest = inputDigest(new TextEncoder().encode('<p>x</p>'), { url: null, timezone: null });
  // An article without the fields the store needs makes the write throw inside the transaction.
  assert.throws(() => store.putArticles([{ id: null } as never], [{ digest, articles: 1 }]));
  assert.equal(store.ingestedInput(digest), null);
  store.putArticles([], [{ digest, articles: 0 }]);
  assert.deepEqual(store.ingestedInput(digest), { articles: 0 });
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the digest depends on the bytes, the URL, the Content-Type header and the zone', () => {
  const bytes = new TextEncoder().encode('<p>same</p>');
  const base = inputDigest(bytes, { url: null, timezone: null });
  assert.equal(inputDigest(new TextEncoder().encode('<p>same</p>'), { url: null, timezone: null }), base);
  assert.notEqual(inputDigest(new TextEncoder().encode('<p>other</p>'), { url: null, timezone: null }), base);
  assert.notEqual(inputDigest(bytes, { url: 'https://example.com/a', timezone: null }), base);
  assert.notEqual(inputDigest(bytes, { url: null, timezone: 'Asia/Tokyo' }), base);
  assert.notEqual(inputDigest(bytes, { url: null, headers: { 'Content-Type': 'text/html; charset=windows-1252' }, timezone: null }), base);
});
