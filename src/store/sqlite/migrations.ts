/**
 * Schema migrations, applied in order at open time inside one write transaction. The applied
 * version lives in `schema_version`; a database from a newer Dateline is refused, not guessed at.
 */
import type Database from 'better-sqlite3';
import { DatelineError } from '../../model/errors.ts';
import { backfillDerived } from './derived.ts';
import { facetsOf } from './facets.ts';

interface Migration {
  version: number;
  /** Why this migration exists, for whoever reads the schema history. */
  why: string;
  sql: string;
  /** Work SQL cannot do (derived columns computed in TypeScript), run after `sql` in the same transaction. */
  run?: (db: Database.Database) => void;
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
  {
    version: 2,
    why:
      'speed at scale: a listing summary per article (no full JSON parse for lists), section counts kept by ' +
      'triggers (no GROUP BY over every row), salient terms with document frequencies for related stories ' +
      '(no FTS query per page view), a cache of related ids; ' +
      'fingerprints recomputed (word-hash shingles)',
    sql: `
      ALTER TABLE articles ADD COLUMN summary TEXT;
      ALTER TABLE articles ADD COLUMN key_terms TEXT;
      CREATE TABLE section_counts (slug TEXT PRIMARY KEY, name TEXT NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO section_counts (slug, name, count)
        SELECT section_slug, min(section), count(*) FROM articles
        WHERE section_slug IS NOT NULL AND copy_of IS NULL GROUP BY section_slug;
      CREATE TRIGGER articles_sections_insert AFTER INSERT ON articles
        WHEN new.section_slug IS NOT NULL AND new.copy_of IS NULL
      BEGIN
        INSERT INTO section_counts (slug, name, count) VALUES (new.section_slug, new.section, 1)
          ON CONFLICT(slug) DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER articles_sections_delete AFTER DELETE ON articles
        WHEN old.section_slug IS NOT NULL AND old.copy_of IS NULL
      BEGIN
        UPDATE section_counts SET count = count - 1 WHERE slug = old.section_slug;
        DELETE FROM section_counts WHERE slug = old.section_slug AND count <= 0;
      END;
      CREATE TRIGGER articles_sections_update AFTER UPDATE OF section_slug, copy_of ON articles
      BEGIN
        UPDATE section_counts SET count = count - 1
          WHERE old.section_slug IS NOT NULL AND old.copy_of IS NULL AND slug = old.section_slug;
        DELETE FROM section_counts WHERE slug = old.section_slug AND count <= 0;
        INSERT INTO section_counts (slug, name, count)
          SELECT new.section_slug, new.section, 1 WHERE new.section_slug IS NOT NULL AND new.copy_of IS NULL
          ON CONFLICT(slug) DO UPDATE SET count = count + 1;
      END;
      CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE article_terms (
        term TEXT NOT NULL,
        article_rowid INTEGER NOT NULL,
        PRIMARY KEY (term, article_rowid)
      ) WITHOUT ROWID;
      CREATE TABLE related_cache (article_rowid INTEGER PRIMARY KEY, ids TEXT NOT NULL, mark INTEGER NOT NULL);
      INSERT INTO meta (key, value) VALUES ('added-total', (SELECT count(*) FROM articles))
        ON CONFLICT(key) DO NOTHING;
    `,
    run: (db) => backfillDerived(db),
  },
  {
    version: 3,
    why:
      'filters inside the full-text index: section, site, author, month and copy markers as tokens of a ' +
      'facets column (see facets.ts), so a filtered search intersects doclists instead of joining every match; ' +
      'prefix indexes for 3- and 4-letter prefixes, which otherwise merge the doclists of thousands of words',
    sql: `
      ALTER TABLE articles ADD COLUMN facets TEXT NOT NULL DEFAULT '';
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, description, text, authors, facets,
        content='articles', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2',
        prefix='3 4'
      );
    `,
    run: (db) => {
      db.function('dateline_facets', { deterministic: true }, (section_slug, site, host, authors, copy_of, sort_ts) =>
        facetsOf({ section_slug, site, host, authors: String(authors ?? ''), copy_of, sort_ts: Number(sort_ts) } as Parameters<typeof facetsOf>[0]),
      );
      db.exec('UPDATE articles SET facets = dateline_facets(section_slug, site, host, authors, copy_of, sort_ts)');
      db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')");
    },
  },
  {
    version: 4,
    why:
      'date filters in search: each article\'s story time in a narrow table of its own, so checking a date bound ' +
      'for a match reads one small row instead of walking the article row (its text and JSON span overflow pages); ' +
      'kept by triggers',
    sql: `
      CREATE TABLE article_times (article_rowid INTEGER PRIMARY KEY, sort_ts INTEGER NOT NULL);
      INSERT INTO article_times (article_rowid, sort_ts) SELECT rowid, sort_ts FROM articles;
      CREATE TRIGGER articles_times_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_times (article_rowid, sort_ts) VALUES (new.rowid, new.sort_ts);
      END;
      CREATE TRIGGER articles_times_update AFTER UPDATE OF sort_ts ON articles BEGIN
        UPDATE article_times SET sort_ts = new.sort_ts WHERE article_rowid = new.rowid;
      END;
      CREATE TRIGGER articles_times_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_times WHERE article_rowid = old.rowid;
      END;
    `,
  },
  {
    version: 5,
    why:
      'inputs already ingested, keyed by a hash of their bytes, the extraction options and the extractor code: a ' +
      'later ingest of the same input skips extracting it again (written in the same transaction as its articles)',
    sql: `
      CREATE TABLE ingested_inputs (
        digest TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
      ) WITHOUT ROWID;
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
      m.run?.(db);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}
