/**
 * Filters and cursors as SQL. Values are always bound parameters; only fixed SQL text is joined.
 * Bad dates and cursors are the caller's mistake and raise `StoreQueryError` (→ HTTP 400).
 */
import { StoreQueryError, type ArticleFilters } from '../store.ts';
import { slugify } from '../slug.ts';

export interface SqlPart {
  where: string[];
  params: unknown[];
}

/** ISO date or date-time → epoch ms; anything else is a `bad-date` error naming the field. */
export function parseTime(field: string, value: string): number {
  const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim());
  const t = ok ? Date.parse(value.trim()) : NaN;
  if (!Number.isFinite(t)) throw new StoreQueryError('bad-date', `'${field}' must be an ISO 8601 date or date-time, got '${value}'.`);
  return t;
}

/** WHERE clauses for the filters, over the `articles` table aliased `a`. */
export function filterSql(f: ArticleFilters): SqlPart {
  const where: string[] = [];
  const params: unknown[] = [];
  // Unary + keeps the planner on the time index: most rows have no copy_of, so that index filters nothing.
  if (!f.includeCopies) where.push('+a.copy_of IS NULL');
  if (f.section) {
    where.push('a.section_slug = ?');
    params.push(slugify(f.section));
  }
  if (f.author) {
    where.push('a.rowid IN (SELECT article_rowid FROM article_authors WHERE author = ?)');
    params.push(f.author.trim());
  }
  if (f.site) {
    const s = f.site.trim().toLowerCase().replace(/^www\./, '');
    where.push('(a.site = ? OR a.host = ?)');
    params.push(s, s);
  }
  if (f.since) {
    where.push('a.sort_ts >= ?');
    params.push(parseTime('since', f.since));
  }
  if (f.until) {
    where.push('a.sort_ts < ?');
    params.push(parseTime('until', f.until));
  }
  return { where, params };
}

/** Keyset cursor: the last item's (sort_ts, rowid), base64url JSON so clients treat it as opaque. */
export function encodeCursor(sortTs: number, rowid: number): string {
  return Buffer.from(JSON.stringify([sortTs, rowid])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortTs: number; rowid: number } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && v.every((n) => Number.isSafeInteger(n))) {
      return { sortTs: v[0] as number, rowid: v[1] as number };
    }
  } catch {
    /* falls through to the error below */
  }
  throw new StoreQueryError('bad-cursor', 'The cursor is not one this server gave out.');
}

/** Clamp a page size into 1..100, rejecting what is not a whole number. */
export function pageSize(limit: number | undefined, fallback = 20): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1) throw new StoreQueryError('bad-limit', "'limit' must be a whole number from 1 to 100.");
  return Math.min(limit, 100);
}
