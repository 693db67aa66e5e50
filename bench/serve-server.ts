/**
 * The server side of `npm run bench:serve`, in its own process so the load generator does not
 * share its event loop: fills (or reuses) a database of N synthetic corpus articles, serves the
 * app on 127.0.0.1:0, plus `/static/article.html` — the same article page as a string held in
 * memory — for the static-file ratio. Before listening it renders each benchmarked page once
 * (cold render time: body, related stories, next story, page) and then times the handler alone
 * (`app.fetch` in a bounded loop, no sockets) for warm article pages and /api/articles.
 * `/bench/cpu` answers with the process's CPU time so far (µs), for CPU per request.
 * Prints one JSON line `{port, ids, count, coldMs, handlerUs}` when ready.
 */
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { corpusArticles } from '../src/store/synthetic.ts';
import { createApp } from '../src/publish/app.ts';

const [file, countArg, pagesArg] = process.argv.slice(2);
const count = Number(countArg);
const store = new SqliteStore(file);
for (let start = store.count() + 1; start <= count; start += 1000) store.putArticles(corpusArticles(Math.min(1000, count - start + 1), start));
const site = createApp({ store, baseUrl: 'http://127.0.0.1', cacheSize: 10_000 });
// The newest stories, and a spread of older ones (every k-th of the store) for a wider run.
const newest = store.listSummaries({ limit: 100 }).items.map((s) => s.summary.id);
const spread: string[] = [];
for (let cursor: string | null = null, i = 0; spread.length < Number(pagesArg ?? 1000); i++) {
  const page = store.listSummaries({ limit: 100, cursor });
  spread.push(...page.items.filter((_, j) => (i * 100 + j) % Math.max(1, Math.floor(count / Number(pagesArg ?? 1000))) === 0).map((s) => s.summary.id));
  if (!(cursor = page.nextCursor)) break;
}
const get = (path: string) => site.fetch(new Request(`http://127.0.0.1${path}`));
const pageHtml = await (await get(`/article/${newest[0]}`)).text();

const t0 = performance.now();
for (const id of [...newest.slice(1), ...spread]) await (await get(`/article/${id}`)).text();
const coldMs = (performance.now() - t0) / (newest.length - 1 + spread.length);

/** Mean handler time per request over a bounded loop, in µs (Request objects built beforehand). */
async function handlerUs(paths: string[], n: number): Promise<number> {
  const reqs = paths.map((p) => new Request(`http://127.0.0.1${p}`));
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await site.fetch(reqs[i % reqs.length]);
    if (r.status !== 200) throw new Error(`${r.status} for ${reqs[i % reqs.length].url}`);
  }
  return ((performance.now() - t) / n) * 1000;
}
const api = ['/api/articles?limit=20', '/api/articles?limit=20&section=world'];
await handlerUs(api, 10); // fill the listing cache
const handler = {
  article: await handlerUs(newest.map((id) => `/article/${id}`), 3000),
  api: await handlerUs(api, 3000),
  apiUncached: 0,
};
// A distinct cursor per request misses the listing cache every time: the cost of the listing query + JSON.
{
  const t = performance.now();
  for (let i = 0; i < 300; i++) {
    const r = await site.fetch(new Request(`http://127.0.0.1${api[i % 2]}&cursor=${encodeURIComponent(Buffer.from(JSON.stringify([Date.UTC(2030, 0, 1) - i, 1e9])).toString('base64url'))}`));
    if (r.status !== 200) throw new Error(String(r.status));
  }
  handler.apiUncached = ((performance.now() - t) / 300) * 1000;
}

const app = new Hono();
app.get('/static/article.html', (c) => c.body(pageHtml, 200, { 'content-type': 'text/html; charset=utf-8' }));
// This process's CPU time so far (µs), read by the load generator before and after each run:
// CPU per request is steadier than requests per second on a shared machine.
app.get('/bench/cpu', (c) => c.body(String(process.cpuUsage().user + process.cpuUsage().system), 200, { 'content-type': 'text/plain' }));
app.route('/', site);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(JSON.stringify({ port: info.port, ids: newest, spread, count: store.count(), coldMs, handlerUs: handler }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
