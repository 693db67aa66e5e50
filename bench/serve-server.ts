/**
 * The server side of `npm run bench:serve`, in its own process so the load generator does not
 * share its event loop: fills (or reuses) a database of N test articles, serves the app on
 * 127.0.0.1:0, plus `/static/article.html` — the same article page as a file read once into
 * memory — for the static-file ratio. Renders each benchmarked page once first (the cold
 * render time is reported) so the runs measure steady-state serving. Prints one JSON line `{port, ids}` when ready.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeArticles } from '../src/store/testing.ts';
import { createApp } from '../src/publish/app.ts';

const [file, countArg] = process.argv.slice(2);
const count = Number(countArg);
const fresh = !existsSync(file);
const store = new SqliteStore(file);
if (fresh || store.count() < count) {
  for (let start = store.count() + 1; start <= count; start += 1000) store.putArticles(makeArticles(Math.min(1000, count - start + 1), start));
}
const site = createApp({ store, baseUrl: 'http://127.0.0.1' });
const ids = store.listArticles({ limit: 100 }).items.map((s) => s.article.id);
const pageHtml = await (await site.fetch(new Request(`http://127.0.0.1/article/${ids[0]}`))).text();
// Warm the page cache (first renders run related-story ranking), timing the cold renders.
const t0 = performance.now();
for (const id of ids) await site.fetch(new Request(`http://127.0.0.1/article/${id}`));
const coldMs = (performance.now() - t0) / ids.length;
const app = new Hono();
app.get('/static/article.html', (c) => c.body(pageHtml, 200, { 'content-type': 'text/html; charset=utf-8' }));
app.route('/', site);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(JSON.stringify({ port: info.port, ids, count: store.count(), coldMs }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
