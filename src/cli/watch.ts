/** `dateline watch DIR|FEED-URL…` — keep the database up to date. Flag wiring over `src/store/watch/`. */
import { parseArgs } from 'node:util';

const HELP = `Usage: dateline watch DIR|FEED-URL… [--db FILE] [--interval SECONDS] [--allow-private]

Ingest new and changed capture files under each DIR as they appear (watched, with a periodic
rescan), and poll each RSS, Atom or JSON Feed URL, fetching and ingesting every item not seen
before. Runs until interrupted (Ctrl-C); one line per ingest round.

Options:
  --db FILE           the database (default ./dateline.db; created if missing)
  --interval SECONDS  how often feeds are polled (default 300)
  --rescan SECONDS    how often directories are rescanned besides file events (default 5)
  --batch N           articles per transaction (default 200)
  --timezone ZONE     zone for times a page states without one
  --allow-private     let feed and item URLs reach private or loopback addresses
  -h, --help          show this help
`;

function seconds(v: string, name: string): number | string {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n * 1000 : `--${name} must be a number of seconds above 0`;
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string', default: './dateline.db' },
        interval: { type: 'string', default: '300' },
        rescan: { type: 'string', default: '5' },
        batch: { type: 'string', default: '200' },
        timezone: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`dateline watch: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const interval = seconds(v.interval, 'interval');
  const rescan = seconds(v.rescan, 'rescan');
  const batch = Number(v.batch);
  const bad = !positionals.length ? 'give at least one DIR or FEED-URL' : typeof interval === 'string' ? interval : typeof rescan === 'string' ? rescan : !Number.isInteger(batch) || batch < 1 ? '--batch must be a whole number ≥ 1' : null;
  if (bad) {
    process.stderr.write(`dateline watch: ${bad}\n\n${HELP}`);
    return 2;
  }
  const { stat } = await import('node:fs/promises');
  for (const p of positionals) {
    if (/^https?:\/\//i.test(p)) continue;
    if (!(await stat(p).catch(() => null))?.isDirectory()) {
      process.stderr.write(`dateline watch: ${p} is not a directory or an http(s) feed URL\n`);
      return 2;
    }
  }
  const { SqliteStore } = await import('../store/sqlite/sqlite-store.ts');
  const { Watcher } = await import('../store/watch/watcher.ts');
  const { openOrExplain } = await import('./ingest.ts');
  const store = openOrExplain(SqliteStore, v.db);
  if (!store) return 1;
  const watcher = new Watcher(store, positionals, {
    feedIntervalMs: interval as number,
    rescanMs: rescan as number,
    batchSize: batch,
    timezone: v.timezone ?? null,
    allowPrivate: v['allow-private'],
    onIngest: (source, s) => {
      if (!s.added && !s.updated && !s.failed) return;
      process.stdout.write(`${new Date().toISOString()} ${source}: ${s.inputs} inputs, ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed\n`);
      for (const p of s.problems) process.stderr.write(`  ${p.source}: ${p.code} ${p.text}\n`);
    },
    onError: (source, message) => process.stderr.write(`${new Date().toISOString()} ${source}: ${message}\n`),
  });
  process.stderr.write(`Watching ${positionals.join(', ')} → ${v.db} (Ctrl-C stops)\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      void watcher.stop().finally(() => {
        store.close();
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    watcher.start().catch((e: Error) => {
      process.stderr.write(`dateline watch: ${e.message}\n`);
      stop();
    });
  });
}
