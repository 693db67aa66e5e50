/**
 * `npm run bench:extract`: Dateline side by side with Mozilla Readability 0.6 (on linkedom,
 * and on jsdom) on the same pages, in one run.
 *
 *   --peers=none|linkedom|all   which Readability runs to include (default all; jsdom is slow)
 *   --limit N                   only the first N pages of each corpus (quick looks)
 *   --json FILE                 also write every figure, with date, node version and CPU
 *   --no-speed                  skip the timed passes
 *   --rounds N                  timed passes per page, its median counting (default 3; every tool alike)
 *
 * Prints body quality on the article-extraction-benchmark (P/R/F1), WCXB dev body F1 and
 * metadata shares, Readability test-page metadata matches, per-page speed (each tool in its
 * own child process, for a clean peak RSS), Dateline's 10 worst AEB pages; writes per-page
 * details to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  benchAvailable,
  defaultBenchRoot,
  loadAeb,
  loadReadabilityPages,
  loadWcxb,
  repoRoot,
  type AebPage,
  type Corpus,
  type ReadabilityPage,
  type WcxbPage,
} from './lib/corpus.ts';
import { evaluateAeb, worstPages } from './lib/eval-aeb.ts';
import { evaluateReadabilityPages } from './lib/eval-readability-pages.ts';
import { evaluateWcxb } from './lib/eval-wcxb.ts';
import { aebTable, readabilityPagesTable, speedTable, wcxbTable, worstTable } from './lib/report.ts';
import { measureSpeed, speedRatios, type ToolSpeed } from './lib/speed.ts';
import { loadTool, toolsFor, type ToolFn, type ToolName } from './lib/tools.ts';

interface Options {
  peers: 'none' | 'linkedom' | 'all';
  limit: number;
  json: string | null;
  speed: boolean;
  rounds: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      peers: { type: 'string', default: 'all' },
      limit: { type: 'string' },
      json: { type: 'string' },
      'no-speed': { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
    },
  });
  const peers = values.peers;
  if (peers !== 'none' && peers !== 'linkedom' && peers !== 'all') throw new Error(`--peers must be none, linkedom or all (got ${peers})`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) throw new Error(`--limit must be a positive number (got ${values.limit})`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1 (got ${values.rounds})`);
  return { peers, limit, json: values.json ?? null, speed: !values['no-speed'], rounds };
}

const mapToObject = <V, W>(m: ReadonlyMap<string, V>, f: (v: V) => W): Record<string, W> =>
  Object.fromEntries([...m].map(([k, v]) => [k, f(v)]));

function section(title: string, lines: string[]): void {
  console.log(`\n== ${title}`);
  for (const l of lines) console.log(l);
}

type Tools = Map<ToolName, ToolFn>;
type AebResults = ReturnType<typeof evaluateAeb>;
type WcxbResults = ReturnType<typeof evaluateWcxb>;
type RtpResults = ReturnType<typeof evaluateReadabilityPages>;

interface Run {
  corpora: { aeb: Corpus<AebPage>; wcxb: Corpus<WcxbPage>; rtp: Corpus<ReadabilityPage> };
  aeb: AebResults;
  wcxb: WcxbResults;
  rtp: RtpResults;
  speeds: Map<ToolName, ToolSpeed>;
}

/** Quality passes: each corpus once, every tool on each page, tables printed as they finish. */
function runQuality(tools: Tools, limit: number): Omit<Run, 'speeds'> {
  const aeb = loadAeb();
  const wcxb = loadWcxb();
  const rtp = loadReadabilityPages();
  const aebPages = aeb.pages.slice(0, limit);
  const wcxbPages = wcxb.pages.slice(0, limit);
  const rtpPages = rtp.pages.slice(0, limit);

  const aebResults = evaluateAeb(aebPages, tools);
  section(`article-extraction-benchmark: ${aebPages.length} pages, shingle P/R/F1 (corpus ${aeb.hash.slice(0, 12)})`, aebTable(aebResults));

  // Readability on jsdom takes ~0.7 s a page here and stalls in jsdom's CSS matching on some WCXB
  // pages, so it runs on the article-extraction-benchmark (quality and speed) only.
  const light: Tools = new Map([...tools].filter(([n]) => n !== 'readability-jsdom'));
  const wcxbResults = evaluateWcxb(wcxbPages, light);
  section(`WCXB articles dev: ${wcxbPages.length} pages (corpus ${wcxb.hash.slice(0, 12)})`, wcxbTable(wcxbResults));

  const rtpResults = evaluateReadabilityPages(rtpPages, light);
  section(
    `Readability test pages: ${rtpPages.length} pages, matches out of pages with a non-null expected value (corpus ${rtp.hash.slice(0, 12)})`,
    [...readabilityPagesTable(rtpResults), 'Readability rows are a sanity check: these are its own expectations.'],
  );
  return { corpora: { aeb, wcxb, rtp }, aeb: aebResults, wcxb: wcxbResults, rtp: rtpResults };
}

/** Timed passes, one child process per tool, one after another. */
function runSpeed(names: readonly ToolName[], limit: number, rounds: number): Map<ToolName, ToolSpeed> {
  const speeds = new Map<ToolName, ToolSpeed>();
  for (const n of names) speeds.set(n, measureSpeed(n, { limit, rounds }));
  section(
    `Speed on the article-extraction-benchmark pages: ms/page, parse included, decoded string in, after one warm-up pass; each page's median of ${rounds} timed pass${rounds > 1 ? 'es' : ''}; each tool in its own process`,
    speedTable(speeds, speedRatios(speeds)),
  );
  return speeds;
}

/** Per-page figures for tuning, in bench/results/ (gitignored). */
function writeDetails(run: Run): string {
  const dir = path.join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(path.join(dir, name), JSON.stringify(data, null, 1) + '\n');
  write('aeb-pages.json', mapToObject(run.aeb, (r) => r.pages));
  write('wcxb-pages.json', mapToObject(run.wcxb, (r) => r.pages));
  write('readability-pages.json', mapToObject(run.rtp, (r) => r.pages));
  if (run.speeds.size) write('speed-pages.json', mapToObject(run.speeds, (s) => Object.fromEntries(s.ids.map((id, i) => [id, s.times[i]]))));
  return dir;
}

/** Every figure of the run, with when and where it was measured. */
function summaryJson(run: Run, opts: Options, worst: unknown): unknown {
  const pages = (r: ReadonlyMap<ToolName, { pages: unknown[] }>) => [...r.values()][0]?.pages.length ?? 0;
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length,
    platform: `${process.platform} ${os.release()}`,
    loadAverage: os.loadavg(),
    options: { peers: opts.peers, limit: Number.isFinite(opts.limit) ? opts.limit : null, speed: opts.speed, rounds: opts.rounds },
    corpora: {
      aeb: { pages: pages(run.aeb), hash: run.corpora.aeb.hash },
      wcxbDev: { pages: pages(run.wcxb), hash: run.corpora.wcxb.hash },
      readabilityTestPages: { pages: pages(run.rtp), hash: run.corpora.rtp.hash },
    },
    aeb: mapToObject(run.aeb, (r) => ({ ...r.score, errors: r.errors, emptyPages: r.emptyPages })),
    wcxbDev: mapToObject(run.wcxb, ({ pages: _pages, ...rest }) => rest),
    readabilityTestPages: mapToObject(run.rtp, ({ pages: _pages, ...rest }) => rest),
    speed: mapToObject(run.speeds, ({ times: _t, ids: _i, ...rest }) => rest),
    speedRatios: speedRatios(run.speeds),
    datelineWorstAebPages: worst,
  };
}

async function main(): Promise<void> {
  const opts = options();
  if (!benchAvailable()) {
    console.error(`bench:extract: the shared corpora are not at ${defaultBenchRoot}; nothing to measure.`);
    process.exitCode = 1;
    return;
  }
  const names = toolsFor(opts.peers);
  const tools: Tools = new Map();
  for (const n of names) tools.set(n, await loadTool(n));
  const started = Date.now();
  const cpu = os.cpus()[0]?.model ?? '?';
  console.log(`bench:extract  ${new Date().toISOString()}  node ${process.version}  ${cpu} ×${os.cpus().length}  load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`tools: ${names.join(', ')}${Number.isFinite(opts.limit) ? `  (limit ${opts.limit} pages per corpus)` : ''}`);

  const quality = runQuality(tools, opts.limit);
  const run: Run = { ...quality, speeds: opts.speed ? runSpeed(names, opts.limit, opts.rounds) : new Map() };

  const worst = worstPages(run.aeb.get('dateline')!, 10);
  section("Dateline's 10 worst article-extraction-benchmark pages by page F1", worstTable(worst));

  const dir = writeDetails(run);
  console.log(`\nper-page details: ${path.relative(process.cwd(), dir) || dir}/  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (opts.json) {
    writeFileSync(path.resolve(opts.json), JSON.stringify(summaryJson(run, opts, worst), null, 2) + '\n');
    console.log(`figures written to ${opts.json}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
