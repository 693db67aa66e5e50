/**
 * Writing articles: idempotent (same content → nothing new), versioned (changed content moves
 * the old JSON to `versions`), and copy-aware (near-identical text from another page is linked
 * to the first stored story through MinHash/LSH). Runs inside the caller's transaction.
 *
 * Ingest speed comes from statement calls more than from SQL work: each call into SQLite costs
 * a few microseconds, so an article's bands, terms and authors are written with one statement
 * each over a JSON list (json_each), not one per value; term frequencies are summed over the
 * batch (see term-index.ts), and the full-text index is written last for the whole batch (see
 * `writeFts`).
 */
import type Database from 'better-sqlite3';
import type { Article } from '../../model/article.ts';
import type { PutResult, PutStatus } from '../store.ts';
import { COPY_THRESHOLD, signatureFromBytes, signatureToBytes, similarity } from '../fingerprint.ts';
import { slugify } from '../slug.ts';
import { facetsOf } from './facets.ts';
import { splitTerms, termsOf } from './derived.ts';
import { TermIndex, type DfLookup } from './term-index.ts';
import { prepareArticle, preparedFor, prepareHash } from './prepare.ts';

export { contentHash } from './serialize.ts';

function hostOf(a: Article): string | null {
  for (const u of [a.canonicalUrl, a.url]) {
    if (!u) continue;
    try {
      return new URL(u).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      /* not a URL: try the next */
    }
  }
  return null;
}

/** The story's time for ordering: its published time when parseable, else when first stored. */
function sortTime(a: Article, fallbackMs: number): number {
  const t = a.published ? Date.parse(a.published) : NaN;
  return Number.isFinite(t) ? t : fallbackMs;
}

/** Searchable columns of an article row, as the full-text index reads them. */
interface FtsColumns {
  headline: string | null;
  description: string | null;
  text: string;
  authors: string;
  facets: string;
}

interface ExistingRow extends FtsColumns {
  rowid: number;
  version: number;
  content_hash: string;
  stored_at: string;
  json: string;
  first_stored_at: string;
  copy_of: string | null;
  key_terms: string | null;
}

/** One article's change to the full-text index: remove its old entry (if any), add the new one. */
interface FtsWrite {
  rowid: number;
  old: FtsColumns | null;
  row: FtsColumns;
}

interface Candidate {
  rowid: number;
  id: string;
  copy_of: string | null;
  signature: Buffer | null;
}

const COLS =
  'id, headline, description, text, authors, section, section_slug, site, host, sort_ts, version, content_hash, stored_at, first_stored_at, copy_of, signature, json, summary, key_terms, facets';

export class ArticleWriter {
  private readonly hashOf;
  private readonly find;
  private readonly insert;
  private readonly update;
  private readonly ftsInsert;
  private readonly ftsDelete;
  private readonly versionInsert;
  private readonly authorsDelete;
  private readonly authorsInsert;
  private readonly bandsDelete;
  private readonly bandsInsert;
  private readonly candidates;
  private readonly terms: TermIndex;
  private readonly addedTotal;
  private readonly countAdded;
  private readonly df: DfLookup;
  /** The store's article count as of this batch's start: what term rarity is measured against. */
  private batchTotal = 0;

  constructor(db: Database.Database) {
    // What tells an unchanged article (most of a re-ingest) apart, without reading its big columns.
    this.hashOf = db.prepare('SELECT content_hash, copy_of FROM articles WHERE id = ?');
    this.find = db.prepare(
      'SELECT rowid, version, content_hash, stored_at, json, headline, description, text, authors, first_stored_at, copy_of, key_terms, facets FROM articles WHERE id = ?',
    );
    this.insert = db.prepare(`INSERT INTO articles (${COLS}) VALUES (${COLS.split(', ').map((c) => '@' + c).join(', ')})`);
    this.update = db.prepare(
      `UPDATE articles SET ${COLS.split(', ').filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    );
    this.ftsInsert = db.prepare('INSERT INTO articles_fts (rowid, headline, description, text, authors, facets) VALUES (?, ?, ?, ?, ?, ?)');
    this.ftsDelete = db.prepare(
      "INSERT INTO articles_fts (articles_fts, rowid, headline, description, text, authors, facets) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
    );
    this.versionInsert = db.prepare('INSERT OR IGNORE INTO versions (article_id, version, stored_at, json) VALUES (?, ?, ?, ?)');
    this.authorsDelete = db.prepare('DELETE FROM article_authors WHERE article_rowid = ?');
    this.authorsInsert = db.prepare('INSERT OR IGNORE INTO article_authors (author, article_rowid) SELECT value, ? FROM json_each(?)');
    this.bandsDelete = db.prepare('DELETE FROM lsh_bands WHERE article_rowid = ?');
    this.bandsInsert = db.prepare('INSERT OR IGNORE INTO lsh_bands (band_key, article_rowid) SELECT value, ? FROM json_each(?)');
    // json_each drives the join: one seek per band key into the bands index.
    this.candidates = db.prepare(
      `SELECT DISTINCT a.rowid, a.id, a.copy_of, a.signature FROM json_each(?) AS k CROSS JOIN lsh_bands AS b ON b.band_key = k.value
       JOIN articles AS a ON a.rowid = b.article_rowid WHERE a.id <> ?`,
    );
    this.terms = new TermIndex(db);
    this.df = this.terms.dfLookup(() => this.batchTotal);
    this.addedTotal = db.prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'added-total'").pluck();
    this.countAdded = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + CAST(? AS INTEGER) WHERE key = 'added-total'");
  }

  /** Store a batch; the caller wraps this in a transaction. */
  putAll(batch: readonly Article[]): PutResult {
    const result: PutResult = { added: 0, unchanged: 0, updated: 0, linkedCopies: 0, statuses: [] };
    this.batchTotal = Number(this.addedTotal.get() ?? 0);
    const fts: FtsWrite[] = [];
    try {
      for (const article of batch) {
        const { status, copyOf } = this.put(article, fts);
        result[status]++;
        if (status === 'added' && copyOf) result.linkedCopies++;
        result.statuses.push({ id: article.id, status, copyOf });
      }
      this.terms.flush();
    } catch (e) {
      this.terms.discard(); // the caller's transaction rolls back: so must the pending counts
      throw e;
    }
    this.writeFts(fts);
    // Cached related-story lists go stale by how many stories arrived since (see related.ts).
    if (result.added) this.countAdded.run(result.added);
    return result;
  }

  /**
   * The batch's full-text writes, last and back to back. FTS5 flushes its pending in-memory
   * index to a new segment whenever a statement opens a savepoint (an insert into a table with
   * triggers does), so interleaving these with the row writes made one small segment per
   * article and kept the merger busy: most of an article's insert cost. Written together,
   * they flush once per batch (or per megabyte of pending index).
   */
  private writeFts(writes: readonly FtsWrite[]): void {
    for (const w of writes) {
      const o = w.old;
      if (o) this.ftsDelete.run(w.rowid, o.headline, o.description, o.text, o.authors, o.facets);
      const n = w.row;
      this.ftsInsert.run(w.rowid, n.headline, n.description, n.text, n.authors, n.facets);
    }
  }

  private put(article: Article, fts: FtsWrite[]): { status: PutStatus; copyOf: string | null } {
    const ready = preparedFor(article);
    const serialized = ready ?? prepareHash(article);
    const stored = this.hashOf.get(article.id) as { content_hash: string; copy_of: string | null } | undefined;
    if (stored && stored.content_hash === serialized.hash) return { status: 'unchanged', copyOf: stored.copy_of };
    const existing = stored ? (this.find.get(article.id) as ExistingRow) : undefined;
    const p = ready ?? prepareArticle(article, serialized);
    const now = new Date();
    const sig = p.signature;
    const copyOf = existing ? existing.copy_of : this.findCopyOf(article.id, sig, p.bandKeys);
    const terms = termsOf(article, this.df, p.termCandidates);
    const row = {
      id: article.id,
      headline: article.headline,
      description: article.description,
      text: article.text,
      authors: article.authors.join('\n'),
      section: article.section,
      section_slug: article.section ? slugify(article.section) || null : null,
      site: article.siteName ? article.siteName.toLowerCase() : null,
      host: hostOf(article),
      sort_ts: sortTime(article, existing ? Date.parse(existing.first_stored_at) : now.getTime()),
      version: existing ? existing.version + 1 : 1,
      content_hash: p.hash,
      stored_at: now.toISOString(),
      first_stored_at: existing ? existing.first_stored_at : now.toISOString(),
      copy_of: copyOf,
      signature: sig ? signatureToBytes(sig) : null,
      json: p.json,
      summary: p.summary,
      key_terms: terms.join(' '),
      facets: '',
    };
    row.facets = facetsOf(row);
    let rowid: number;
    if (existing) {
      this.versionInsert.run(article.id, existing.version, existing.stored_at, existing.json);
      this.update.run(row);
      rowid = existing.rowid;
      this.authorsDelete.run(rowid);
      this.bandsDelete.run(rowid);
      this.terms.remove(rowid, splitTerms(existing.key_terms));
    } else {
      rowid = Number(this.insert.run(row).lastInsertRowid);
    }
    if (article.authors.length) this.authorsInsert.run(rowid, JSON.stringify(article.authors.map((a) => a.trim())));
    if (p.bandKeys.length) this.bandsInsert.run(rowid, JSON.stringify(p.bandKeys));
    this.terms.add(rowid, terms);
    fts.push({ rowid, old: existing ?? null, row });
    return { status: existing ? 'updated' : 'added', copyOf };
  }

  /**
   * The id of the first stored story this text nearly equals, following copies to their
   * original: the most similar candidate, the earliest stored of equally similar ones.
   */
  private findCopyOf(id: string, sig: Uint32Array | null, keys: readonly string[]): string | null {
    if (!sig) return null;
    let best: { id: string; sim: number; rowid: number } | null = null;
    for (const c of this.candidates.all(JSON.stringify(keys), id) as Candidate[]) {
      if (!c.signature) continue;
      const sim = similarity(sig, signatureFromBytes(c.signature));
      if (sim >= COPY_THRESHOLD && (!best || sim > best.sim || (sim === best.sim && c.rowid < best.rowid))) best = { id: c.copy_of ?? c.id, sim, rowid: c.rowid };
    }
    return best?.id ?? null;
  }
}
