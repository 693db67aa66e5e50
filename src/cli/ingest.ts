/** `dateline ingest INPUT…` — extract and store into SQLite. Flag wiring over `src/store/ingest.ts`. */
import { parseArgs } from 'node:util';

const HELP = `Usage: dateline ingest INPUT… [--db FILE] [--batch N] [--timezone ZONE] [--force] [--json]

Extract the articles of each INPUT (a file: .html, .htm, .xhtml, .txt, any of them .gz; a
directory, read recursively; an http(s) URL; or - for stdin) and store them. Running it again
on the same input stores nothing new, and an input this database already holds unchanged (same
bytes, same options, same version of the extractor) is not even extracted again; a changed
article keeps its earlier versions; near-identical copies from two sites are linked.

Options:
  --db FILE        the database (default ./dateline.db; created if missing)
  --batch N        articles per transaction (default 200)
  --timezone ZONE  zone for times a page states without one (e.g. Asia/Kuala_Lumpur)
  --force          extract every input again, even ones already ingested unchanged
  --json           print the summary as JSON (with where the time went: read, extract, store)
  --allow-private  let URL inputs reach private or loopback addresses (off by default)
  -h, --help       show this help
`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string', default: './dateline.db' },
        batch: { type: 'string', default: '200' },
        timezone: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`dateline ingest: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!positionals.length) {
    process.stderr.write(`dateline ingest: give at least one INPUT\n\n${HELP}`);
    return 2;
  }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) {
    process.stderr.write('dateline ingest: --batch must be a whole number ≥ 1\n');
    return 2;
  }
  const { SqliteStore } = await import('../store/sqlite/sqlite-store.ts');
  const { ingest } = await import('../store/ingest.ts');
  const { readInputs } = await import('../capture/read.ts');
  const { progressReporter } = await import('./progress.ts');
  const store = openOrExplain(SqliteStore, values.db);
  if (!store) return 1;
  const started = performance.now();
  const progress = progressReporter(process.stderr);
  try {
    const s = await ingest(store, readInputs(positionals, { allowPrivate: values['allow-private'] }), { batchSize: batch, timezone: values.timezone ?? null, force: values.force, onProgress: progress.update });
    progress.done();
    const secs = (performance.now() - started) / 1000;
    if (values.json) process.stdout.write(JSON.stringify({ ...s, seconds: Number(secs.toFixed(3)) }) + '\n');
    else {
      for (const p of s.problems) process.stderr.write(`  ${p.source}: ${p.code} ${p.text}\n`);
      process.stdout.write(
        `${s.inputs} inputs (${s.failed} failed, ${s.empty} without an article${s.skipped ? `, ${s.skipped} already ingested: not extracted again` : ''}), ${s.articles} articles: ` +
          `${s.added} added (${s.linkedCopies} linked as copies), ${s.updated} updated, ${s.unchanged} unchanged ` +
          `in ${secs.toFixed(2)} s (${(s.inputs / Math.max(secs, 1e-6)).toFixed(0)} inputs/s) → ${values.db}\n`,
      );
    }
    return s.failed ? 1 : 0;
  } finally {
    store.close();
  }
}

/** Open the store, or print the store's clear message (corrupt / read-only) and return null. */
export function openOrExplain<T>(Ctor: new (file: string, o?: { readonly?: boolean }) => T, file: string, readonly = false): T | null {
  try {
    return new Ctor(file, { readonly });
  } catch (e) {
    process.stderr.write(`dateline: ${(e as Error).message}\n`);
    return null;
  }
}
