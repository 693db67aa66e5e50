/**
 * Diagnostics (not part of the score): pairs whose first story gets a different headline glued to page B
 * than alone, and the count of right headlines in pairs vs. singles. Usage: node --import tsx bench/captures/diag-pairhead.ts [style]
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { sameHeadline, tokens } from './metrics.ts';
import { scrolledTail } from './pairs.ts';
const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const wcxb = records.filter((r) => r.source === 'wcxb');
let n=0, ok=0, sok=0;
for (let i = 0; i + 1 < wcxb.length; i += 2) {
  const [a, b] = [wcxb[i], wcxb[i + 1]];
  const tail = scrolledTail(b[style], b.title);
  if (tail === null || tokens(tail).length < 50) continue;
  const want = tokens(a.title ?? '').join(' ');
  if (!a[style].split('\n').some((l) => tokens(l).join(' ') === want)) continue;
  const pa = extractFromText(`${a[style]}\n\n${tail}`, opts).articles;
  const sa = extractFromText(a[style], opts).articles;
  const p = sameHeadline(pa[0]?.headline ?? null, a.title), s = sameHeadline(sa[0]?.headline ?? null, a.title);
  n++; if (p) ok++; if (s) sok++;
  if (p !== s) console.log(a.id, b.id, 'pair', p, 'single', s, JSON.stringify(pa[0]?.headline), JSON.stringify(sa[0]?.headline), pa.length);
}
console.log(n, ok, sok);
