/**
 * Diagnostics for splitting (not part of the score): for each single and pair capture built as run.ts
 * builds them, the number of articles found, why each later one started, and where the second story of
 * a pair starts against page B's truth. Usage: node --import tsx bench/captures/diag-split.ts [style] [wrong]
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { bagF1, tokens } from './metrics.ts';
import { scrolledTail } from './pairs.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const onlyWrong = process.argv[3] === 'wrong';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);


const head = (s: string) => JSON.stringify(s.slice(0, 70));
for (const r of records) {
  const { articles } = extractFromText(r[style], opts);
  if (onlyWrong && articles.length === 1) continue;
  console.log(['single', r.id, articles.length, bagF1(articles[0]?.text ?? '', r.body).toFixed(2), articles.map((a) => `${a.provenance.split ?? 'first'}:${a.text.length}:${head(a.text)}`).join(' | ')].join('\t'));
}
const wcxb = records.filter((r) => r.source === 'wcxb');
for (let i = 0; i + 1 < wcxb.length; i += 2) {
  const [a, b] = [wcxb[i], wcxb[i + 1]];
  const tail = scrolledTail(b[style], b.title);
  if (tail === null || tokens(tail).length < 50) continue;
  const { articles } = extractFromText(`${a[style]}\n\n${tail}`, opts);
  if (onlyWrong && articles.length === 2) continue;
  const f = articles.map((x) => `${bagF1(x.text, a.body).toFixed(2)}/${bagF1(x.text, b.body).toFixed(2)}`).join(' ');
  console.log(['pair', `${a.id}+${b.id}`, articles.length, f, head(b.body), articles.map((x) => `${x.provenance.split ?? 'first'}:${x.text.length}:${head(x.text)}`).join(' | ')].join('\t'));
}
