/** `dateline serve` — the news site, JSON API and feeds over a database, on 127.0.0.1. */
import { parseArgs } from 'node:util';

const HELP = `Usage: dateline serve [--db FILE | --demo] [--port N] [--host H] [--token T]
                      [--base-url URL] [--site-name NAME]

Serve the stored articles as a news site (home, sections, search, article pages), a JSON API
(/api/articles, /api/search, /openapi.json), feeds (RSS, Atom, JSON Feed) and sitemaps.

Options:
  --db FILE         the database (default ./dateline.db)
  --demo            build (if needed) and serve the bundled demo corpus from ./dateline-demo.db
  --port N          port (default: $PORT, else 3000; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1)
  --token T         bearer token that POST /api/ingest requires (default: $DATELINE_TOKEN;
                    without one, writing through the API is switched off)
  --base-url URL    public origin for canonical links and feeds (default: the request's)
  --site-name NAME  the site's name (default Dateline)
  -h, --help        show this help
`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        demo: { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        'base-url': { type: 'string' },
        'site-name': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`dateline serve: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = Number(v.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('dateline serve: --port (or PORT) must be a whole number from 0 to 65535\n');
    return 2;
  }
  const { existsSync } = await import('node:fs');
  let file = v.db ?? './dateline.db';
  if (v.demo) {
    const { ensureDemoDatabase } = await import('../store/demo.ts');
    file = v.db ?? './dateline-demo.db';
    process.stderr.write('Checking the demo database…\n');
    const built = await ensureDemoDatabase(file);
    if (built.summary) {
      const s = built.summary;
      process.stderr.write(`Built ${file}: ${s.inputs} demo pages, ${s.articles} articles stored (${s.empty} pages gave none yet).\n`);
    }
  } else if (!existsSync(file)) {
    process.stderr.write(`dateline serve: no database at ${file}; run 'dateline ingest … --db ${file}' first, or 'dateline serve --demo'.\n`);
    return 1;
  }
  const { SqliteStore } = await import('../store/sqlite/sqlite-store.ts');
  const { openOrExplain } = await import('./ingest.ts');
  const store = openOrExplain(SqliteStore, file);
  if (!store) return 1;
  const { createApp } = await import('../publish/app.ts');
  const { serve } = await import('@hono/node-server');
  const app = createApp({ store, token: v.token ?? process.env.DATELINE_TOKEN ?? null, baseUrl: v['base-url'] ?? null, siteName: v['site-name'] });
  return new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: v.host }, (info) => {
      process.stdout.write(`Dateline: ${store.count()} stories from ${file} on http://${v.host}:${info.port}/\n`);
    });
    server.on('error', (e: Error) => {
      process.stderr.write(`dateline serve: ${e.message}\n`);
      store.close();
      resolve(1);
    });
    const stop = () => {
      server.close(() => {
        store.close();
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
