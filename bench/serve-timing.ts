/**
 * The in-process parts of `npm run bench:serve`: search latency over a large synthetic store,
 * and ingest throughput end to end from local files (with the share of time per stage).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { corpusArticles, corpusQueries, rng } from '../src/store/synthetic.ts';
import { ingest } from '../src/store/ingest.ts';
import { readInputs } from '../src/capture/read.ts';

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const fmt = (n: number) => n.toFixed(1).padStart(6);

/** Fill `file` to `count` corpus articles (reused across runs), then time ranked queries. */
export function searchTiming(file: string, count: number, queries = 300): void {
  const store = new SqliteStore(file);
  const t0 = performance.now();
  for (let start = store.count() + 1; start <= count; start += 1000) {
    store.putArticles(corpusArticles(Math.min(1000, count - start + 1), start));
    if (start % 20_000 === 1) process.stderr.write(`  filling the search store: ${start - 1}/${count}…\n`);
  }
  if (performance.now() - t0 > 1000) console.log(`(filled the search store to ${store.count()} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  const r = rng(7);
  const sections = store.sections().map((s) => s.slug);
  const plain = corpusQueries(queries, count);
  const runs: Record<string, number[]> = { 'no filter': [], 'with a filter': [] };
  let hits = 0;
  for (const [i, q] of plain.entries()) {
    let t = performance.now();
    hits += store.search(q, { limit: 10 }).hits.length;
    runs['no filter'].push(performance.now() - t);
    // Every other query again with one filter: a section, an author's family name, or a date window.
    if (i % 2) continue;
    const f = [{ section: sections[Math.floor(r() * sections.length)] }, { since: '2024-06-01', until: '2024-09-01' }, { site: 'dailyledger.example' }][i % 3];
    t = performance.now();
    store.search(q, { limit: 10, ...f });
    runs['with a filter'].push(performance.now() - t);
  }
  for (const [name, xs] of Object.entries(runs)) {
    xs.sort((a, b) => a - b);
    console.log(
      `search over ${store.count()} (${name.padEnd(13)}) p50 ${fmt(pct(xs, 0.5))} ms  p95 ${fmt(pct(xs, 0.95))} ms  p99 ${fmt(pct(xs, 0.99))} ms  (${xs.length} queries: top 10 + total + snippets)`,
    );
  }
  if (!hits) console.log('  warning: the queries found nothing');
  store.close();
}

/** Copy `src`'s readable files into a temp dir until it holds `want` files (distinct names). */
function duplicate(src: string, want: number): { dir: string; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-bench-'));
  let files = 0;
  for (let round = 0; files < want; round++) {
    for (const name of readdirSync(src)) {
      if (files >= want) break;
      const from = join(src, name);
      if (!statSync(from).isDirectory()) continue;
      cpSync(from, join(dir, `r${round}`, name), { recursive: true });
      files += readdirSync(from).filter((f) => /\.(html?|txt)$/.test(f)).length;
    }
  }
  return { dir, files };
}

/** Ingest the demo pages, duplicated to `want` files, into a fresh database; print pages/s and the split. */
export async function ingestTiming(demo: string, dbFile: string, want: number): Promise<void> {
  const { dir } = duplicate(demo, want);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(dbFile);
  try {
    const t = performance.now();
    const s = await ingest(store, readInputs([dir]));
    const secs = (performance.now() - t) / 1000;
    const { readMs, extractMs, storeMs } = s.timing;
    const share = (ms: number) => `${((ms / (secs * 1000)) * 100).toFixed(0)}%`;
    console.log(
      `ingest ${s.inputs} local files        ${(s.inputs / secs).toFixed(0).padStart(5)} pages/s  (${secs.toFixed(1)} s; ${s.added} added, ${s.unchanged} unchanged copies of them; ` +
        `time: extract ${share(extractMs)}, store ${share(storeMs)}, read ${share(readMs)})`,
    );
    console.log(
      `  store side alone: ${((s.articles / storeMs) * 1000).toFixed(0)} articles/s; extract alone: ${((s.inputs / extractMs) * 1000).toFixed(0)} pages/s`,
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store side on its own: new synthetic articles in batches of 200 (no extraction). */
export function storeTiming(dbFile: string, n: number): void {
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(dbFile);
  const arts = corpusArticles(n, 1_000_000);
  const t = performance.now();
  for (let i = 0; i < n; i += 200) store.putArticles(arts.slice(i, i + 200));
  const secs = (performance.now() - t) / 1000;
  const t2 = performance.now();
  for (let i = 0; i < n; i += 200) store.putArticles(arts.slice(i, i + 200));
  const again = (performance.now() - t2) / 1000;
  console.log(`store ${n} new articles          ${(n / secs).toFixed(0).padStart(5)} articles/s added (batches of 200); ${(n / again).toFixed(0)}/s when unchanged`);
  store.close();
}
