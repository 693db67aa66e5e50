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
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { benchRoot, corpusPath, generate, type CaptureRecord } from './generate.ts';
import { bagF1, sameHeadline, tokens } from './metrics.ts';
import { scrolledTail, titleLine } from './pairs.ts';

type Style = 'innerText' | 'nodesText';
const STYLES: Style[] = ['innerText', 'nodesText'];
const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });

interface Tally { n: number; split: number; f1: number; heads: number; headOk: number; lostNull: number; lostN: number }
const tally = (): Tally => ({ n: 0, split: 0, f1: 0, heads: 0, headOk: 0, lostNull: 0, lostN: 0 });

function scoreSingle(r: CaptureRecord, style: Style, t: Tally): void {
  const text = r[style];
  const { articles } = extractFromText(text, opts);
  t.n++;
  if (articles.length === 1) t.split++;
  t.f1 += bagF1(articles[0]?.text ?? '', r.body);
  if (titleLine(text, r.title) >= 0) {
    t.heads++;
    if (sameHeadline(articles[0]?.headline ?? null, r.title)) t.headOk++;
  }
}

/** Share of the truth's tokens (a multiset) that `text` holds: how much of a story a capture kept. */
function coverage(text: string, truth: string): number {
  const have = new Map<string, number>();
  for (const w of tokens(text)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = tokens(truth);
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) (hit++, have.set(w, n - 1));
  }
  return want.length ? hit / want.length : 0;
}

/**
 * A pair counts only when page B's scrolled tail holds at least this share of B's body. Why: on pages
 * whose title line shows only after the body (a "recent posts" list, a footer) or whose capture lacks
 * the body (rendered by scripts), the tail holds no second story, and "two stories" would be a wrong
 * answer key. Such pages still count as singles.
 */
const PAIR_MIN_COVERAGE = 0.5;

function scorePair(a: CaptureRecord, b: CaptureRecord, style: Style, t: Tally): boolean {
  const tail = scrolledTail(b[style], b.title);
  if (tail === null || tokens(tail).length < 50 || coverage(tail, b.body) < PAIR_MIN_COVERAGE) return false;
  const text = `${a[style]}\n\n${tail}`;
  const { articles } = extractFromText(text, opts);
  t.n++;
  if (articles.length === 2) t.split++;
  t.f1 += (bagF1(articles[0]?.text ?? '', a.body) + bagF1(articles[1]?.text ?? '', b.body)) / 2;
  if (titleLine(a[style], a.title) >= 0) {
    t.heads++;
    if (sameHeadline(articles[0]?.headline ?? null, a.title)) t.headOk++;
  }
  t.lostN++;
  if (articles[1] && articles[1].headline === null) t.lostNull++;
  return true;
}

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
    const single = tally();
    const pair = tally();
    for (const r of records) scoreSingle(r, style, single);
    for (let i = 0; i + 1 < wcxb.length; i += 2) scorePair(wcxb[i], wcxb[i + 1], style, pair);
    const all = single.n + pair.n;
    console.log(`\n[${style}]`);
    console.log(`  split right:   singles ${pct(single.split, single.n)} of ${single.n}, pairs ${pct(pair.split, pair.n)} of ${pair.n}, all ${pct(single.split + pair.split, all)}`);
    console.log(`  body F1:       singles ${(single.f1 / single.n).toFixed(3)}, pairs ${(pair.f1 / Math.max(1, pair.n)).toFixed(3)}, all ${((single.f1 + pair.f1) / all).toFixed(3)}`);
    console.log(`  headline:      ${pct(single.headOk + pair.headOk, single.heads + pair.heads)} of ${single.heads + pair.heads} shown; lost headline left null ${pct(pair.lostNull, pair.lostN)}`);
    if (!process.argv.includes('--no-speed')) {
      const sets = speedSets(records, style);
      console.log(`  speed:         ${Math.round(speed(sets.all))} captures per CPU-second (one core, captures ≤ 200 KB)`);
      console.log(`                 ${Math.round(speed(sets.median))} captures per CPU-second of ordinary length (40th–60th percentile, median ${sets.medianChars} chars)`);
    }
  }
}

await main();
