/**
 * Diagnostics (not part of the score): the truth's words that the first article misses, by what the capture
 * made of the line holding them (its kind, and whether it sat before, inside or after the article's body),
 * and the ceiling (the truth's words found anywhere in the capture). Usage: diag-missed.ts [style] [kind]
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/parse/text.ts';
import { classifyLines } from '../../src/extract/text/classify.ts';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { tokens } from './metrics.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const show = process.argv[3];
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const byKind = new Map<string, number>();
const perCapture = new Map<string, number>();
let truthWords = 0;
for (const r of records) {
  const { articles } = extractFromText(r[style], opts);
  const got = ' ' + tokens(articles[0]?.text ?? '').join(' ') + ' ';
  const truth = ' ' + tokens(r.body).join(' ') + ' ';
  truthWords += tokens(r.body).length;
  const lines = classifyLines(parseText(r[style]).lines, { timezone: null, referenceTime: opts.referenceTime });
  const keys = lines.map((l) => ' ' + tokens(l.text).join(' ') + ' ');
  const inBody = keys.map((k) => k.trim() !== '' && got.includes(k));
  const firstIn = inBody.indexOf(true);
  const lastIn = inBody.lastIndexOf(true);
  lines.forEach((l, i) => {
    const k = keys[i];
    if (k.trim() === '' || inBody[i] || !truth.includes(k)) return;
    const where = firstIn < 0 ? 'none' : i < firstIn ? 'before' : i > lastIn ? 'after' : 'inside';
    const key = `${l.kind}/${where}`;
    const n = tokens(l.text).length;
    byKind.set(key, (byKind.get(key) ?? 0) + n);
    perCapture.set(r.id, (perCapture.get(r.id) ?? 0) + n);
    if (show && key === show) console.log(r.id, '|', l.text.slice(0, 120));
  });
}
console.log(`truth words ${truthWords}; missed, by line kind/position:`);
for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${n}`);
console.log('most missed:', [...perCapture].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([id, n]) => `${id}:${n}`).join(' '));
