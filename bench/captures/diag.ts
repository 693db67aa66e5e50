/** Diagnostics for the capture benchmark: per-page article counts, F1 and headlines (not part of the score). */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1 } from './metrics.ts';

const opts = resolveExtractOptions({});
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const only = process.argv[3];
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const counts = new Map<number, number>();
for (const r of records) {
  if (only && r.id !== only) continue;
  const t0 = performance.now();
  const { articles, messages } = extractFromText(r[style], opts);
  const ms = performance.now() - t0;
  counts.set(articles.length, (counts.get(articles.length) ?? 0) + 1);
  const f1 = bagF1(articles[0]?.text ?? '', r.body);
  console.log([r.id, articles.length, f1.toFixed(2), ms.toFixed(1) + 'ms', r[style].length, JSON.stringify(articles[0]?.headline ?? null), JSON.stringify(r.title), articles.map((a) => a.provenance.split ?? '').join(',')].join('\t'));
  if (only) {
    for (const a of articles) console.log('---', a.headline, '\n', a.text.slice(0, 3000));
    console.log(messages);
  }
}
console.log([...counts].sort((a, b) => a[0] - b[0]));
