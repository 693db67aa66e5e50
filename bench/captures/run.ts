/**
 * `npm run bench:captures`: Dateline's plain-text extraction on captures rendered from the shared
 * bench pages (see generate.ts; reads ../shared/bench and skips when it is absent). Per capture
 * style it reports: share of captures split into the right number of articles, mean body F1
 * (bag of words) against the ground truth, headline accuracy where the page shows the headline,
 * and captures/s on one core. Singles are whole pages; pairs glue page B after page A the way
 * continuous scroll does (B's page header and headline lost), so the right answer is two stories,
 * the second with a null headline. `--no-speed` skips the speed pass (for quick quality checks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { benchRoot, corpusPath, generate, type CaptureRecord } from './generate.ts';
import { captureOptions as opts, headlineFigures, scoreStyle, STYLES, type Style } from './score.ts';

/** Captures per second of CPU time (user+system): the machine is shared, so wall time would measure the neighbours. */
function speed(texts: string[]): number {
  for (const t of texts) extractFromText(t, opts);
  const c0 = process.cpuUsage();
  let n = 0;
  for (let pass = 0; pass < 2; pass++) for (const t of texts) (extractFromText(t, opts), n++);
  const c = process.cpuUsage(c0);
  return n / ((c.user + c.system) / 1e6);
}

/** All captures up to 200 KB, and those of ordinary length: the middle fifth by length (around the median). */
function speedSets(records: CaptureRecord[], style: Style): { all: string[]; median: string[]; medianChars: number } {
  const all = records.map((r) => r[style]).filter((s) => s.length <= 200_000);
  const byLength = [...all].sort((a, b) => a.length - b.length);
  const median = byLength.slice(Math.floor(byLength.length * 0.4), Math.floor(byLength.length * 0.6));
  return { all, median, medianChars: byLength[byLength.length >> 1]?.length ?? 0 };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

async function main(): Promise<void> {
  if (!existsSync(benchRoot)) {
    console.log(`skipped: ${benchRoot} is absent`);
    return;
  }
  if (!existsSync(corpusPath)) console.log(`corpus: generated ${await generate()} captures`);
  const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
  const wcxb = records.filter((r) => r.source === 'wcxb');
  console.log(`corpus: ${records.length} pages (${wcxb.length} WCXB with titles, ${records.length - wcxb.length} AEB)`);
  for (const style of STYLES) {
    const tallies = scoreStyle(records, style);
    const { single, pair } = tallies;
    const all = single.n + pair.n;
    const fig = headlineFigures(tallies);
    console.log(`\n[${style}]`);
    console.log(`  split right:   singles ${pct(single.split, single.n)} of ${single.n}, pairs ${pct(pair.split, pair.n)} of ${pair.n}, all ${pct(fig.split, 1)}`);
    console.log(`  body F1:       singles ${(single.f1 / single.n).toFixed(3)}, pairs ${(pair.f1 / Math.max(1, pair.n)).toFixed(3)}, all ${fig.bodyF1.toFixed(3)} (${all} captures)`);
    console.log(`  headline:      ${pct(fig.headline, 1)} of ${single.heads + pair.heads} shown; lost headline left null ${pct(pair.lostNull, pair.lostN)}`);
    if (!process.argv.includes('--no-speed')) {
      const sets = speedSets(records, style);
      console.log(`  speed:         ${Math.round(speed(sets.all))} captures per CPU-second (one core, captures ≤ 200 KB)`);
      console.log(`                 ${Math.round(speed(sets.median))} captures per CPU-second of ordinary length (40th–60th percentile, median ${sets.medianChars} chars)`);
    }
  }
}

await main();
