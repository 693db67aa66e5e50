/** The store's derived data at work: related by rare shared words, section counts, search without joins, migration 2. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { makeArticle, makeArticles } from '../testing.ts';
import { corpusArticles } from '../synthetic.ts';

function tmp() {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-scale-'));
  return { file: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A story about `word` — with a place and a person named after it, as a real story names its
 * subject, place and people — and its own other sentences (so two of them are related, not copies).
 */
const withWord = (seed: number, word: string, section: string) => {
  const base = makeArticle({ section }, seed);
  const own = base.body.slice(0, 3);
  // Only function words besides the three: stories about different things share nothing rare.
  const lead = `The ${word} is in ${word}ville with ${word}son, and ${word}son said the ${word} is in ${word}ville.`;
  return makeArticle({ section, body: [{ type: 'paragraph', text: lead }, ...own] }, seed);
};

test('related stories are found by rare shared words, not by recency, and refresh as stories arrive', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const old = withWord(1, 'zeppelin', 'Science');
  store.putArticles([old, ...makeArticles(40, 2)]);
  const newest = withWord(500, 'zeppelin', 'Sports');
  store.putArticles([newest]);
  const ids = (id: string) => store.related(id, 4).map((r) => r.summary.id);
  assert.equal(ids(newest.id)[0], old.id, 'the oldest story, sharing the rare words, is the most related to the newest');
  assert.equal(ids(old.id)[0], newest.id);
  const third = withWord(600, 'quasar', 'World');
  const fourth = withWord(601, 'quasar', 'World');
  store.putArticles([third]);
  assert.equal(ids(third.id).includes(fourth.id), false);
  store.putArticles([fourth, ...makeArticles(25, 700)]);
  assert.equal(ids(third.id)[0], fourth.id, 'a stale cached list is recomputed after a batch of new stories');
  store.close();
  t.done();
});

test('section counts follow inserts, section changes and copies', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const all = makeArticles(20);
  store.putArticles(all);
  const recount = () =>
    store.db
      .prepare('SELECT section_slug AS slug, count(*) AS count FROM articles WHERE section_slug IS NOT NULL AND copy_of IS NULL GROUP BY section_slug ORDER BY count DESC, slug')
      .all();
  assert.deepEqual(store.sections().map(({ slug, count }) => ({ slug, count })), recount());
  store.putArticles([{ ...all[0], section: 'Brand New Desk' }]);
  const copy = { ...all[3], id: 'copy-elsewhere', url: 'https://elsewhere.example/x', canonicalUrl: 'https://elsewhere.example/x', siteName: 'Elsewhere' };
  assert.equal(store.putArticles([copy]).linkedCopies, 1);
  assert.deepEqual(store.sections().map(({ slug, count }) => ({ slug, count })), recount());
  assert.ok(store.sections().some((s) => s.slug === 'brand-new-desk' && s.name === 'Brand New Desk' && s.count === 1));
  store.close();
  t.done();
});

test('search leaves copies out of hits and totals, with and without filters', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const story = makeArticle({ headline: 'Glacier retreat measured', section: 'Science' }, 5);
  const copy = { ...story, id: 'glacier-copy', url: 'https://other.example/g', canonicalUrl: 'https://other.example/g', siteName: 'Other' };
  store.putArticles([story, ...makeArticles(10, 50)]);
  store.putArticles([copy]);
  assert.equal(store.getArticle('glacier-copy')?.copyOf, story.id);
  const plain = store.search('glacier');
  assert.deepEqual([plain.total, plain.hits.map((h) => h.item.summary.id)], [1, [story.id]]);
  const filtered = store.search('glacier', { section: 'science' });
  assert.deepEqual([filtered.total, filtered.hits.length], [1, 1]);
  const withCopies = store.search('glacier', { includeCopies: true });
  assert.equal(withCopies.total, 2);
  assert.equal(store.search('glacier', { offset: 1 }).hits.length, 0);
  store.close();
  t.done();
});

test('listSummaries pages like listArticles, without article bodies', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  store.putArticles(corpusArticles(30));
  const full = store.listArticles({ limit: 7 });
  const sums = store.listSummaries({ limit: 7 });
  assert.deepEqual(sums.items.map((s) => s.summary.id), full.items.map((s) => s.article.id));
  assert.equal(sums.nextCursor, full.nextCursor);
  assert.ok(!('body' in sums.items[0].summary) && !('text' in sums.items[0].summary));
  assert.equal(sums.items[0].summary.headline, full.items[0].article.headline);
  store.close();
  t.done();
});

test('a version-1 database is migrated: summaries, terms and fingerprints are filled in', () => {
  const t = tmp();
  const db = new Database(t.file);
  db.exec(MIGRATIONS[0].sql);
  db.exec("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES (1, '2025-01-01')");
  const insert = db.prepare(
    `INSERT INTO articles (id, headline, description, text, authors, section, section_slug, sort_ts, version, content_hash, stored_at, first_stored_at, json)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, 1, 'h', '2025-01-01', '2025-01-01', ?)`,
  );
  // Seeds 1 and 6 share a topic in testing.ts and the zeppelin words besides: the backfilled terms must relate them.
  const arts = [withWord(1, 'zeppelin', 'Science'), withWord(6, 'zeppelin', 'World'), ...makeArticles(5, 10)];
  arts.forEach((a, i) => insert.run(a.id, a.headline, a.description, a.text, a.section, a.section!.toLowerCase(), i, JSON.stringify(a)));
  db.close();
  const store = new SqliteStore(t.file);
  assert.equal(store.listSummaries({ limit: 1 }).items[0].summary.id, arts[arts.length - 1].id);
  assert.ok(store.related(arts[0].id, 4).some((r) => r.summary.id === arts[1].id));
  assert.ok(store.sections().some((s) => s.slug === 'science'));
  const version = store.db.prepare('SELECT max(version) FROM schema_version').pluck().get();
  assert.equal(version, MIGRATIONS[MIGRATIONS.length - 1].version);
  store.close();
  t.done();
});

test('search filters by author, site and dates inside the index, and bounds its work', () => {
  const t = tmp();
  const store = new SqliteStore(t.file, { searchCandidates: 10, searchTotalCap: 8 });
  const all = makeArticles(30);
  store.putArticles(all);
  const word = 'continue'; // in every headline of testing.ts
  const author = all[4].authors[0];
  const byAuthor = store.search(word, { author: author.toLowerCase(), limit: 100 });
  assert.ok(byAuthor.hits.length > 0 && byAuthor.hits.every((h) => h.item.summary.authors.includes(author)));
  assert.equal(store.search(word, { site: 'news.example.com', limit: 1 }).hits.length, 1);
  assert.equal(store.search(word, { site: 'Example News', limit: 1 }).hits.length, 1);
  assert.equal(store.search(word, { site: 'elsewhere.example' }).total, 0);
  const window = store.search(word, { since: all[10].published!, until: all[13].published!, limit: 100 });
  assert.deepEqual(window.hits.map((h) => h.item.summary.id).sort(), [all[10].id, all[11].id, all[12].id].sort());
  assert.equal(window.total, 3);
  // Whole UTC days: answered inside the index, exactly at both ends.
  const day = (iso: string) => iso.slice(0, 10);
  const days = store.search(word, { since: day(all[0].published!), until: day(all[0].published!) + 'T00:00:00Z', limit: 100 });
  assert.equal(days.total, 0, 'an empty window');
  const firstDay = all.filter((a) => a.published!.startsWith(day(all[0].published!))).map((a) => a.id).sort();
  const next = new Date(Date.parse(day(all[0].published!)) + 86_400_000).toISOString().slice(0, 10);
  const oneDay = store.search(word, { since: day(all[0].published!), until: next, limit: 100 });
  assert.deepEqual(oneDay.hits.map((h) => h.item.summary.id).sort(), firstDay);
  // 30 matches: counted to the cap of 8, ranked among the 10 most recently stored.
  const page1 = store.search(word, { limit: 5 });
  assert.deepEqual([page1.total, page1.totalCapped, page1.hits.length], [8, true, 5]);
  // At the edges of the candidates (10) and the cap (8): more than the candidates skips the count, fewer are counted.
  const totals = [19, 20, 21, 22, 23].map((i) => store.search(word, { since: all[i].published! })).map((r) => [r.total, !!r.totalCapped]);
  assert.deepEqual(totals, [[8, true], [8, true], [8, true], [8, false], [7, false]], '11, 10, 9, 8 and 7 matches');
  const newest10 = new Set(all.slice(20).map((a) => a.id));
  const page2 = store.search(word, { limit: 5, offset: 5 });
  const ids = [...page1.hits, ...page2.hits].map((h) => h.item.summary.id);
  assert.deepEqual(new Set(ids), newest10, 'two pages of five: the ten candidates, none twice');
  // A page past the candidates widens them, so every counted match can be reached.
  assert.equal(store.search(word, { limit: 5, offset: 25 }).hits.length, 5);
  assert.throws(() => store.search(word, { since: 'last week' }), /since/);
  store.close();
  t.done();
});
