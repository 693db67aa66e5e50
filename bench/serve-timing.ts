/**
 * The in-process parts of `npm run bench:serve`: search latency over a large synthetic store,
 * and ingest throughput end to end from local files (with the share of time per stage).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { corpusArticle, corpusArticles, corpusQueries, rng } from '../src/store/synthetic.ts';
import type { SearchOptions } from '../src/store/store.ts';
import { ingest } from '../src/store/ingest.ts';
import { readInputs } from '../src/capture/read.ts';
import { attachPrepared, prepareArticle } from '../src/store/sqlite/prepare.ts';

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const fmt = (n: number) => n.toFixed(1).padStart(6);

/** Fill `file` to `count` corpus articles (reused across runs), then time ranked queries. */
export function searchTiming(file: string, count: number, queries = 420): void {
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
  // Every documented filter in turn: a section, an author, a site, an open-ended since or until,
  // a whole-month window and one with times of day (bounds the index cannot hold exactly).
  const filters: [string, () => SearchOptions][] = [
    ['section', () => ({ section: sections[Math.floor(r() * sections.length)] })],
    ['author', () => ({ author: corpusArticle(1 + Math.floor(r() * count)).authors[0] })],
    ['site', () => ({ site: 'dailyledger.example' })],
    ['since', () => ({ since: '2024-06-01' })],
    ['until', () => ({ until: '2024-03-01' })],
    ['since+until', () => ({ since: '2024-06-01', until: '2024-09-01' })],
    ['times of day', () => ({ since: '2024-06-01T06:00:00Z', until: '2024-09-01T18:00:00Z' })],
  ];
  const runs: Record<string, { wall: number[]; cpu: number[] }> = {};
  const timed = (name: string, f: () => number) => {
    const c0 = process.cpuUsage();
    const t = performance.now();
    const n = f();
    const c = process.cpuUsage(c0);
    (runs[name] ??= { wall: [], cpu: [] }).wall.push(performance.now() - t);
    runs[name].cpu.push((c.user + c.system) / 1000);
    return n;
  };
  let hits = 0;
  for (const q of plain) {
    hits += timed('no filter', () => store.search(q, { limit: 10 }).hits.length);
    // Every query again with one filter, picked at random (query kinds cycle by index: taking
    // filters in turn would pair each filter with one kind of query). About 60 per filter: with
    // fewer, a filter's p95 is its slowest query or two.
    const [name, f] = filters[Math.floor(r() * filters.length)];
    const opts = f();
    timed('with a filter', () => store.search(q, { limit: 10, ...opts }).hits.length);
    runs[`  ${name}`] ??= { wall: [], cpu: [] };
    runs[`  ${name}`].wall.push(runs['with a filter'].wall.at(-1)!);
    runs[`  ${name}`].cpu.push(runs['with a filter'].cpu.at(-1)!);
  }
  console.log(`search over ${store.count()} articles (top 10 + total + snippets; wall ms, and this thread's CPU ms, steadier on a shared machine):`);
  for (const [name, { wall, cpu }] of Object.entries(runs)) {
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(15)} p50 ${fmt(pct(wall, 0.5))}  p95 ${fmt(pct(wall, 0.95))}  p99 ${fmt(pct(wall, 0.99))}   CPU p50 ${fmt(pct(cpu, 0.5))}  p95 ${fmt(pct(cpu, 0.95))}   (${wall.length} queries)`,
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

/** Ingest the demo pages, duplicated to `want` files, into a fresh database; print pages/s and what bounds it. */
export async function ingestTiming(demo: string, dbFile: string, want: number): Promise<void> {
  const { dir } = duplicate(demo, want);
  try {
    await timeIngest([dir], dbFile, 'local files (demo pages repeated: most are byte-identical copies, extracted once)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Ingest of distinct real pages: the benchmark corpora's gzipped HTML (article-extraction-benchmark
 * and WCXB dev, 892 pages, none repeated), so every page is extracted and stored as new. Reads
 * ../shared/bench; prints a line saying so when it is absent.
 */
export async function distinctIngestTiming(benchRoot: string, dbFile: string): Promise<void> {
  const dirs = [join(benchRoot, 'article-extraction-benchmark/html'), join(benchRoot, 'wcxb-articles/dev/html')];
  if (!dirs.every((d) => existsSync(d))) {
    console.log(`ingest of distinct pages skipped: ${benchRoot} is absent`);
    return;
  }
  await timeIngest(dirs, dbFile, 'distinct benchmark pages (.html.gz)');
  // The same inputs into the same database again: what re-running an ingest over a folder costs.
  await timeIngest(dirs, dbFile, 'distinct benchmark pages again, into the same database (already ingested: none extracted)', false);
}

async function timeIngest(inputs: string[], dbFile: string, label: string, fresh = true): Promise<void> {
  if (fresh) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(dbFile);
  try {
    const c0 = process.cpuUsage();
    const s = await ingest(store, readInputs(inputs));
    const cpu = process.cpuUsage(c0);
    const { readMs, storeMs, waitMs, wallMs, workers } = s.timing;
    const secs = wallMs / 1000;
    const share = (ms: number) => `${((ms / wallMs) * 100).toFixed(0)}%`;
    console.log(
      `ingest ${s.inputs} ${label}: ${(s.inputs / secs).toFixed(0)} pages/s  (${secs.toFixed(1)} s wall at load average ${loadavg()[0].toFixed(2)}, ${workers} extraction workers; ` +
        `${s.skipped} inputs not extracted (already ingested, or a byte-identical copy earlier in the run); ` +
        `${s.articles} articles: ${s.added} added, ${s.unchanged} unchanged, ${s.updated} updated; ${s.failed} inputs failed, ${s.empty} held no article; ` +
        `main thread: store ${share(storeMs)}, read ${share(readMs)}, waiting for extraction ${share(waitMs)})`,
    );
    // Every input is counted once: an article count off the input count must be explained here.
    if (s.failed || s.empty || s.updated) {
      const why = new Map<string, number>();
      for (const p of s.problems) why.set(p.code, (why.get(p.code) ?? 0) + 1);
      console.log(`  not stored as new or unchanged: ${[...why].map(([c, n]) => `${c} ×${n}`).join(', ') || '(updated: the same page extracted differently)'}`);
    }
    // CPU per page by stage (wall time here moves with the machine's load; CPU time much less).
    const t = s.timing;
    const n = Math.max(1, s.inputs);
    const all = (cpu.user + cpu.system) / 1000;
    const per = (ms: number | null) => (ms === null ? '?' : (ms / n).toFixed(1));
    const known = (t.bootCpuMs ?? 0) + (t.extractCpuMs ?? 0) + (t.mainCpuMs ?? 0);
    console.log(
      `  CPU ms/page: all threads ${per(all)} = worker start ${per(t.bootCpuMs)} (${((t.bootCpuMs ?? 0) / 1000).toFixed(1)} s over ${workers} workers, once per run) + ` +
        `extract and prepare in workers ${per(t.extractCpuMs)} + main thread ${per(t.mainCpuMs)} (store ${per(t.storeCpuMs)}, reading, gunzip and receiving results ${per(t.mainCpuMs === null || t.storeCpuMs === null ? null : t.mainCpuMs - t.storeCpuMs)}) + ` +
        `other threads (V8 background JIT compilers and GC, module loaders) ${per(all - known)}`,
    );
    const cores = Math.min(workers || 1, 2);
    if (t.extractCpuMs === null) return; // nothing was extracted: no extraction ceiling to speak of
    console.log(
      `  CPU-bound ceiling on ${cores} idle cores: ${((cores * 1000 * n) / all).toFixed(0)} pages/s as run, ${((cores * 1000 * n) / Math.max(1, all - (t.bootCpuMs ?? 0))).toFixed(0)} pages/s once workers are started; ` +
        `extraction alone (${per(t.extractCpuMs)} ms/page) caps it at ${((cores * 1000 * n) / Math.max(1, t.extractCpuMs ?? 0)).toFixed(0)} pages/s`,
    );
  } finally {
    store.close();
  }
}

/**
 * The store side on its own: new synthetic articles in batches of 200 (no extraction), as CPU
 * per article on this thread (steadier than articles/s on a shared machine). Twice: with the
 * writer doing everything, and with each article prepared beforehand as the ingest workers do
 * (sqlite/prepare.ts), which leaves what the writing thread does during an ingest.
 */
export function storeTiming(dbFile: string, n: number): void {
  const runs: string[] = [];
  for (const prepared of [false, true]) {
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
    const store = new SqliteStore(dbFile);
    const arts = corpusArticles(n, 1_000_000);
    if (prepared) for (const a of arts) attachPrepared(a, prepareArticle(a));
    const c0 = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < n; i += 200) store.putArticles(arts.slice(i, i + 200));
    const secs = (performance.now() - t) / 1000;
    const c = process.cpuUsage(c0);
    const c1 = process.cpuUsage();
    for (let i = 0; i < n; i += 200) store.putArticles(arts.slice(i, i + 200));
    const again = process.cpuUsage(c1);
    const ms = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000 / n).toFixed(2);
    runs.push(`${prepared ? 'prepared in workers' : 'all on this thread'}: ${ms(c)} CPU ms/article added (${(n / secs).toFixed(0)}/s), ${ms(again)} unchanged`);
    store.close();
  }
  console.log(`store ${n} new articles          ${runs.join('; ')}`);
}

/**
 * Ingest as a user runs it: the `dateline ingest` command (bin/dateline.js: the compiled dist/
 * when it is up to date, else the source through tsx) on the distinct benchmark pages, in a
 * child process — start-up, module loading and worker start included. Its own summary line
 * gives the counts; the rate here is inputs over the child's whole wall time.
 */
export function cliIngestTiming(repoRoot: string, benchRoot: string, dbFile: string): void {
  const dirs = [join(benchRoot, 'article-extraction-benchmark/html'), join(benchRoot, 'wcxb-articles/dev/html')];
  if (!dirs.every((d) => existsSync(d))) return;
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const stamp = join(repoRoot, 'dist/.built');
  const compiled = existsSync(stamp) ? 'the compiled build' : 'the source through tsx (no dist/ build)';
  const inputs = dirs.reduce((n, d) => n + readdirSync(d).length, 0);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/dateline.js'), 'ingest', ...dirs, '--db', dbFile], { encoding: 'utf8', timeout: 15 * 60_000 });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.log(`dateline ingest (end to end) failed with status ${r.status}: ${(r.stderr || '').slice(-500)}`);
    return;
  }
  const summary = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => /^\d+ inputs \(/.test(l)) ?? '(none printed)';
  console.log(`dateline ingest, end to end as a user runs it (${compiled}, process start included): ${inputs} distinct pages in ${secs.toFixed(1)} s = ${(inputs / secs).toFixed(0)} pages/s at load average ${loadavg()[0].toFixed(2)}`);
  console.log(`  its summary: ${summary}`);
}
