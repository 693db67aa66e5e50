/**
 * Compare the plain-text extraction speed of two source trees on the capture corpus (not part of the score).
 * Usage: node --import tsx bench/captures/perf-ab.ts <rootA> <rootB> [reps]   e.g. a copy of src/ before a
 * change under /tmp/old (with package.json, tsconfig.json and a node_modules link) against this repo.
 *
 * Why per-capture minimum: on a shared, loaded machine a pass over the corpus varies by ±40% between runs,
 * while the fastest of a few runs of one capture barely moves. Each capture is extracted `reps` times by A
 * and by B, alternating, and the minimum of each is kept; the sums give captures per second and the
 * ratio. Stages (parse, classify, segment, the rest: building articles) are timed the same way. An A/A run
 * of this script gave ratios of 1.00–1.01.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPath, type CaptureRecord } from './generate.ts';

const [rootA, rootB] = [process.argv[2], process.argv[3]];
const reps = Number(process.argv[4] ?? 5);
if (!rootA || !rootB) {
  console.log('usage: perf-ab.ts <rootA> <rootB> [reps]');
  process.exit(2);
}
const ctx = { timezone: null, referenceTime: new Date('2026-01-01T00:00:00Z') };
type Stage = 'parse' | 'classify' | 'segment' | 'total';
const STAGES: Stage[] = ['parse', 'classify', 'segment', 'total'];

async function load(root: string) {
  const imp = (p: string) => import(path.resolve(root, p));
  const { parseText } = await imp('src/parse/text.ts');
  const { classifyLines } = await imp('src/extract/text/classify.ts');
  const { segmentLines } = await imp('src/extract/text/segment.ts');
  const { extractFromText } = await imp('src/extract/text/index.ts');
  const { resolveExtractOptions } = await imp('src/extract/options.ts');
  const opts = resolveExtractOptions({ referenceTime: ctx.referenceTime });
  return { parseText, classifyLines, segmentLines, extract: (t: string) => extractFromText(t, opts) };
}

const now = () => Number(process.hrtime.bigint()) / 1000;

/** Per stage, the sum over `texts` of each capture's fastest run (µs), for trees A and B. */
function measure(trees: Awaited<ReturnType<typeof load>>[], texts: string[]): Record<Stage, number>[] {
  const sums = trees.map(() => ({ parse: 0, classify: 0, segment: 0, total: 0 }));
  for (const t of texts) {
    const best = trees.map(() => ({ parse: Infinity, classify: Infinity, segment: Infinity, total: Infinity }));
    for (let r = 0; r < reps; r++) {
      for (const k of r % 2 ? [1, 0] : [0, 1]) {
        const m = trees[k];
        const b = best[k];
        let a = now();
        const parsed = m.parseText(t);
        b.parse = Math.min(b.parse, now() - a);
        a = now();
        const lines = m.classifyLines(parsed.lines, ctx);
        b.classify = Math.min(b.classify, now() - a);
        a = now();
        m.segmentLines(lines);
        b.segment = Math.min(b.segment, now() - a);
        a = now();
        m.extract(t);
        b.total = Math.min(b.total, now() - a);
      }
    }
    trees.forEach((_, k) => STAGES.forEach((s) => (sums[k][s] += best[k][s])));
  }
  return sums;
}

const trees = [await load(rootA), await load(rootB)];
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
for (const style of ['innerText', 'nodesText'] as const) {
  const all = records.map((r) => r[style]).filter((s) => s.length <= 200_000);
  const byLength = [...all].sort((a, b) => a.length - b.length);
  const median = byLength.slice(Math.floor(byLength.length * 0.4), Math.floor(byLength.length * 0.6));
  for (const [name, texts] of [['ordinary length', median], ['all ≤ 200 KB', all]] as const) {
    const [a, b] = measure(trees, texts);
    const line = (s: Record<Stage, number>) => {
      const build = s.total - s.parse - s.classify - s.segment;
      const f = (x: number) => `${Math.round(x / texts.length)} µs`;
      return `${Math.round((texts.length * 1e6) / s.total)}/s (parse ${f(s.parse)}, classify ${f(s.classify)}, segment ${f(s.segment)}, build ${f(build)})`;
    };
    console.log(`[${style}, ${name}] A ${line(a)}\n${' '.repeat(style.length + name.length + 5)}B ${line(b)}  B/A ${(a.total / b.total).toFixed(2)}x`);
  }
}
