/**
 * Diagnostics (not part of the score): the classified lines around the junction of a pair capture
 * (page A's end, page B's scrolled tail), with each line's kind, to see what signals the boundary.
 * Usage: node --import tsx bench/captures/diag-junction.ts idA idB [style] [before] [after]
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/parse/text.ts';
import { classifyLines } from '../../src/extract/text/classify.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { scrolledTail } from './pairs.ts';

const [idA, idB, styleArg, beforeArg, afterArg] = process.argv.slice(2);
const style = (styleArg ?? 'innerText') as 'innerText' | 'nodesText';
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const a = records.find((r) => r.id === idA)!;
const b = records.find((r) => r.id === idB);
let text = a[style];
let junction = Infinity;
if (b) {
  const tail = scrolledTail(b[style], b.title) ?? b[style];
  text = `${a[style]}\n\n${tail}`;
  junction = parseText(a[style]).lines.length;
}
const lines = classifyLines(parseText(text).lines, { timezone: null, referenceTime: new Date('2026-01-01T00:00:00Z') });
const from = Number.isFinite(junction) ? junction - Number(beforeArg ?? 40) : 0;
const to = Number.isFinite(junction) ? junction + Number(afterArg ?? 25) : lines.length;
for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
  const l = lines[i];
  console.log(`${i === junction ? '>>>' : '   '} ${String(i).padStart(4)} ${l.kind.padEnd(11)} ${l.words.toString().padStart(3)} ${l.dateline ? 'DL ' : ''}${l.text.slice(0, 110)}`);
}
