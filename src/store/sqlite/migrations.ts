/**
 * Schema migrations, applied in order at open time inside one write transaction. The applied
 * version lives in `schema_version`; a database from a newer Dateline is refused, not guessed at.
 */
import type Database from 'better-sqlite3';
import { DatelineError } from '../../model/errors.ts';

interface Migration {
  version: number;
  /** Why this migration exists, for whoever reads the schema history. */
  why: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'articles with their searchable columns, earlier versions, authors, LSH bands for copies, FTS5 index',
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        headline TEXT,
        description TEXT,
        text TEXT NOT NULL,
        authors TEXT NOT NULL,
        section TEXT,
        section_slug TEXT,
        site TEXT,
        host TEXT,
        sort_ts INTEGER NOT NULL,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        first_stored_at TEXT NOT NULL,
        copy_of TEXT,
        signature BLOB,
        json TEXT NOT NULL
      );
      CREATE INDEX articles_by_time ON articles(sort_ts DESC, rowid DESC);
      CREATE INDEX articles_by_section ON articles(section_slug, sort_ts DESC, rowid DESC);
      CREATE INDEX articles_by_site ON articles(site);
      CREATE INDEX articles_by_host ON articles(host);
      CREATE INDEX articles_by_copy ON articles(copy_of);
      CREATE TABLE article_authors (
        author TEXT NOT NULL COLLATE NOCASE,
        article_rowid INTEGER NOT NULL,
        PRIMARY KEY (author, article_rowid)
      ) WITHOUT ROWID;
      CREATE TABLE versions (
        article_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
      ) WITHOUT ROWID;
      CREATE TABLE lsh_bands (
        band_key TEXT NOT NULL,
        article_rowid INTEGER NOT NULL,
        PRIMARY KEY (band_key, article_rowid)
      ) WITHOUT ROWID;
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, description, text, authors,
        content='articles', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

function currentVersion(db: Database.Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Bring the schema up to date; returns the migrations applied (empty when already current). */
export function migrate(db: Database.Database): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)');
    const have = currentVersion(db);
    if (have > SCHEMA_VERSION) {
      throw new DatelineError(
        'store.open-failed',
        `The database has schema version ${have}, newer than this Dateline knows (${SCHEMA_VERSION}); upgrade Dateline.`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= have) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}
