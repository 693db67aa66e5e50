/**
 * Ranked full-text search over `articles_fts` (FTS5, bm25 with the site's column weights). What
 * grows with the store is bounded:
 *
 * - Filters are FTS tokens (see facets.ts): section, site, author, day/month and copy status
 *   are intersected inside the index. Date bounds that are not a few whole UTC days or months
 *   (open-ended, times of day, long windows) join `article_times`, a narrow table of story
 *   times, to check them: a small row per match instead of the article's (overflowing) row.
 * - Ranking reads at most `CANDIDATES` matches (more for deep pages: offset + limit): when a
 *   query matches more, bm25 ranks the most recently stored of them (a rowid floor, which FTS5
 *   seeks to). For a word found in half the store, that trades completeness of the ranking for
 *   a bounded cost; news readers searching a common word want recent stories anyway.
 * - The total is counted up to `TOTAL_CAP` (`totalCapped` says when there are more), which is
 *   no more than the matches ranked: the walk that finds the rowid floor also tells whether
 *   there are more than that, so a common word (whose matches are the slow queries) is never
 *   walked a second time just to be counted.
 * - Summaries and snippets are loaded only for the page returned; snippets match the reader's
 *   words alone (no filter tokens: fewer doclists to open per snippet).
 *
 * Ranking's fixed cost is bm25's IDF: FTS5 counts every row holding each phrase of the query,
 * once per query (about 4–5 ms CPU for a word in 70,000 of 100,000 stories).
 */
import type Database from 'better-sqlite3';
import type { SearchOptions, SearchResult } from '../store.ts';
import { pageSize, parseTime } from './filters.ts';
import { dateFacets, facetMatch } from './facets.ts';
import { SUMMARY_COLS, toSummary, type SummaryRow } from './rows.ts';

/** Matches ranked per query at most. */
export const CANDIDATES = 1000;
/** Matches counted per query at most (at most `CANDIDATES`, see above). */
export const TOTAL_CAP = 1000;
/** bm25 column weights: headline, description, text, authors, facets (never scored). */
const BM25 = 'bm25(articles_fts, 10.0, 4.0, 1.0, 2.0, 0.0)';

interface Plan {
  match: string;
  /** The reader's words alone, restricted to the text columns: what snippets highlight. */
  textMatch: string;
  /** FROM clause and extra WHERE terms with their parameters (exact date bounds). */
  from: string;
  where: string;
  params: number[];
}

export class Searcher {
  private readonly byRowid;
  private readonly snippet;
  private readonly span;
  private readonly newest;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly bounds = { candidates: CANDIDATES, totalCap: TOTAL_CAP },
  ) {
    this.byRowid = db.prepare(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.rowid = ?`);
    // Reads only the (sort_ts, rowid) time index, over the window's entries.
    this.newest = db.prepare('SELECT max(sort_ts) FROM articles').pluck();
    this.span = db.prepare('SELECT min(rowid) AS lo, max(rowid) AS hi FROM articles INDEXED BY articles_by_time WHERE sort_ts >= ? AND sort_ts < ?');
    // better-sqlite3 binds JS numbers as REAL; FTS5 ignores a REAL rowid constraint, hence the CASTs.
    this.snippet = db
      .prepare("SELECT snippet(articles_fts, 2, char(2), char(3), '…', 24) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)")
      .pluck();
  }

  /** Each query shape (with or without date bounds) is prepared once. */
  private st(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private plan(match: string, o: SearchOptions): Plan {
    const since = o.since ? parseTime('since', o.since) : null;
    const until = o.until ? parseTime('until', o.until) : null;
    const q = facetMatch(match, { section: o.section, author: o.author, site: o.site, includeCopies: o.includeCopies, since, until });
    const where: string[] = [];
    const params: number[] = [];
    // Day-aligned windows are exact in the index; others (times of day, open ends) are checked here.
    if (!dateFacets(since, until).exact) {
      if (since !== null) where.push('a.sort_ts >= ?') && params.push(since);
      if (until !== null) where.push('a.sort_ts < ?') && params.push(until);
      // A window that ends before the newest stories: the rowids its stories have, so FTS5 seeks
      // to that range instead of walking (newest first) every later match. Stories are mostly
      // stored in time order, so the range is usually tight; when it is not, it is merely loose
      // (the join stays the exact check). Finding it reads the window's entries of the time
      // index, so a window reaching the newest stories skips it: walking newest first finds
      // its matches at once.
      if (until !== null && until <= ((this.newest.get() as number | null) ?? 0)) {
        const span = this.span.get(since ?? Number.MIN_SAFE_INTEGER, until) as { lo: number | null; hi: number | null };
        where.push('articles_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)');
        params.push(span.lo ?? 1, span.hi ?? 0);
      }
    }
    return {
      match: q,
      textMatch: facetMatch(match, { includeCopies: true }),
      from: where.length ? 'articles_fts JOIN article_times a ON a.article_rowid = articles_fts.rowid' : 'articles_fts',
      where: where.map((w) => ` AND ${w}`).join(''),
      params,
    };
  }

  /** `match` is an escaped FTS5 expression (see `toFtsQuery`). */
  search(match: string, options: SearchOptions): SearchResult {
    const limit = pageSize(options.limit);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const p = this.plan(match, options);
    const base = `FROM ${p.from} WHERE articles_fts MATCH ?${p.where}`;
    // The rowids of the n-th and (n+1)-th newest matches, if there are that many: rank from the
    // n-th up. Deeper pages widen the candidate set, so every counted match can be paged to.
    const n = Math.max(this.bounds.candidates, offset + limit);
    const edge = this.st(`SELECT articles_fts.rowid ${base} ORDER BY articles_fts.rowid DESC LIMIT 2 OFFSET ?`)
      .pluck()
      .all(p.match, ...p.params, n - 1) as number[];
    const floor = edge[0] ?? 0;
    const top = this.st(
      `SELECT articles_fts.rowid AS rowid, ${BM25} AS score ${base} AND articles_fts.rowid >= CAST(? AS INTEGER) ORDER BY score LIMIT ? OFFSET ?`,
    ).all(p.match, ...p.params, floor, limit, offset) as { rowid: number; score: number }[];
    const hits = top.map((t) => ({
      item: toSummary(this.byRowid.get(t.rowid) as SummaryRow),
      score: t.score,
      snippet: (this.snippet.get(p.textMatch, t.rowid) as string | undefined) ?? '',
    }));
    const cap = this.bounds.totalCap;
    // More than n matches (n ≥ cap) needs no count; otherwise there are at most n to count.
    const counted =
      edge.length === 2 && n >= cap
        ? n + 1
        : (this.st(`SELECT count(*) FROM (SELECT articles_fts.rowid ${base} LIMIT ${cap + 1})`).pluck().get(p.match, ...p.params) as number);
    return { hits, total: Math.min(counted, cap), totalCapped: counted > cap };
  }
}
