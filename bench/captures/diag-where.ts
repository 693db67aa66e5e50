/**
 * Diagnostics (not part of the score): where the first article's extra words sit — before the first block
 * found in the truth (lead), after the last (trail), or between (inner) — summed over the singles, and the
 * captures with the most of each. Usage: node --import tsx bench/captures/diag-where.ts [style]
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1, tokens } from './metrics.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const sums = { lead: 0, inner: 0, trail: 0, truth: 0, split: 0 };
/** F1 gained if the first article lost its lead/inner/trail extras, or held every article's text (split). */
const gain = { lead: 0, inner: 0, trail: 0, split: 0, f1: 0 };
const worst: Record<string, [string, number][]> = { lead: [], inner: [], trail: [], split: [] };
for (const r of records) {
  const { articles } = extractFromText(r[style], opts);
  const truth = tokens(r.body).join(' ');
  const nt = tokens(r.body).length;
  sums.truth += nt;
  const a = articles[0];
  if (articles.length > 1) {
    const lost = articles.slice(1).reduce((n, x) => n + tokens(x.text).length, 0);
    sums.split += lost / nt;
    worst.split.push([r.id, lost / nt]);
  }
  if (!a) continue;
  const blocks = a.body.map((b) => tokens(b.type === 'list' ? b.items.join(' ') : b.type === 'table' ? b.rows.flat().join(' ') : b.text));
  const ok = blocks.map((t) => t.length > 0 && truth.includes(t.join(' ')));
  const first = ok.indexOf(true);
  const last = ok.lastIndexOf(true);
  const x = { lead: 0, inner: 0, trail: 0 };
  blocks.forEach((t, i) => {
    if (ok[i]) return;
    const k = first < 0 || i < first ? 'lead' : i > last ? 'trail' : 'inner';
    x[k] += t.length;
  });
  const f1 = bagF1(a.text, r.body);
  gain.f1 += f1;
  if (articles.length > 1) gain.split += bagF1(articles.map((x) => x.text).join(' '), r.body) - f1;
  for (const k of ['lead', 'inner', 'trail'] as const) {
    const kept = blocks.filter((t, i) => ok[i] || (first < 0 || i < first ? 'lead' : i > last ? 'trail' : 'inner') !== k);
    gain[k] += bagF1(kept.map((t) => t.join(' ')).join(' '), r.body) - f1;
  }
  for (const k of ['lead', 'inner', 'trail'] as const) {
    sums[k] += x[k] / nt;
    worst[k].push([r.id, x[k] / nt]);
  }
}
console.log(`extra words per truth word, summed over captures: lead ${sums.lead.toFixed(1)}, inner ${sums.inner.toFixed(1)}, trail ${sums.trail.toFixed(1)}; later articles' words (split) ${sums.split.toFixed(1)}`);
console.log(`F1 gained by an oracle, summed over ${records.length} captures (mean F1 ${(gain.f1 / records.length).toFixed(3)}): lead ${gain.lead.toFixed(1)}, inner ${gain.inner.toFixed(1)}, trail ${gain.trail.toFixed(1)}, split ${gain.split.toFixed(1)}`);
for (const k of Object.keys(worst)) console.log(k, worst[k].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([id, v]) => `${id.replace(/^(wcxb|aeb)-/, '')}:${v.toFixed(2)}`).join(' '));
