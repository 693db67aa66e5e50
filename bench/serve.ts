/**
 * `npm run bench:serve`: the site under load from autocannon on 127.0.0.1, bounded in time.
 *
 *   --articles N        stored articles for the page/API runs (default 10000)
 *   --search-articles N stored articles for the search timing (default 100000; 0 skips)
 *   --seconds S         seconds per autocannon run (default 5)
 *   --connections C     concurrent connections (default 16)
 *
 * Prints article pages/s with p99, /api/articles, the same page as a static file from the same
 * process (and the ratio), search p50/p95 over the large store, and ingest pages/s end to end
 * from the demo corpus. Databases are kept in .cache/bench/ so reruns skip the fill.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeArticles } from '../src/store/testing.ts';
import { ingest } from '../src/store/ingest.ts';
import { readFiles } from '../src/store/read-files.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = `${ROOT}.cache/bench`;
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    'search-articles': { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
  },
});
const N = Number(values.articles);
const SEARCH_N = Number(values['search-articles']);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
mkdirSync(CACHE, { recursive: true });

async function startServer(file: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}bench/serve-server.ts`, file, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<{ port: number; ids: string[]; count: number; coldMs: number }>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { ...info, stop: () => child.kill('SIGTERM') };
}

async function load(name: string, base: string, paths: string[]) {
  let i = 0;
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const errors = r.errors + r.non2xx;
  console.log(`${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms${errors ? `   ${errors} errors` : ''}`);
  return r;
}

function searchTiming(file: string, count: number) {
  const store = new SqliteStore(file);
  for (let start = store.count() + 1; start <= count; start += 2000) store.putArticles(makeArticles(Math.min(2000, count - start + 1), start));
  const queries = ['ceasefire talks', 'shares investors', 'telescope', '"quarter profit"', 'Okafor coach', 'encrypt*', 'summit ASEAN ministers', 'fossil ocean', 'league', 'privacy regulators'];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      store.search(q, { limit: 10 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`search over ${store.count()} articles     p50 ${pct(0.5)} ms   p95 ${pct(0.95)} ms   max ${pct(1)} ms  (${times.length} queries, ranked, top 10 + total)`);
  store.close();
}

async function ingestTiming() {
  const file = `${CACHE}/ingest.db`;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(file);
  const t = performance.now();
  const s = await ingest(store, readFiles([`${ROOT}demo`]));
  const secs = (performance.now() - t) / 1000;
  console.log(`ingest demo corpus           ${(s.inputs / secs).toFixed(0)} pages/s  (${s.inputs} pages, ${s.articles} articles, ${secs.toFixed(2)} s, end to end from local files)`);
  store.close();
}

console.log(`bench:serve — ${N} articles, ${CONNECTIONS} connections, ${SECONDS} s per run, node ${process.version}`);
const server = await startServer(`${CACHE}/serve-${N}.db`, N);
try {
  const base = `http://127.0.0.1:${server.port}`;
  const pages = server.ids.map((id) => `/article/${id}`);
  console.log(`cold article render          ${server.coldMs.toFixed(1)} ms/page (first view: body, related, next; then cached until data changes)`);
  const art = await load('article page (100 stories)', base, pages);
  await load('/api/articles?limit=20', base, ['/api/articles?limit=20', '/api/articles?limit=20&section=world']);
  const stat = await load('same page as static file', base, ['/static/article.html']);
  console.log(`article page / static file   ${(art.requests.average / stat.requests.average).toFixed(2)}×`);
} finally {
  server.stop();
}
if (SEARCH_N > 0) searchTiming(`${CACHE}/search-${SEARCH_N}.db`, SEARCH_N);
await ingestTiming();
