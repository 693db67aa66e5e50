/**
 * Columns derived from an article when it is stored — its listing summary and its salient terms
 * for related stories — and the term index those terms feed. Kept in one place so that writing
 * an article and migrating an older database compute them the same way.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../../model/article.ts';
import type { ArticleSummary } from '../store.ts';
import { weightedTerms } from '../related-terms.ts';
import { bandKeys, fingerprint, signatureToBytes } from '../fingerprint.ts';

/** Salient terms kept per article: enough to find related stories, few enough to keep ingest cheap. */
export const KEY_TERMS_PER_ARTICLE = 32;
/** Frequent words considered before rarity picks the kept ones. */
const CANDIDATES = 64;

/** What a listing shows of an article: everything but the body, links and extraction notes. */
export function summaryOf(a: Article): ArticleSummary {
  const image = a.images.find((i) => i.url) ?? null;
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    siteName: a.siteName,
    section: a.section,
    headline: a.headline,
    suggestedHeadline: a.suggestedHeadline ?? null,
    description: a.description,
    language: a.language,
    published: a.published,
    updated: a.updated,
    authors: a.authors,
    tags: a.tags,
    image: image ? { url: image.url, alt: image.alt } : null,
  };
}

/**
 * Salient terms of an article, stored space-separated in `articles.key_terms`: of its most
 * frequent words, those that are rarest across the store (tf × idf), so a name mentioned twice
 * beats a filler word mentioned five times.
 */
export function termsOf(a: Article, df: DfLookup): string[] {
  const candidates = weightedTerms(a.headline ?? a.suggestedHeadline?.text ?? null, a.text, CANDIDATES);
  if (candidates.length <= KEY_TERMS_PER_ARTICLE) return candidates.map(([t]) => t);
  const { total, counts } = df(candidates.map(([t]) => t));
  return candidates
    .map(([t, tf]) => ({ t, score: (1 + Math.log(tf)) * Math.log(1 + (total + 1) / ((counts.get(t) ?? 0) + 1)) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, KEY_TERMS_PER_ARTICLE)
    .map((x) => x.t);
}

/** Document frequencies of some terms, and how many articles the store holds. */
export type DfLookup = (terms: string[]) => { total: number; counts: Map<string, number> };

export function dfLookup(db: Database.Database): DfLookup {
  const q = db.prepare('SELECT term, df FROM terms WHERE term IN (SELECT value FROM json_each(?))');
  const n = db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'added-total'").pluck();
  return (terms) => {
    const counts = new Map<string, number>();
    for (const r of q.all(JSON.stringify(terms)) as { term: string; df: number }[]) counts.set(r.term, r.df);
    return { total: Number(n.get() ?? 0), counts };
  };
}

/** Postings (term → article) and document frequencies (term → how many articles list it as salient). */
export class TermIndex {
  private readonly post;
  private readonly unpost;
  private readonly inc;
  private readonly dec;

  constructor(db: Database.Database) {
    this.post = db.prepare('INSERT OR IGNORE INTO article_terms (term, article_rowid) VALUES (?, ?)');
    this.unpost = db.prepare('DELETE FROM article_terms WHERE term = ? AND article_rowid = ?');
    this.inc = db.prepare('INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
    this.dec = db.prepare('UPDATE terms SET df = df - 1 WHERE term = ?');
  }

  add(rowid: number, terms: readonly string[]): void {
    for (const t of terms) {
      if (this.post.run(t, rowid).changes) this.inc.run(t);
    }
  }

  remove(rowid: number, terms: readonly string[]): void {
    for (const t of terms) {
      if (this.unpost.run(t, rowid).changes) this.dec.run(t);
    }
  }
}

export const splitTerms = (s: string | null): string[] => (s ? s.split(' ').filter(Boolean) : []);

/**
 * Migration 2's data step: fill summary and key terms for every stored article, and recompute
 * fingerprints and LSH bands (the shingle hashing changed). Runs inside the migration transaction.
 */
export function backfillDerived(db: Database.Database): void {
  const chunk = db.prepare('SELECT rowid, json FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500');
  const update = db.prepare('UPDATE articles SET summary = ?, key_terms = ?, signature = ? WHERE rowid = ?');
  const band = db.prepare('INSERT OR IGNORE INTO lsh_bands (band_key, article_rowid) VALUES (?, ?)');
  const index = new TermIndex(db);
  const df = dfLookup(db);
  db.exec('DELETE FROM lsh_bands');
  // In chunks: a statement cannot write while another one is still reading rows.
  for (let after = 0; ; ) {
    const rows = chunk.all(after) as { rowid: number; json: string }[];
    if (!rows.length) break;
    for (const r of rows) {
      const article = JSON.parse(r.json) as Article;
      const terms = termsOf(article, df);
      const sig = fingerprint(article.text);
      update.run(JSON.stringify(summaryOf(article)), terms.join(' '), sig ? signatureToBytes(sig) : null, r.rowid);
      index.add(r.rowid, terms);
      for (const k of sig ? bandKeys(sig) : []) band.run(k, r.rowid);
    }
    after = rows[rows.length - 1].rowid;
  }
}
