/**
 * Speed worker: times one tool on the article-extraction-benchmark pages in its own process,
 * so its peak memory (maxRSS) is that tool's alone. Run by bench/extract.ts:
 *   node --import tsx bench/worker.ts --tool dateline [--limit N]
 * Prints one JSON object (SpeedResult) on stdout.
 *
 * Input is the decoded HTML string (gunzip happens before timing); one untimed warm-up pass
 * over all pages lets the JIT settle; then each page is timed once, parse included.
 */
import { loadAeb } from './lib/corpus.ts';
import { isToolName, loadTool } from './lib/tools.ts';

export interface SpeedResult {
  tool: string;
  /** Wall-clock ms per page, in page order. */
  times: number[];
  /**
   * CPU ms per page (user + system, all threads, so GC helpers count too). Less disturbed
   * than wall time when other processes compete for the cores.
   */
  cpuTimes: number[];
  ids: string[];
  errors: number;
  /** Peak resident set size of this process, KiB (process.resourceUsage().maxRSS). */
  maxRssKiB: number;
  /** RSS after loading the corpus and the tool, before the first extraction, KiB. */
  baselineRssKiB: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tool = arg('tool') ?? '';
  if (!isToolName(tool)) throw new Error(`unknown --tool ${tool}`);
  const limit = Number(arg('limit') ?? Infinity);
  const corpus = loadAeb();
  const pages = corpus.pages.slice(0, limit).map((p) => ({ id: p.id, url: p.url, html: p.html() }));
  const run = await loadTool(tool);
  const baselineRssKiB = Math.round(process.memoryUsage().rss / 1024);
  for (const p of pages) run(p.html, p.url);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let errors = 0;
  for (const p of pages) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = run(p.html, p.url);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    if (out.error) errors++;
  }
  const result: SpeedResult = {
    tool,
    times,
    cpuTimes,
    ids: pages.map((p) => p.id),
    errors,
    maxRssKiB: process.resourceUsage().maxRSS,
    baselineRssKiB,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
