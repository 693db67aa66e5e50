import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store.ts';
import { makeArticle, makeArticles } from '../testing.ts';
import { StoreQueryError } from '../store.ts';
import { isDatelineError } from '../../model/errors.ts';

function tmp(): { dir: string; file: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  return { dir, file: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('putArticles is idempotent: the same batch twice stores nothing new', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const batch = makeArticles(10);
  const first = store.putArticles(batch);
  assert.equal(first.added, 10);
  const again = store.putArticles(batch);
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 10]);
  assert.equal(store.count(), 10);
  assert.equal(store.getVersions(batch[0].id).length, 1);
  store.close();
  t.done();
});

test('a changed article keeps its earlier version', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const a = makeArticle({}, 7);
  store.putArticles([a]);
  const changed = { ...a, headline: 'Corrected: ' + a.headline };
  const r = store.putArticles([changed]);
  assert.equal(r.updated, 1);
  const versions = store.getVersions(a.id);
  assert.deepEqual(versions.map((v) => v.version), [1, 2]);
  assert.equal(versions[0].article.headline, a.headline);
  assert.equal(store.getArticle(a.id)?.article.headline, changed.headline);
  assert.equal(store.getArticle(a.id)?.version, 2);
  // The search index follows the change: the new headline word is found, once.
  assert.equal(store.search('Corrected').total, 1);
  store.close();
  t.done();
});

test('near-identical copies from two sites are linked, not listed twice', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const original = makeArticle({}, 3);
  const copy = makeArticle(
    {
      id: 'copy-on-other-site',
      url: 'https://other.example.org/a/1',
      canonicalUrl: 'https://other.example.org/a/1',
      siteName: 'Other Daily',
      body: [...original.body, { type: 'paragraph', text: 'Other Daily contributed to this report.' }],
    },
    3,
  );
  const unrelated = makeArticle({}, 4);
  store.putArticles([original, unrelated]);
  const r = store.putArticles([copy]);
  assert.equal(r.linkedCopies, 1);
  assert.equal(r.statuses[0].copyOf, original.id);
  assert.deepEqual(store.getArticle(original.id)?.copies, ['copy-on-other-site']);
  assert.equal(store.getArticle('copy-on-other-site')?.copyOf, original.id);
  const listed = store.listArticles().items.map((s) => s.article.id);
  assert.ok(!listed.includes('copy-on-other-site'));
  assert.equal(store.listArticles({ includeCopies: true }).items.length, 3);
  assert.equal(store.getArticle(unrelated.id)?.copyOf, null);
  store.close();
  t.done();
});

test('listArticles pages by cursor, newest first, and filters', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const all = makeArticles(25);
  store.putArticles(all);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = store.listArticles({ limit: 10, cursor });
    seen.push(...page.items.map((i) => i.article.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen.length, 25);
  assert.equal(new Set(seen).size, 25);
  assert.equal(seen[0], all[24].id, 'newest (largest seed) first');
  const world = store.listArticles({ section: 'World', limit: 100 }).items;
  assert.ok(world.length > 0 && world.every((s) => s.article.section === 'World'));
  const author = all[0].authors[0];
  const byAuthor = store.listArticles({ author: author.toUpperCase(), limit: 100 }).items;
  assert.ok(byAuthor.length > 0 && byAuthor.every((s) => s.article.authors.includes(author)));
  const since = store.listArticles({ since: all[20].published!, limit: 100 }).items;
  assert.equal(since.length, 5);
  assert.equal(store.listArticles({ site: 'news.example.com' }).items.length, 20);
  assert.equal(store.listArticles({ site: 'nowhere.example' }).items.length, 0);
  assert.throws(() => store.listArticles({ cursor: 'garbage!' }), StoreQueryError);
  assert.throws(() => store.listArticles({ since: 'yesterday' }), StoreQueryError);
  store.close();
  t.done();
});

test('search ranks headline matches first, marks snippets, and treats FTS/SQL syntax as text', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const hit = makeArticle({ headline: 'Volcano erupts near the coast' }, 11);
  const body = makeArticle({ body: [{ type: 'paragraph', text: 'Officials watched the volcano from a distance all week.' }] }, 12);
  store.putArticles([hit, body, ...makeArticles(5, 20)]);
  const r = store.search('volcano');
  assert.equal(r.total, 2);
  assert.equal(r.hits[0].item.summary.id, hit.id);
  assert.match(r.hits[1].snippet, /\u0002volcano\u0003/);
  for (const q of ['"', 'AND OR NOT', 'volcano OR', "'; DROP TABLE articles; --", 'headline:volcano', 'NEAR(a b', '*', '(((', '^x', '']) {
    assert.doesNotThrow(() => store.search(q), q);
  }
  assert.equal(store.search("'; DROP TABLE articles; --").total, 0);
  assert.equal(store.count(), 7);
  assert.equal(store.search('volc*').total, 2, 'trailing * is a prefix search');
  assert.equal(store.search('"erupts near"').total, 1, 'quoted phrase');
  assert.equal(store.search('volcano', { section: 'Nope' }).total, 0);
  store.close();
  t.done();
});

test('related stories share content; next() walks older stories', () => {
  const t = tmp();
  const store = new SqliteStore(t.file);
  const all = makeArticles(30);
  store.putArticles(all);
  const target = all[10];
  const related = store.related(target.id, 4);
  assert.equal(related.length, 4);
  assert.ok(related.every((r) => r.summary.id !== target.id));
  const sameSection = related.filter((r) => r.summary.section === target.section).length;
  assert.ok(sameSection >= 3, `related by content should mostly share the topic, got ${sameSection}/4`);
  assert.equal(store.next(all[10].id)?.summary.id, all[9].id);
  assert.equal(store.next(all[0].id), null);
  assert.ok(store.sections().some((s) => s.slug === 'world' && s.name === 'World'));
  store.close();
  t.done();
});

test('a corrupt or read-only database gives a clear error at open', { skip: process.getuid?.() === 0 ? 'root ignores file permissions' : false }, () => {
  const t = tmp();
  writeFileSync(t.file, 'this is not sqlite'.repeat(100));
  assert.throws(() => new SqliteStore(t.file), (e: unknown) => isDatelineError(e) && e.code === 'store.corrupt');
  const ro = join(t.dir, 'ro.db');
  new SqliteStore(ro).close();
  chmodSync(ro, 0o444);
  assert.throws(() => new SqliteStore(ro), (e: unknown) => isDatelineError(e) && e.code === 'store.read-only');
  t.done();
});

test('a corrupt database file gives store.corrupt', () => {
  const t = tmp();
  writeFileSync(t.file, 'this is not sqlite'.repeat(100));
  assert.throws(() => new SqliteStore(t.file), (e: unknown) => isDatelineError(e) && e.code === 'store.corrupt' && /not a Dateline database/.test(e.message));
  t.done();
});
