/** Diagnostics (not part of the score): per pair (as run.ts glues them), article count, both F1s and split reasons. Usage: diag-pairs.ts [style] */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1 } from './metrics.ts';
import { scrolledTail } from './pairs.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const wcxb = records.filter((r) => r.source === 'wcxb');
for (let i = 0; i + 1 < wcxb.length; i += 2) {
  const [a, b] = [wcxb[i], wcxb[i + 1]];
  const tail = scrolledTail(b[style], b.title);
  if (tail === null) continue;
  const { articles } = extractFromText(`${a[style]}\n\n${tail}`, opts);
  const f = [bagF1(articles[0]?.text ?? '', a.body), bagF1(articles[1]?.text ?? '', b.body)];
  console.log([`${a.id}+${b.id}`, articles.length, f[0].toFixed(2), f[1].toFixed(2), articles.map((x) => x.provenance.split ?? 'first').join(','), JSON.stringify(articles[1]?.headline ?? null)].join('\t'));
}
