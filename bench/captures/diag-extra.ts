/** Diagnostics (not part of the score): per article block, whether its words appear in the truth (XX: not), and truth paragraphs missed (MISS). Usage: diag-extra.ts style id… */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { tokens } from './metrics.ts';
const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const ids = process.argv.slice(3);
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
for (const r of records) {
  if (!ids.some((i) => r.id.includes(i))) continue;
  const { articles } = extractFromText(r[style], opts);
  const truth = r.body;
  const tnorm = tokens(truth).join(' ');
  console.log('=====', r.id, JSON.stringify(r.title));
  for (const [k, a] of articles.entries()) {
    console.log('--- article', k, a.headline);
    for (const b of a.body) {
      const t = b.type === 'list' ? b.items.join(' | ') : b.type === 'table' ? b.rows.flat().join(' ') : b.text;
      const tk = tokens(t).join(' ');
      const inT = tk && tnorm.includes(tk);
      console.log(inT ? '   ok ' : ' XX  ', b.type[0], t.slice(0, 160));
    }
  }
  // truth paragraphs missing
  const got = tokens(articles.map((a) => a.text).join(' ')).join(' ');
  for (const p of truth.split('\n').filter((x) => x.trim())) {
    const tk = tokens(p).join(' ');
    if (tk && !got.includes(tk)) console.log(' MISS', p.slice(0, 160));
  }
}
