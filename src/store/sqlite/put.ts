/**
 * Writing articles: idempotent (same content → nothing new), versioned (changed content moves
 * the old JSON to `versions`), and copy-aware (near-identical text from another page is linked
 * to the first stored story through MinHash/LSH). Runs inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.ts';
import type { PutResult, PutStatus } from '../store.ts';
import { bandKeys, COPY_THRESHOLD, fingerprint, signatureFromBytes, signatureToBytes, similarity } from '../fingerprint.ts';
import { slugify } from '../slug.ts';
import { facetsOf } from './facets.ts';
import { dfLookup, splitTerms, summaryOf, TermIndex, termsOf, type DfLookup } from './derived.ts';

/** Hash of what the article says; `messages` and `provenance` describe extraction, not content. */
export function contentHash(a: Article): string {
  const { messages: _m, provenance: _p, ...content } = a;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

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

interface ExistingRow {
  rowid: number;
  version: number;
  content_hash: string;
  stored_at: string;
  json: string;
  headline: string | null;
  description: string | null;
  text: string;
  authors: string;
  first_stored_at: string;
  copy_of: string | null;
  key_terms: string | null;
  facets: string;
}

export class ArticleWriter {
  private readonly find;
  private readonly insert;
  private readonly update;
  private readonly ftsInsert;
  private readonly ftsDelete;
  private readonly versionInsert;
  private readonly authorsDelete;
  private readonly authorInsert;
  private readonly bandsDelete;
  private readonly bandInsert;
  private readonly candidates;
  private readonly terms: TermIndex;
  private readonly countAdded;
  private readonly df: DfLookup;

  constructor(private readonly db: Database.Database) {
    this.find = db.prepare(
      'SELECT rowid, version, content_hash, stored_at, json, headline, description, text, authors, first_stored_at, copy_of, key_terms, facets FROM articles WHERE id = ?',
    );
    const cols =
      'id, headline, description, text, authors, section, section_slug, site, host, sort_ts, version, content_hash, stored_at, first_stored_at, copy_of, signature, json, summary, key_terms, facets';
    this.insert = db.prepare(`INSERT INTO articles (${cols}) VALUES (${cols.split(', ').map((c) => '@' + c).join(', ')})`);
    this.update = db.prepare(
      `UPDATE articles SET ${cols.split(', ').filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    );
    this.ftsInsert = db.prepare('INSERT INTO articles_fts (rowid, headline, description, text, authors, facets) VALUES (?, ?, ?, ?, ?, ?)');
    this.ftsDelete = db.prepare(
      "INSERT INTO articles_fts (articles_fts, rowid, headline, description, text, authors, facets) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
    );
    this.versionInsert = db.prepare('INSERT OR IGNORE INTO versions (article_id, version, stored_at, json) VALUES (?, ?, ?, ?)');
    this.authorsDelete = db.prepare('DELETE FROM article_authors WHERE article_rowid = ?');
    this.authorInsert = db.prepare('INSERT OR IGNORE INTO article_authors (author, article_rowid) VALUES (?, ?)');
    this.bandsDelete = db.prepare('DELETE FROM lsh_bands WHERE article_rowid = ?');
    this.bandInsert = db.prepare('INSERT OR IGNORE INTO lsh_bands (band_key, article_rowid) VALUES (?, ?)');
    this.candidates = db.prepare(
      `SELECT DISTINCT a.id, a.copy_of, a.signature FROM lsh_bands b JOIN articles a ON a.rowid = b.article_rowid
       WHERE b.band_key IN (SELECT value FROM json_each(?)) AND a.id <> ?`,
    );
    this.terms = new TermIndex(db);
    this.df = dfLookup(db);
    this.countAdded = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + CAST(? AS INTEGER) WHERE key = 'added-total'");
  }

  /** Store a batch; the caller wraps this in a transaction. */
  putAll(batch: readonly Article[]): PutResult {
    const result: PutResult = { added: 0, unchanged: 0, updated: 0, linkedCopies: 0, statuses: [] };
    for (const article of batch) {
      const { status, copyOf } = this.put(article);
      result[status]++;
      if (status === 'added' && copyOf) result.linkedCopies++;
      result.statuses.push({ id: article.id, status, copyOf });
    }
    // Cached related-story lists go stale by how many stories arrived since (see related.ts).
    if (result.added) this.countAdded.run(result.added);
    return result;
  }

  private put(article: Article): { status: PutStatus; copyOf: string | null } {
    const hash = contentHash(article);
    const existing = this.find.get(article.id) as ExistingRow | undefined;
    if (existing && existing.content_hash === hash) return { status: 'unchanged', copyOf: existing.copy_of };
    const now = new Date();
    const sig = fingerprint(article.text);
    const keys = sig ? bandKeys(sig) : [];
    const copyOf = existing ? existing.copy_of : this.findCopyOf(article.id, sig, keys);
    const terms = termsOf(article, this.df);
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
      content_hash: hash,
      stored_at: now.toISOString(),
      first_stored_at: existing ? existing.first_stored_at : now.toISOString(),
      copy_of: copyOf,
      signature: sig ? signatureToBytes(sig) : null,
      json: JSON.stringify(article),
      summary: JSON.stringify(summaryOf(article)),
      key_terms: terms.join(' '),
      facets: '',
    };
    row.facets = facetsOf(row);
    let rowid: number;
    if (existing) {
      this.versionInsert.run(article.id, existing.version, existing.stored_at, existing.json);
      this.ftsDelete.run(existing.rowid, existing.headline, existing.description, existing.text, existing.authors, existing.facets);
      this.update.run(row);
      rowid = existing.rowid;
      this.authorsDelete.run(rowid);
      this.bandsDelete.run(rowid);
      this.terms.remove(rowid, splitTerms(existing.key_terms));
    } else {
      rowid = Number(this.insert.run(row).lastInsertRowid);
    }
    this.ftsInsert.run(rowid, row.headline, row.description, row.text, row.authors, row.facets);
    for (const a of article.authors) this.authorInsert.run(a.trim(), rowid);
    for (const k of keys) this.bandInsert.run(k, rowid);
    this.terms.add(rowid, terms);
    return { status: existing ? 'updated' : 'added', copyOf };
  }

  /** The id of the first stored story this text nearly equals, following copies to their original. */
  private findCopyOf(id: string, sig: Uint32Array | null, keys: string[]): string | null {
    if (!sig) return null;
    let best: { id: string; sim: number } | null = null;
    for (const c of this.candidates.all(JSON.stringify(keys), id) as { id: string; copy_of: string | null; signature: Buffer | null }[]) {
      if (!c.signature) continue;
      const sim = similarity(sig, signatureFromBytes(c.signature));
      if (sim >= COPY_THRESHOLD && (!best || sim > best.sim)) best = { id: c.copy_of ?? c.id, sim };
    }
    return best?.id ?? null;
  }
}
