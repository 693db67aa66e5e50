/**
 * The embedded `Store`: one SQLite file (WAL, FTS5). Statements are prepared once; every
 * batch write is one transaction, so a crash leaves either the whole batch or none of it.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../../model/article.ts';
import {
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  type ArticleVersion,
  type ListOptions,
  type Page,
  type PutResult,
  type SearchOptions,
  type SearchResult,
  type Section,
  type Store,
  type StoredArticle,
} from '../store.ts';
import { toFtsQuery, anyOf } from '../fts-query.ts';
import { keyTerms } from '../related-terms.ts';
import { openDatabase, type OpenOptions } from './open.ts';
import { ArticleWriter } from './put.ts';
import { decodeCursor, encodeCursor, filterSql, pageSize } from './filters.ts';

interface Row {
  rowid: number;
  id: string;
  json: string;
  version: number;
  stored_at: string;
  first_stored_at: string;
  sort_ts: number;
  section_slug: string | null;
  copy_of: string | null;
}

const COLS = 'a.rowid, a.id, a.json, a.version, a.stored_at, a.first_stored_at, a.sort_ts, a.section_slug, a.copy_of';
/** bm25 column weights: headline, description, text, authors. A headline match counts most. */
const BM25 = 'bm25(articles_fts, 10.0, 4.0, 1.0, 2.0)';

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly writer: ArticleWriter;
  private readonly stmts;
  private localWrites = 0;

  constructor(file: string, options: OpenOptions = {}) {
    this.db = openDatabase(file, options);
    this.writer = new ArticleWriter(this.db);
    this.stmts = {
      byId: this.db.prepare(`SELECT ${COLS} FROM articles a WHERE a.id = ?`),
      // better-sqlite3 binds JS numbers as REAL; FTS5 ignores a REAL rowid constraint, hence the CAST.
      byRowid: this.db.prepare(`SELECT ${COLS} FROM articles a WHERE a.rowid = ?`),
      snippet: this.db
        .prepare("SELECT snippet(articles_fts, 2, char(2), char(3), '…', 24) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)")
        .pluck(),
      copies: this.db.prepare('SELECT id FROM articles WHERE copy_of = ? ORDER BY rowid'),
      versions: this.db.prepare('SELECT version, stored_at, json FROM versions WHERE article_id = ? ORDER BY version'),
      sections: this.db.prepare(
        `SELECT section_slug AS slug, min(section) AS name, count(*) AS count FROM articles
         WHERE section_slug IS NOT NULL AND copy_of IS NULL GROUP BY section_slug ORDER BY count DESC, slug`,
      ),
      next: this.db.prepare(
        `SELECT ${COLS} FROM articles a WHERE +a.copy_of IS NULL AND (a.sort_ts, a.rowid) < (?, ?)
         ORDER BY a.sort_ts DESC, a.rowid DESC LIMIT 1`,
      ),
      count: this.db.prepare('SELECT count(*) AS n FROM articles'),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      getMeta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  putArticles(batch: readonly Article[]): PutResult {
    const r = this.db.transaction(() => this.writer.putAll(batch)).immediate();
    if (r.added || r.updated) this.localWrites++;
    return r;
  }

  /** `data_version` moves when another connection commits; `localWrites` when this one does. */
  changeToken(): number {
    return (this.stmts.dataVersion.get() as number) * 1_000_000 + this.localWrites;
  }

  getArticle(id: string): StoredArticle | null {
    const row = this.stmts.byId.get(id) as Row | undefined;
    if (!row) return null;
    const item = toStored(row);
    item.copies = (this.stmts.copies.all(item.copyOf ?? id) as { id: string }[]).map((r) => r.id).filter((c) => c !== id);
    if (item.copyOf) item.copies.unshift(item.copyOf);
    return item;
  }

  getVersions(id: string): ArticleVersion[] {
    const current = this.stmts.byId.get(id) as Row | undefined;
    if (!current) return [];
    const earlier = (this.stmts.versions.all(id) as { version: number; stored_at: string; json: string }[]).map((r) => ({
      version: r.version,
      storedAt: r.stored_at,
      article: JSON.parse(r.json) as Article,
    }));
    return [...earlier, { version: current.version, storedAt: current.stored_at, article: JSON.parse(current.json) as Article }];
  }

  listArticles(options: ListOptions = {}): Page<StoredArticle> {
    const limit = pageSize(options.limit);
    const { where, params } = filterSql(options);
    if (options.cursor) {
      const c = decodeCursor(options.cursor);
      // A row-value comparison, so the planner seeks the time index instead of scanning it.
      where.push('(a.sort_ts, a.rowid) < (?, ?)');
      params.push(c.sortTs, c.rowid);
    }
    const sql = `SELECT ${COLS} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY a.sort_ts DESC, a.rowid DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, limit + 1) as Row[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toStored), nextCursor: more && last ? encodeCursor(last.sort_ts, last.rowid) : null };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const match = toFtsQuery(query);
    if (!match) return { hits: [], total: 0 };
    return this.ranked(match, options, true);
  }

  /**
   * Ranked FTS query over `match` (already escaped), with filters. Ranking carries only rowid and
   * score through the sort (not the stored JSON), then loads the page's rows and their snippets.
   */
  private ranked(match: string, options: SearchOptions, withTotal: boolean, withSnippets = true): SearchResult {
    const limit = pageSize(options.limit);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const { where, params } = filterSql(options);
    const cond = ['articles_fts MATCH ?', ...where].join(' AND ');
    const from = 'articles_fts JOIN articles a ON a.rowid = articles_fts.rowid';
    const top = this.db
      .prepare(`SELECT articles_fts.rowid AS rowid, ${BM25} AS score FROM ${from} WHERE ${cond} ORDER BY score LIMIT ? OFFSET ?`)
      .all(match, ...params, limit, offset) as { rowid: number; score: number }[];
    const hits = top.map((t) => {
      const row = this.stmts.byRowid.get(t.rowid) as Row;
      const snip = withSnippets ? ((this.stmts.snippet.get(match, t.rowid) as string | undefined) ?? '') : '';
      return { item: toStored(row), score: t.score, snippet: snip };
    });
    const total = withTotal ? (this.db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${cond}`).get(match, ...params) as { n: number }).n : hits.length;
    return { hits, total };
  }

  sections(): Section[] {
    return this.stmts.sections.all() as Section[];
  }

  related(id: string, limit = 4): StoredArticle[] {
    const item = this.getArticle(id);
    if (!item) return [];
    const match = anyOf(keyTerms(item.article.headline, item.article.text));
    if (!match) return [];
    const skip = new Set([id, ...item.copies]);
    const hits = this.ranked(match, { limit: Math.min(100, limit + skip.size) }, false, false).hits;
    return hits.map((h) => h.item).filter((s) => !skip.has(s.article.id)).slice(0, limit);
  }

  next(id: string): StoredArticle | null {
    const row = this.stmts.byId.get(id) as Row | undefined;
    if (!row) return null;
    const n = this.stmts.next.get(row.sort_ts, row.rowid) as Row | undefined;
    return n ? toStored(n) : null;
  }

  count(): number {
    return (this.stmts.count.get() as { n: number }).n;
  }

  getMeta(key: string): string | null {
    return (this.stmts.getMeta.get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toStored(r: Row): StoredArticle {
  return {
    article: JSON.parse(r.json) as Article,
    version: r.version,
    storedAt: r.stored_at,
    firstStoredAt: r.first_stored_at,
    sortTime: new Date(r.sort_ts).toISOString(),
    sectionSlug: r.section_slug,
    copyOf: r.copy_of,
    copies: [],
  };
}

export { SNIPPET_OPEN, SNIPPET_CLOSE };
