/**
 * Related stories by content: two stories are related by the salient words they share, each
 * word weighted by how rare it is (idf over the `terms` document frequencies). Only the
 * article's rarest shared words are looked up, and each posting list is read to a bound, so one
 * computation costs a few index range reads however big the store is — no FTS query per page.
 * Results are cached in `related_cache` and recomputed once enough new stories have arrived.
 */
import type Database from 'better-sqlite3';
import { splitTerms } from './derived.ts';

/** Words looked up per article: its rarest shared salient words. */
const QUERY_TERMS = 12;
/** Postings read per word; a word this common weighs little anyway (low idf). */
const POSTINGS_PER_TERM = 300;
/** Candidates kept in the cache, more than a page shows, so copies can be dropped at read time. */
const KEEP = 12;

export class RelatedFinder {
  private readonly cacheGet;
  private readonly cachePut;
  private readonly added;
  private readonly dfs;
  private readonly postings;

  constructor(
    private readonly db: Database.Database,
    private readonly writable: boolean,
  ) {
    this.cacheGet = db.prepare('SELECT ids, mark FROM related_cache WHERE article_rowid = ?');
    this.cachePut = db.prepare('INSERT OR REPLACE INTO related_cache (article_rowid, ids, mark) VALUES (?, ?, ?)');
    this.added = db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'added-total'").pluck();
    this.dfs = db.prepare('SELECT term, df FROM terms WHERE term IN (SELECT value FROM json_each(?))');
    this.postings = db.prepare('SELECT article_rowid FROM article_terms WHERE term = ? ORDER BY article_rowid DESC LIMIT ?').pluck();
  }

  /** Stories arrived since `mark` that make a cached list stale: 10% of the store, at least 20. */
  private fresh(mark: number, now: number): boolean {
    return now - mark <= Math.max(20, Math.floor(now * 0.1));
  }

  /** Ranked rowids of stories related to the article at `rowid` (best first), cached. */
  rowids(rowid: number, keyTerms: string | null): number[] {
    const now = Number(this.added.get() ?? 0);
    const hit = this.cacheGet.get(rowid) as { ids: string; mark: number } | undefined;
    if (hit && this.fresh(hit.mark, now)) return JSON.parse(hit.ids) as number[];
    const ids = this.compute(rowid, splitTerms(keyTerms), Math.max(now, 1));
    if (this.writable) this.remember(rowid, ids, now);
    return ids;
  }

  private compute(rowid: number, terms: string[], total: number): number[] {
    if (!terms.length) return [];
    const df = this.dfs.all(JSON.stringify(terms)) as { term: string; df: number }[];
    // df counts this article too: a word only it has relates it to nothing.
    const shared = df.filter((t) => t.df >= 2).sort((a, b) => a.df - b.df || (a.term < b.term ? -1 : 1)).slice(0, QUERY_TERMS);
    const score = new Map<number, number>();
    for (const t of shared) {
      // Squared idf: one shared rare word (a name, a place) should outweigh several shared common ones.
      const idf = Math.log(1 + total / t.df) ** 2;
      for (const other of this.postings.all(t.term, POSTINGS_PER_TERM) as number[]) {
        if (other !== rowid) score.set(other, (score.get(other) ?? 0) + idf);
      }
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, KEEP)
      .map(([id]) => id);
  }

  /**
   * Store a computed list without ever waiting: a page view must not queue behind an ingest
   * holding the write lock, so a busy database just means the list is computed again next time.
   */
  private remember(rowid: number, ids: number[], mark: number): void {
    const wait = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.cachePut.run(rowid, JSON.stringify(ids), mark);
    } catch {
      /* busy or read-only: the cache is an optimisation */
    } finally {
      this.db.pragma(`busy_timeout = ${Number(wait) || 0}`);
    }
  }
}
