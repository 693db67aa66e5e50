/**
 * Diagnostics (not part of the score): per single capture, the number of articles and the first one's
 * body F1, one line each, to diff two source trees' results. Usage: node --import tsx bench/captures/diag-f1.ts [style]
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1 } from './metrics.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
for (const r of records) {
  const { articles } = extractFromText(r[style], opts);
  console.log([r.id, articles.length, bagF1(articles[0]?.text ?? '', r.body).toFixed(3), articles.map((a) => a.provenance.split ?? 'first').join(',')].join('\t'));
}
