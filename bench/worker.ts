/**
 * Speed worker: times one tool on the article-extraction-benchmark pages in its own process,
 * so its peak memory (maxRSS) is that tool's alone. Run by bench/extract.ts:
 *   node --import tsx bench/worker.ts --tool dateline [--limit N] [--rounds N]
 * Prints one JSON object (SpeedResult) on stdout.
 *
 * Input is the decoded HTML string (gunzip happens before timing); one untimed warm-up pass
 * over all pages lets the JIT settle; then `--rounds` timed passes (default 3), and each page's
 * time is its median over the passes, parse included. One pass alone lets a moment of contention
 * on a shared machine (or a GC pause that lands on one page) decide that page's figure; the median
 * of three keeps each page's typical cost. Every tool gets the same passes.
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tool = arg('tool') ?? '';
  if (!isToolName(tool)) throw new Error(`unknown --tool ${tool}`);
  const limit = Number(arg('limit') ?? Infinity);
  const rounds = Math.max(1, Math.floor(Number(arg('rounds') ?? 3)));
  const corpus = loadAeb();
  const pages = corpus.pages.slice(0, limit).map((p) => ({ id: p.id, url: p.url, html: p.html() }));
  const run = await loadTool(tool);
  const baselineRssKiB = Math.round(process.memoryUsage().rss / 1024);
  for (const p of pages) run(p.html, p.url);
  const wall: number[][] = pages.map(() => []);
  const cpu: number[][] = pages.map(() => []);
  let errors = 0;
  for (let r = 0; r < rounds; r++) {
    pages.forEach((p, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = run(p.html, p.url);
      wall[i].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[i].push((c.user + c.system) / 1000);
      if (out.error && r === 0) errors++;
    });
  }
  const times = wall.map(median);
  const cpuTimes = cpu.map(median);
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
