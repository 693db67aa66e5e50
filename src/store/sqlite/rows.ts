/** Row shapes read from `articles`, and how they become `StoredArticle` / `StoredSummary`. */
import type { Article } from '../../model/article.ts';
import type { ArticleSummary, StoredArticle, StoredSummary } from '../store.ts';

interface MetaRow {
  rowid: number;
  id: string;
  version: number;
  stored_at: string;
  first_stored_at: string;
  sort_ts: number;
  section_slug: string | null;
  copy_of: string | null;
}

export interface ArticleRow extends MetaRow {
  json: string;
  key_terms: string | null;
}

export interface SummaryRow extends MetaRow {
  summary: string;
}

const META = 'a.rowid, a.id, a.version, a.stored_at, a.first_stored_at, a.sort_ts, a.section_slug, a.copy_of';
/** Columns for a whole article. */
export const ARTICLE_COLS = `${META}, a.json, a.key_terms`;
/** Columns for a listing: the precomputed summary, never the article JSON. */
export const SUMMARY_COLS = `${META}, a.summary`;

function meta(r: MetaRow) {
  return {
    version: r.version,
    storedAt: r.stored_at,
    firstStoredAt: r.first_stored_at,
    sortTime: new Date(r.sort_ts).toISOString(),
    sectionSlug: r.section_slug,
    copyOf: r.copy_of,
  };
}

export function toStored(r: ArticleRow): StoredArticle {
  return { article: JSON.parse(r.json) as Article, ...meta(r), copies: [] };
}

export function toSummary(r: SummaryRow): StoredSummary {
  return { summary: JSON.parse(r.summary) as ArticleSummary, ...meta(r) };
}
