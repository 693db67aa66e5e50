/** The write path's shortcuts keep the stored result exact: one serialisation, prepared articles, the batch's FTS writes last, summed term counts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store.ts';
import { makeArticle, makeArticles } from '../testing.ts';
import { serializeArticle } from './serialize.ts';
import { attachPrepared, prepareArticle } from './prepare.ts';
import { TermIndex } from './term-index.ts';
import type { Article } from '../../model/article.ts';

function tmp() {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-put-'));
  return { file: (name: string) => join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('one serialisation gives the stored JSON and the content hash, whatever the field order', () => {
  const a = makeArticle({}, 4);
  const { messages, provenance, ...content } = a;
  const want = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  assert.deepEqual(serializeArticle(a), { hash: want, json: JSON.stringify(a) });
  // messages first, an undefined field: the whole article is serialised instead, the same way.
  const reordered = { messages, ...content, provenance, suggestedHeadline: undefined } as Article;
  assert.deepEqual(serializeArticle(reordered), { hash: want, json: JSON.stringify(reordered) });
});

/** Everything a store derived, minus times of storing. */
function dump(store: SqliteStore) {
  const q = (sql: string) => store.db.prepare(sql).all();
  return {
    articles: q('SELECT rowid, id, version, content_hash, copy_of, hex(signature) AS sig, json, summary, key_terms, facets, sort_ts FROM articles ORDER BY rowid'),
    terms: q('SELECT term, df FROM terms ORDER BY term'),
    postings: q('SELECT term, article_rowid FROM article_terms ORDER BY term, article_rowid'),
    bands: q('SELECT band_key, article_rowid FROM lsh_bands ORDER BY band_key, article_rowid'),
    authors: q('SELECT author, article_rowid FROM article_authors ORDER BY author, article_rowid'),
    sections: q('SELECT slug, count FROM section_counts ORDER BY slug'),
  };
}

test('articles prepared in advance (as the ingest workers do) are stored exactly as unprepared ones', () => {
  const t = tmp();
  const batch = makeArticles(60);
  // A near-copy of the first story and a changed version of the second, in the same batch.
  batch.push(makeArticle({ id: 'copy-1', url: 'https://copy.example/1', canonicalUrl: 'https://copy.example/1', siteName: 'Copy Daily', body: batch[0].body, text: batch[0].text }, 1));
  batch.push({ ...batch[1], headline: 'Corrected: ' + batch[1].headline });
  const plain = new SqliteStore(t.file('plain.db'));
  const ready = new SqliteStore(t.file('ready.db'));
  for (let i = 0; i < batch.length; i += 25) {
    const part = batch.slice(i, i + 25);
    const copies = part.map((a) => structuredClone(a));
    copies.forEach((a) => attachPrepared(a, prepareArticle(a)));
    assert.deepEqual(ready.putArticles(copies), plain.putArticles(part));
  }
  const d = dump(plain);
  assert.ok(d.articles.some((r) => (r as { copy_of: string | null }).copy_of), 'the copy is linked');
  assert.deepEqual(dump(ready), d);
  plain.close();
  ready.close();
  t.done();
});

test('an article added and changed in one batch: the search index holds only its latest version', () => {
  const t = tmp();
  const store = new SqliteStore(t.file('fts.db'));
  const a = makeArticle({ headline: 'Zeppelin hangar opens' }, 9);
  const r = store.putArticles([...makeArticles(5, 20), a, { ...a, headline: 'Airship hangar opens' }]);
  assert.deepEqual([r.added, r.updated], [6, 1]);
  assert.equal(store.search('Zeppelin').total, 0);
  assert.equal(store.search('Airship').total, 1);
  assert.deepEqual(store.getVersions(a.id).map((v) => v.article.headline), ['Zeppelin hangar opens', 'Airship hangar opens']);
  store.db.exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')");
  store.close();
  t.done();
});

test('term counts summed per batch equal the postings, repeated adds count once, and a rolled-back batch leaves nothing pending', () => {
  const t = tmp();
  const store = new SqliteStore(t.file('terms.db'));
  store.putArticles(makeArticles(30));
  const index = new TermIndex(store.db);
  const df = index.dfLookup(() => 0);
  const before = df(['zeppelin', 'airship']).counts;
  store.db.transaction(() => {
    index.add(1, ['zeppelin', 'airship', 'zeppelin']);
    assert.deepEqual([...df(['zeppelin', 'airship']).counts.values()], [(before.get('zeppelin') ?? 0) + 1, (before.get('airship') ?? 0) + 1], 'pending changes are seen');
    index.add(1, ['zeppelin', 'hangar']); // zeppelin is posted already: recounted, not counted twice
    index.remove(2, ['hangar']); // article 2 never had it: nothing changes
    index.flush();
  })();
  const mismatched = store.db
    .prepare('SELECT count(*) FROM terms AS t WHERE df <> (SELECT count(*) FROM article_terms AS p WHERE p.term = t.term)')
    .pluck()
    .get();
  assert.equal(mismatched, 0);
  assert.equal(store.db.prepare("SELECT df FROM terms WHERE term = 'zeppelin'").pluck().get(), 1);
  // A failing batch rolls back, and its pending counts go with it.
  const bad = { ...makeArticle({}, 99), id: null } as unknown as Article;
  assert.throws(() => store.putArticles([makeArticle({}, 98), bad]));
  store.putArticles([makeArticle({}, 97)]);
  assert.equal(
    store.db.prepare('SELECT count(*) FROM terms AS t WHERE df <> (SELECT count(*) FROM article_terms AS p WHERE p.term = t.term)').pluck().get(),
    0,
  );
  store.close();
  t.done();
});
