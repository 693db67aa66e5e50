/** `dateline search "query"` — ranked full-text search over the stored articles. */
import { parseArgs } from 'node:util';

const HELP = `Usage: dateline search QUERY [--db FILE] [--section S] [--author A] [--site S]
                       [--since DATE] [--until DATE] [--limit N] [--json]

Ranked full-text search with snippets. Words are ANDed; "quoted words" are a phrase; a word
ending in * is a prefix. Any other punctuation or operator is searched as text.

Options:
  --db FILE       the database (default ./dateline.db)
  --section S     only this section (name or slug)
  --author A      only stories by this author
  --site S        only this site (name or host, e.g. apnews.com)
  --since DATE    stories from this ISO date/time on
  --until DATE    stories before this ISO date/time
  --limit N       number of results (1–100, default 10)
  --json          print JSON (hits with id, headline, score, snippet)
  -h, --help      show this help
`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string', default: './dateline.db' },
        section: { type: 'string' },
        author: { type: 'string' },
        site: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        limit: { type: 'string', default: '10' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`dateline search: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const query = positionals.join(' ');
  if (!query.trim()) {
    process.stderr.write(`dateline search: give a QUERY\n\n${HELP}`);
    return 2;
  }
  const { existsSync } = await import('node:fs');
  if (!existsSync(values.db)) {
    process.stderr.write(`dateline search: no database at ${values.db} (run 'dateline ingest' first, or pass --db)\n`);
    return 1;
  }
  const { SqliteStore } = await import('../store/sqlite/sqlite-store.ts');
  const { StoreQueryError, SNIPPET_OPEN, SNIPPET_CLOSE } = await import('../store/store.ts');
  const { openOrExplain } = await import('./ingest.ts');
  const store = openOrExplain(SqliteStore, values.db, true);
  if (!store) return 1;
  try {
    const r = store.search(query, { ...values, limit: Number(values.limit) });
    if (values.json) {
      const hits = r.hits.map((h) => ({
        id: h.item.summary.id,
        headline: h.item.summary.headline,
        section: h.item.summary.section,
        published: h.item.summary.published,
        url: h.item.summary.canonicalUrl ?? h.item.summary.url,
        score: h.score,
        snippet: h.snippet.replaceAll(SNIPPET_OPEN, '').replaceAll(SNIPPET_CLOSE, ''),
      }));
      process.stdout.write(JSON.stringify({ query, total: r.total, totalCapped: !!r.totalCapped, hits }, null, 2) + '\n');
      return 0;
    }
    const tty = process.stdout.isTTY;
    const [on, off] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
    process.stdout.write(`${r.totalCapped ? 'More than ' : ''}${r.total} stories match.\n`);
    for (const h of r.hits) {
      const a = h.item.summary;
      process.stdout.write(`\n${a.headline ?? '(no headline)'}  [${a.id}]\n`);
      process.stdout.write(`  ${[a.section, a.siteName, a.published].filter(Boolean).join(' · ')}\n`);
      process.stdout.write(`  ${h.snippet.replaceAll(SNIPPET_OPEN, on).replaceAll(SNIPPET_CLOSE, off).replace(/\s+/g, ' ')}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof StoreQueryError) {
      process.stderr.write(`dateline search: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    store.close();
  }
}
