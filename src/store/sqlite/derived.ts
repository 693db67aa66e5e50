/**
 * Columns derived from an article when it is stored — its listing summary and its salient terms
 * for related stories — and the term index those terms feed. Kept in one place so that writing
 * an article and migrating an older database compute them the same way.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../../model/article.ts';
import type { ArticleSummary } from '../store.ts';
import { TERMS_MAX_CHARS, weightedTerms, weightedTermsOf } from '../related-terms.ts';
import { bandKeys, fingerprint, signatureToBytes, words } from '../fingerprint.ts';
import { TermIndex, type DfLookup } from './term-index.ts';

export { TermIndex, type DfLookup };

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
 * beats a filler word mentioned five times. `candidates` are its `weightedTerms` when the
 * caller has them already.
 */
export function termsOf(a: Article, df: DfLookup, candidates = termCandidates(a, null)): string[] {
  if (candidates.length <= KEY_TERMS_PER_ARTICLE) return candidates.map(([t]) => t);
  const { total, counts } = df(candidates.map(([t]) => t));
  return candidates
    .map(([t, tf]) => ({ t, score: (1 + Math.log(tf)) * Math.log(1 + (total + 1) / ((counts.get(t) ?? 0) + 1)) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, KEY_TERMS_PER_ARTICLE)
    .map((x) => x.t);
}

/**
 * The frequent words `termsOf` chooses from. `textWords` are `words` of the text when the
 * caller has tokenised it already (they are used when they cover what the terms read).
 */
export function termCandidates(a: Article, textWords: readonly string[] | null): [string, number][] {
  const headline = a.headline ?? a.suggestedHeadline?.text ?? null;
  if (!textWords || a.text.length > TERMS_MAX_CHARS) return weightedTerms(headline, a.text, CANDIDATES);
  return weightedTermsOf(words(headline ?? ''), textWords, CANDIDATES);
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
  const df = index.dfLookup();
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
  index.flush();
}
