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
  type IngestedInput,
  type ListOptions,
  type Page,
  type PutResult,
  type SearchOptions,
  type SearchResult,
  type Section,
  type Store,
  type StoredArticle,
  type StoredSummary,
} from '../store.ts';
import { toFtsQuery } from '../fts-query.ts';
import { openDatabase, type OpenOptions } from './open.ts';
import { ArticleWriter } from './put.ts';
import { decodeCursor, encodeCursor, filterSql, pageSize } from './filters.ts';
import { ARTICLE_COLS, SUMMARY_COLS, toStored, toSummary, type ArticleRow, type SummaryRow } from './rows.ts';
import { CANDIDATES, Searcher, TOTAL_CAP } from './search.ts';
import { RelatedFinder } from './related.ts';

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly writer: ArticleWriter;
  private readonly searcher: Searcher;
  private readonly relatedFinder: RelatedFinder;
  private readonly stmts;
  private localWrites = 0;
  private getInput: Database.Statement | null = null;
  private putInput: Database.Statement | null = null;

  constructor(file: string, options: OpenOptions = {}) {
    this.db = openDatabase(file, options);
    this.writer = new ArticleWriter(this.db);
    this.searcher = new Searcher(this.db, { candidates: options.searchCandidates ?? CANDIDATES, totalCap: options.searchTotalCap ?? TOTAL_CAP });
    this.relatedFinder = new RelatedFinder(this.db, !options.readonly);
    this.stmts = {
      byId: this.db.prepare(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id = ?`),
      summaryByRowid: this.db.prepare(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.rowid = ?`),
      version: this.db.prepare('SELECT version FROM articles WHERE id = ?').pluck(),
      position: this.db.prepare('SELECT rowid, sort_ts, copy_of, key_terms FROM articles WHERE id = ?'),
      copies: this.db.prepare('SELECT id FROM articles WHERE copy_of = ? ORDER BY rowid'),
      versions: this.db.prepare('SELECT version, stored_at, json FROM versions WHERE article_id = ? ORDER BY version'),
      sections: this.db.prepare('SELECT slug, name, count FROM section_counts WHERE count > 0 ORDER BY count DESC, slug'),
      next: this.db.prepare(
        `SELECT ${SUMMARY_COLS} FROM articles a WHERE +a.copy_of IS NULL AND (a.sort_ts, a.rowid) < (?, ?)
         ORDER BY a.sort_ts DESC, a.rowid DESC LIMIT 1`,
      ),
      count: this.db.prepare('SELECT count(*) AS n FROM articles'),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      getMeta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  putArticles(batch: readonly Article[], inputs: readonly IngestedInput[] = []): PutResult {
    const r = this.db.transaction(() => {
      const put = this.writer.putAll(batch);
      if (inputs.length) {
        const at = new Date().toISOString();
        this.putInput ??= this.db.prepare('INSERT OR REPLACE INTO ingested_inputs (digest, articles, ingested_at) VALUES (?, ?, ?)');
        for (const i of inputs) this.putInput.run(i.digest, i.articles, at);
      }
      return put;
    }).immediate();
    if (r.added || r.updated) this.localWrites++;
    return r;
  }

  ingestedInput(digest: string): { articles: number } | null {
    // Prepared on first use: a read-only store opened on an older schema never asks.
    this.getInput ??= this.db.prepare('SELECT articles FROM ingested_inputs WHERE digest = ?').pluck();
    const n = this.getInput.get(digest) as number | undefined;
    return n === undefined ? null : { articles: n };
  }

  /** `data_version` moves when another connection commits; `localWrites` when this one does. */
  changeToken(): number {
    return (this.stmts.dataVersion.get() as number) * 1_000_000 + this.localWrites;
  }

  getArticle(id: string): StoredArticle | null {
    const row = this.stmts.byId.get(id) as ArticleRow | undefined;
    if (!row) return null;
    const item = toStored(row);
    item.copies = (this.stmts.copies.all(item.copyOf ?? id) as { id: string }[]).map((r) => r.id).filter((c) => c !== id);
    if (item.copyOf) item.copies.unshift(item.copyOf);
    return item;
  }

  articleVersion(id: string): number | null {
    return (this.stmts.version.get(id) as number | undefined) ?? null;
  }

  getVersions(id: string): ArticleVersion[] {
    const current = this.stmts.byId.get(id) as ArticleRow | undefined;
    if (!current) return [];
    const earlier = (this.stmts.versions.all(id) as { version: number; stored_at: string; json: string }[]).map((r) => ({
      version: r.version,
      storedAt: r.stored_at,
      article: JSON.parse(r.json) as Article,
    }));
    return [...earlier, { version: current.version, storedAt: current.stored_at, article: JSON.parse(current.json) as Article }];
  }

  listArticles(options: ListOptions = {}): Page<StoredArticle> {
    return this.page(ARTICLE_COLS, options, (r: ArticleRow) => toStored(r));
  }

  listSummaries(options: ListOptions = {}): Page<StoredSummary> {
    return this.page(SUMMARY_COLS, options, (r: SummaryRow) => toSummary(r));
  }

  /** One keyset page, newest first, of the given columns. */
  private page<R extends { sort_ts: number; rowid: number }, T>(cols: string, options: ListOptions, map: (r: R) => T): Page<T> {
    const limit = pageSize(options.limit);
    const { where, params } = filterSql(options);
    if (options.cursor) {
      const c = decodeCursor(options.cursor);
      // A row-value comparison, so the planner seeks the time index instead of scanning it.
      where.push('(a.sort_ts, a.rowid) < (?, ?)');
      params.push(c.sortTs, c.rowid);
    }
    const sql = `SELECT ${cols} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY a.sort_ts DESC, a.rowid DESC LIMIT ?`;
    const rows = this.prepared(sql).all(...params, limit + 1) as R[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(map), nextCursor: more && last ? encodeCursor(last.sort_ts, last.rowid) : null };
  }

  /** Listing SQL varies only with which filters are set: a handful of shapes, each prepared once. */
  private readonly statements = new Map<string, Database.Statement>();
  private prepared(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.statements.size < 256) this.statements.set(sql, st);
    }
    return st;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const match = toFtsQuery(query);
    if (!match) return { hits: [], total: 0 };
    return this.searcher.search(match, options);
  }

  sections(): Section[] {
    return this.stmts.sections.all() as Section[];
  }

  related(id: string, limit = 4): StoredSummary[] {
    const pos = this.stmts.position.get(id) as { rowid: number; copy_of: string | null; key_terms: string | null } | undefined;
    if (!pos) return [];
    const original = pos.copy_of ?? id;
    const skip = new Set([id, original, ...(this.stmts.copies.all(original) as { id: string }[]).map((r) => r.id)]);
    const out: StoredSummary[] = [];
    for (const rowid of this.relatedFinder.rowids(pos.rowid, pos.key_terms)) {
      const row = this.stmts.summaryByRowid.get(rowid) as SummaryRow | undefined;
      if (!row || row.copy_of || skip.has(row.id)) continue;
      out.push(toSummary(row));
      if (out.length >= limit) break;
    }
    return out;
  }

  next(id: string): StoredSummary | null {
    const pos = this.stmts.position.get(id) as { rowid: number; sort_ts: number } | undefined;
    if (!pos) return null;
    const n = this.stmts.next.get(pos.sort_ts, pos.rowid) as SummaryRow | undefined;
    return n ? toSummary(n) : null;
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

export { SNIPPET_OPEN, SNIPPET_CLOSE };
