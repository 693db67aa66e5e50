/**
 * `npm run bench:serve`: the site under load from autocannon on 127.0.0.1, bounded in time.
 *
 *   --articles N        stored articles for the page/API runs (default 10000)
 *   --search-articles N stored articles for the search timing (default 100000; 0 skips)
 *   --ingest-files N    demo pages (duplicated) for the ingest timing (default 2000; 0 skips)
 *   --seconds S         seconds per autocannon run (default 5)
 *   --connections C     concurrent connections (default 16)
 *   --only PART         run one part alone: pages (article page and API under load), search, or ingest
 *                       (ingest end to end from local files: the demo pages repeated, then the 892
 *                       distinct benchmark pages from ../shared/bench when present, in process, then
 *                       again into the same database (nothing to extract: the re-run cost), then
 *                       through the `dateline ingest` command as a user runs it; then the store alone)
 *
 * Prints article pages/s with p99, /api/articles, the same page as a static file from the same
 * process (and the ratio), the server's CPU per request in each run (steadier than req/s on a
 * shared machine), the handler's own time per request (no sockets), search p50/p95/p99 (wall
 * and CPU) per filter over the large store, and ingest pages/s end to end with what bounds it:
 * CPU ms/page per stage (workers starting, extraction in the workers, the main thread's store
 * and reading, and the process's other threads: V8's background JIT compilers and module
 * loaders) and the pages/s that CPU allows on the machine's two cores. The headline ingest
 * figure is the distinct pages' first ingest (every page extracted and stored as new).
 * Stores are synthetic corpora (src/store/synthetic.ts), kept in .cache/bench/ so reruns skip
 * the fill. Prints the load average first: on a shared machine the figures move with it.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cliIngestTiming, distinctIngestTiming, ingestTiming, searchTiming, storeTiming } from './serve-timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = `${ROOT}.cache/bench`;
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'search-articles': { type: 'string', default: '100000' },
    'ingest-files': { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    only: { type: 'string' },
  },
});
const PARTS = ['pages', 'search', 'ingest'];
if (values.only && !PARTS.includes(values.only)) throw new Error(`--only takes one of ${PARTS.join(', ')}`);
const part = (name: string) => !values.only || values.only === name;
const N = Number(values.articles);
const SEARCH_N = Number(values['search-articles']);
const INGEST_N = Number(values['ingest-files']);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
mkdirSync(CACHE, { recursive: true });

interface ServerInfo {
  port: number;
  ids: string[];
  spread: string[];
  count: number;
  coldMs: number;
  handlerUs: { article: number; api: number; apiUncached: number };
}

async function startServer(file: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}bench/serve-server.ts`, file, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<ServerInfo>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]) as ServerInfo);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { ...info, stop: () => child.kill('SIGTERM') };
}

const serverCpu = async (base: string) => Number(await (await fetch(`${base}/bench/cpu`)).text());

async function load(name: string, base: string, paths: string[], seconds = SECONDS, quiet = false) {
  let i = 0;
  const cpu0 = await serverCpu(base);
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const cpuPerReq = ((await serverCpu(base)) - cpu0) / Math.max(1, r.requests.total);
  const errors = r.errors + r.non2xx;
  if (quiet) return { ...r, cpuPerReq };
  console.log(
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   server CPU ${cpuPerReq.toFixed(0)} µs/req${errors ? `   ${errors} errors` : ''}`,
  );
  return { ...r, cpuPerReq };
}

const load1 = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`bench:serve — ${N} articles, ${CONNECTIONS} connections, ${SECONDS} s per run, node ${process.version}, load average ${load1()}`);
if (part('pages')) await pages();

/** The article page, the API and a static file under load from autocannon. */
async function pages(): Promise<void> {
  const server = await startServer(`${CACHE}/serve-corpus-${N}.db`, N);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const h = server.handlerUs;
    console.log(`cold article render                ${server.coldMs.toFixed(2)} ms/page (first view: body, related, next, page; then cached per version)`);
    console.log(`handler alone (app.fetch, no I/O)  article page ${h.article.toFixed(0)} µs/req, /api/articles ${h.api.toFixed(0)} µs/req (cached), ${h.apiUncached.toFixed(0)} µs/req (uncached)`);
    // Warm the server's HTTP path (sockets, JIT) on every route first, unmeasured: otherwise the first run pays for it.
    await load('warm-up', base, [...server.ids.map((id) => `/article/${id}`), '/api/articles?limit=20', '/static/article.html'], 3, true);
    // The static file first and again last: the machine's load moves during the runs (and the
    // first run after the warm-up tends to be slow), so the ratio is taken against the better of
    // the two — the stricter comparison for the article page.
    const stat0 = await load('same page as static file', base, ['/static/article.html']);
    const art = await load('article page (100 newest)', base, server.ids.map((id) => `/article/${id}`));
    await load(`article page (${server.spread.length} across the store)`, base, server.spread.map((id) => `/article/${id}`));
    await load('/api/articles?limit=20', base, ['/api/articles?limit=20', '/api/articles?limit=20&section=world']);
    const stat1 = await load('same page as static file (again)', base, ['/static/article.html']);
    const stat = { requests: { average: Math.max(stat0.requests.average, stat1.requests.average) }, cpuPerReq: Math.min(stat0.cpuPerReq, stat1.cpuPerReq) };
    console.log(
      `article page / static file          ${(art.requests.average / stat.requests.average).toFixed(2)}× req/s (against the better static run); server CPU per request ${(art.cpuPerReq / stat.cpuPerReq).toFixed(2)}×`,
    );
  } finally {
    server.stop();
  }
  console.log(`load average ${load1()}`);
}
if (SEARCH_N > 0 && part('search')) searchTiming(`${CACHE}/search-corpus-${SEARCH_N}.db`, SEARCH_N);
if (INGEST_N > 0 && part('ingest')) {
  await ingestTiming(`${ROOT}demo/readability`, `${CACHE}/ingest.db`, INGEST_N);
  await distinctIngestTiming(`${ROOT}../shared/bench`, `${CACHE}/ingest-distinct.db`);
  cliIngestTiming(ROOT, `${ROOT}../shared/bench`, `${CACHE}/ingest-cli.db`);
  storeTiming(`${CACHE}/store.db`, 2000);
}
console.log(`load average ${load1()}`);
