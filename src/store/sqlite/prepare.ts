/**
 * The pure half of storing an article: everything the writer derives from the article alone —
 * its JSON and content hash, fingerprint and LSH band keys, candidate salient terms and listing
 * summary. Ingest computes it in the extraction workers, next to `extract()`, and hands it over
 * with the article, so the thread that writes the database only does what needs the database
 * (about half of an article's storing cost moves off that thread). Without it, the writer
 * computes the same here.
 *
 * The hand-over is a side table keyed by the article object (`attachPrepared`), so the `Store`
 * interface stays `putArticles(articles)`. An attached preparation describes the object as it
 * was prepared: whoever attaches one must not change the article afterwards.
 */
import type { Article } from '../../model/article.ts';
import { bandKeys, fingerprintTokens, fingerprintWords } from '../fingerprint.ts';
import { summaryOf, termCandidates } from './derived.ts';
import { serializeArticle } from './serialize.ts';

export interface PreparedArticle {
  /** `contentHash(article)`. */
  hash: string;
  /** `JSON.stringify(article)`. */
  json: string;
  /** MinHash signature of the text, or null when it has no words. */
  signature: Uint32Array | null;
  /** LSH band keys of the signature. */
  bandKeys: string[];
  /** The frequent words the salient terms are chosen from (`termCandidates`). */
  termCandidates: [string, number][];
  /** `JSON.stringify(summaryOf(article))`. */
  summary: string;
}

/** The content-only part of a preparation, enough to tell an unchanged article. */
export function prepareHash(a: Article): { hash: string; json: string } {
  return serializeArticle(a);
}

/** The rest of a preparation; `serialized` from `prepareHash` when the caller has it. */
export function prepareArticle(a: Article, serialized = serializeArticle(a)): PreparedArticle {
  // The text is tokenised once, for both the fingerprint and the salient terms.
  const tokens = fingerprintTokens(a.text);
  const signature = fingerprintWords(tokens);
  return {
    ...serialized,
    signature,
    bandKeys: signature ? bandKeys(signature) : [],
    termCandidates: termCandidates(a, tokens),
    summary: JSON.stringify(summaryOf(a)),
  };
}

const attached = new WeakMap<Article, PreparedArticle>();

/** Hand a preparation (made by `prepareArticle` for this very article) to the writer. */
export function attachPrepared(a: Article, p: PreparedArticle): void {
  attached.set(a, p);
}

/** The preparation attached to this article, if any. */
export function preparedFor(a: Article): PreparedArticle | undefined {
  return attached.get(a);
}
