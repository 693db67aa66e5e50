/**
 * Diagnostics (not part of the score): per single capture, body precision and recall of the first article
 * (bag of words, as metrics.ts), and the share of F1 lost to each, to group the losses.
 * Usage: node --import tsx bench/captures/diag-pr.ts [style] [minLoss]
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1, tokens } from './metrics.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const minLoss = Number(process.argv[3] ?? 0.05);

/** Precision and recall of `p` against `t` (token multisets). */
export function pr(p: string, t: string): { p: number; r: number; np: number; nt: number } {
  const pt = tokens(p);
  const tt = tokens(t);
  const counts = new Map<string, number>();
  for (const w of tt) counts.set(w, (counts.get(w) ?? 0) + 1);
  let tp = 0;
  for (const w of pt) {
    const c = counts.get(w) ?? 0;
    if (c > 0) (tp++, counts.set(w, c - 1));
  }
  return { p: pt.length ? tp / pt.length : 0, r: tt.length ? tp / tt.length : 0, np: pt.length, nt: tt.length };
}

const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
let lossP = 0, lossR = 0, total = 0;
const rows: string[] = [];
for (const r of records) {
  const { articles } = extractFromText(r[style], opts);
  const all = articles.map((a) => a.text).join('\n');
  const f = bagF1(articles[0]?.text ?? '', r.body);
  const m = pr(articles[0]?.text ?? '', r.body);
  const mAll = pr(all, r.body);
  total += 1 - f;
  // Attribute the loss by which side is worse.
  if (1 - m.p > 1 - m.r) lossP += 1 - f; else lossR += 1 - f;
  if (1 - f >= minLoss) rows.push([r.id, articles.length, f.toFixed(3), `P ${m.p.toFixed(2)}`, `R ${m.r.toFixed(2)}`, `Rall ${mAll.r.toFixed(2)}`, `np ${m.np}`, `nt ${m.nt}`, `cap ${tokens(r[style]).length}`].join('\t'));
}
rows.sort();
console.log(rows.join('\n'));
console.log(`F1 loss total ${total.toFixed(2)} over ${records.length}: precision-side ${lossP.toFixed(2)}, recall-side ${lossR.toFixed(2)}`);
