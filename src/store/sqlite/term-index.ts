/**
 * The related-story term index: postings (term → article, `article_terms`) and document
 * frequencies (term → how many articles list it as salient, `terms`).
 *
 * Written for ingest speed, where each statement call costs microseconds. Postings go in with
 * one statement per article over a JSON list.
 * Document frequencies change for ~32 terms per article, scattered across the `terms` table, so
 * updating them per article (one upsert each, or one multi-row upsert, which also copies every
 * page it touches to a statement journal) cost more than the rest of the index; instead the
 * changes are summed here and written once per batch (`flush`, inside the same transaction),
 * and lookups add the pending changes, so every article sees exactly the frequencies it would
 * have seen had each been written at once.
 */
import type Database from 'better-sqlite3';

/** Document frequencies of some terms, and how many articles the store holds. */
export type DfLookup = (terms: string[]) => { total: number; counts: Map<string, number> };

export class TermIndex {
  private readonly post;
  private readonly unpost;
  private readonly lookup;
  private readonly write;
  private readonly recount;
  private readonly added;
  /** df changes not yet written to `terms`. */
  private readonly pending = new Map<string, number>();
  /**
   * df values read from `terms` since the last write to it (0 for a term it lacks). Within a
   * write transaction nothing else changes them, and a batch's articles share many candidate
   * words, so most lookups are answered here. Cleared whenever `terms` is written.
   */
  private readonly known = new Map<string, number>();

  constructor(db: Database.Database) {
    this.post = db.prepare('INSERT OR IGNORE INTO article_terms (term, article_rowid) SELECT value, ? FROM json_each(?)');
    this.unpost = db.prepare('DELETE FROM article_terms WHERE article_rowid = ? AND term IN (SELECT value FROM json_each(?))');
    // One JSON value back instead of a row object per term: building rows was most of the cost.
    // json_each drives the join: one index seek per term, however big `terms` grows.
    this.lookup = db
      .prepare('SELECT json_group_array(json_array(j.value, t.df)) FROM json_each(?) AS j CROSS JOIN terms AS t ON t.term = j.value')
      .pluck();
    this.write = db.prepare(
      'INSERT INTO terms (term, df) SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true ON CONFLICT(term) DO UPDATE SET df = df + excluded.df',
    );
    this.recount = db.prepare(
      `INSERT INTO terms (term, df) SELECT j.value, (SELECT count(*) FROM article_terms AS p WHERE p.term = j.value) FROM json_each(?) AS j
       WHERE true ON CONFLICT(term) DO UPDATE SET df = excluded.df`,
    );
    this.added = db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'added-total'").pluck();
  }

  /**
   * A term's df counts its postings, so it moves only for postings actually inserted or
   * deleted. When every posting was (the normal case: a new article, or one whose old
   * postings were just removed) the change is known without asking; otherwise the touched
   * terms are recounted from their postings.
   */
  private changed(terms: readonly string[], json: string, changes: number, by: number): void {
    const unique = new Set(terms);
    if (changes === unique.size) {
      for (const t of unique) this.pending.set(t, (this.pending.get(t) ?? 0) + by);
      return;
    }
    this.flush();
    this.recount.run(json);
    this.known.clear();
  }

  add(rowid: number, terms: readonly string[]): void {
    if (!terms.length) return;
    const json = JSON.stringify(terms);
    this.changed(terms, json, this.post.run(rowid, json).changes, 1);
  }

  remove(rowid: number, terms: readonly string[]): void {
    if (!terms.length) return;
    const json = JSON.stringify(terms);
    this.changed(terms, json, this.unpost.run(rowid, json).changes, -1);
  }

  /** Write the pending document frequencies. Call before the transaction commits. */
  flush(): void {
    this.known.clear();
    if (!this.pending.size) return;
    this.write.run(JSON.stringify([...this.pending]));
    this.pending.clear();
  }

  /** Forget pending changes and read values (the transaction they belonged to rolled back). */
  discard(): void {
    this.pending.clear();
    this.known.clear();
  }

  /**
   * Document frequencies as they stand, pending changes included. `total` overrides reading
   * the store's article count per call (a writer knows it per batch).
   */
  dfLookup(total?: () => number): DfLookup {
    const count = total ?? (() => Number(this.added.get() ?? 0));
    return (terms) => {
      const missing = terms.filter((t) => !this.known.has(t));
      if (missing.length) {
        for (const t of missing) this.known.set(t, 0);
        for (const [t, df] of JSON.parse(this.lookup.get(JSON.stringify(missing)) as string) as [string, number][]) this.known.set(t, df);
      }
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, this.known.get(t)! + (this.pending.get(t) ?? 0));
      return { total: count(), counts };
    };
  }
}
