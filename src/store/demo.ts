/**
 * The bundled demo database: `demo/` ingested into one SQLite file, rebuilt only when the demo
 * files, the schema, or the extraction code changed (a hash of those is kept in `meta`).
 * Rebuilt into a temporary file and renamed into place, so a reader never sees half of it.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import { SCHEMA_VERSION } from './sqlite/migrations.ts';
import { ingest, type IngestSummary } from './ingest.ts';
import { readInputs } from '../capture/read.ts';
import { codeFiles, hashFiles } from './extractor-id.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_DIR = join(REPO, 'demo');
/** Code whose changes change what the demo database would hold. */
const CODE_DIRS = ['src/capture', 'src/parse', 'src/extract', 'src/model', 'src/store'].map((d) => join(REPO, d));

/** Hash of the demo corpus, the schema version and the extraction code. */
export function demoHash(demoDir = DEMO_DIR): string {
  return hashFiles(REPO, [...codeFiles(demoDir), ...CODE_DIRS.flatMap(codeFiles)], `schema:${SCHEMA_VERSION}\n`);
}

function currentHash(file: string): string | null {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  try {
    const s = new SqliteStore(file);
    try {
      return s.getMeta('demo-hash');
    } finally {
      s.close();
    }
  } catch {
    return null;
  }
}

export interface DemoBuild {
  file: string;
  rebuilt: boolean;
  summary: IngestSummary | null;
}

/** Make sure `file` holds the current demo corpus; rebuild it if anything changed. */
export async function ensureDemoDatabase(file: string, demoDir = DEMO_DIR): Promise<DemoBuild> {
  const hash = demoHash(demoDir);
  if (currentHash(file) === hash) return { file, rebuilt: false, summary: null };
  const tmp = `${file}.building-${process.pid}`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(tmp);
  let summary: IngestSummary;
  try {
    summary = await ingest(store, readInputs([demoDir]), { batchSize: 100 });
    store.setMeta('demo-hash', hash);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
  for (const f of [`${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, file);
  rmSync(`${tmp}-wal`, { force: true });
  rmSync(`${tmp}-shm`, { force: true });
  return { file, rebuilt: true, summary };
}
