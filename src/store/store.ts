/**
 * The storage contract. SQLite implements it today (`sqlite/sqlite-store.ts`); PostgreSQL can
 * implement the same interface later, so nothing outside `src/store/` names a database.
 */
import type { Article } from '../model/article.ts';

/** Filters shared by listing and search. All optional; dates are ISO 8601 (date or date-time). */
export interface ArticleFilters {
  /** Section slug (`world`, `business`…) or section name; matched on the slug. */
  section?: string | null;
  /** Author name, matched case-insensitively against each stored author. */
  author?: string | null;
  /** Inclusive lower bound on the story's time (published, else first stored). */
  since?: string | null;
  /** Exclusive upper bound on the story's time. */
  until?: string | null;
  /** Site name or host name (`apnews.com`), matched case-insensitively. */
  site?: string | null;
  /** Include near-identical copies of stories already listed (default false: one per story). */
  includeCopies?: boolean;
}

/** A stored article and what the store knows about it beyond the Article contract. */
export interface StoredArticle {
  article: Article;
  /** 1 for the first stored version; grows each time the article's content changes. */
  version: number;
  /** When this version was stored (ISO 8601 UTC). */
  storedAt: string;
  /** When the article was first stored (ISO 8601 UTC). */
  firstStoredAt: string;
  /** The story's time used for ordering: published, else first stored (ISO 8601 UTC). */
  sortTime: string;
  /** Section slug, or null when the article has no section. */
  sectionSlug: string | null;
  /** The id of the earlier-stored article this one is a near-identical copy of, if any. */
  copyOf: string | null;
  /** Ids of other stored articles that are near-identical copies of this story. */
  copies: string[];
}

/** What a listing shows of an article (stored precomputed, so lists never parse whole articles). */
export interface ArticleSummary {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  section: string | null;
  headline: string | null;
  suggestedHeadline: { text: string; generated: true } | null;
  description: string | null;
  language: string | null;
  published: string | null;
  updated: string | null;
  authors: string[];
  tags: string[];
  /** The first image with a URL. */
  image: { url: string | null; alt: string | null } | null;
}

/** A listed article: its summary and the store's facts about it (as in `StoredArticle`). */
export interface StoredSummary {
  summary: ArticleSummary;
  version: number;
  storedAt: string;
  firstStoredAt: string;
  sortTime: string;
  sectionSlug: string | null;
  copyOf: string | null;
}

/** One page of a listing. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ListOptions extends ArticleFilters {
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size, 1–100 (default 20). */
  limit?: number;
}

export interface SearchOptions extends ArticleFilters {
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** Number of ranked hits to skip (search pages are ranked, so they page by offset). */
  offset?: number;
}

export interface SearchHit {
  item: StoredSummary;
  /** Lower is better (bm25). */
  score: number;
  /** Plain-text excerpt; the matched terms are wrapped in U+0002 … U+0003 (see `SNIPPET_OPEN`). */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matching stories (after filters), counted up to a cap. */
  total: number;
  /** True when more stories match than were counted: `total` is then a lower bound. */
  totalCapped?: boolean;
}

/** Marks around matched terms inside `SearchHit.snippet`: control characters never found in text. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export interface Section {
  slug: string;
  name: string;
  count: number;
}

/** What happened to each article handed to `putArticles`. */
export type PutStatus = 'added' | 'unchanged' | 'updated';

export interface PutResult {
  added: number;
  unchanged: number;
  updated: number;
  /** Articles stored as near-identical copies of an earlier story (counted in `added` too). */
  linkedCopies: number;
  statuses: { id: string; status: PutStatus; copyOf: string | null }[];
}

export interface ArticleVersion {
  version: number;
  storedAt: string;
  article: Article;
}

/** An input whose extraction was stored: see `Store.putArticles` and `Store.ingestedInput`. */
export interface IngestedInput {
  /** Hash of the input's bytes, the extraction options and the extractor code (see ingest.ts). */
  digest: string;
  /** How many articles it held. */
  articles: number;
}

export interface Store {
  /**
   * Store a batch in one transaction: all of it is committed, or none of it. `inputs` are the
   * inputs the batch's articles came from (and inputs that held none), recorded in the same
   * transaction, so an input counts as ingested exactly when its articles are stored.
   */
  putArticles(batch: readonly Article[], inputs?: readonly IngestedInput[]): PutResult;
  /** A recorded input with this digest (its article count), or null. */
  ingestedInput(digest: string): { articles: number } | null;
  getArticle(id: string): StoredArticle | null;
  /** The stored version number of an article, or null: a cheap check for caches. */
  articleVersion(id: string): number | null;
  /** Earlier versions first; the current version is last. */
  getVersions(id: string): ArticleVersion[];
  /** Newest first, keyset-paginated. Throws `StoreQueryError` for a bad cursor or filter. */
  listArticles(options?: ListOptions): Page<StoredArticle>;
  /** As `listArticles`, but summaries only: what lists and the API's listing need, much cheaper. */
  listSummaries(options?: ListOptions): Page<StoredSummary>;
  /** Ranked full-text search. Any user text is a valid query (operators are searched as text). */
  search(query: string, options?: SearchOptions): SearchResult;
  sections(): Section[];
  /**
   * Stories about the same things as this one (by the rare salient words they share, not by
   * recency), copies excluded. Computed once and cached until enough new stories arrive.
   */
  related(id: string, limit?: number): StoredSummary[];
  /** The story listed after this one (older, same ordering as `listArticles`), for "next story". */
  next(id: string): StoredSummary | null;
  count(): number;
  /**
   * A number that changes whenever stored data changes (from this process or another one),
   * so the site can cache rendered pages and drop them when the data moves on.
   */
  changeToken(): number;
  close(): void;
}

/** A caller's mistake in a query (bad cursor, bad date): the API turns it into a 400. */
export class StoreQueryError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'StoreQueryError';
    this.code = code;
  }
}
