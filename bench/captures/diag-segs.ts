/**
 * Diagnostics (not part of the score): the segmenter's chains and stories for one capture or one pair
 * ("idA+idB", glued as run.ts does), with each chain's link, words and the lines of the gap before it.
 * Usage: node --import tsx bench/captures/diag-segs.ts style id|idA+idB …
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/parse/text.ts';
import { classifyLines } from '../../src/extract/text/classify.ts';
import { chainsOf, segmentLines } from '../../src/extract/text/segment.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { scrolledTail } from './pairs.ts';

const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const recs = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const find = (id: string) => recs.find((r) => r.id.endsWith(id))!;
const tail = (b: CaptureRecord): string => scrolledTail(b[style], b.title) ?? b[style];
for (const arg of process.argv.slice(3)) {
  const [a, b] = arg.split('+').map(find);
  const text = b ? `${a[style]}\n\n${tail(b)}` : a[style];
  const lines = classifyLines(parseText(text).lines, { timezone: null, referenceTime: new Date('2026-01-01T00:00:00Z') });
  const bStart = b ? parseText(a[style]).lines.length : -1;
  console.log('=====', arg, 'lines', lines.length, 'B starts at', bStart);
  let prev = 0;
  for (const ch of chainsOf(lines)) {
    const gap = lines.slice(prev, ch.first).filter((l) => l.kind !== 'caption');
    console.log(`  chain ${ch.first}-${ch.last} ${ch.words}w ${ch.paragraphs}p link ${ch.link ? `${ch.link.kind}/${ch.link.reason}` : '-'} gap ${gap.length}: ${gap.slice(-3).map((l) => `[${l.kind}] ${l.text.slice(0, 40)}`).join(' / ')}`);
    prev = ch.last + 1;
  }
  for (const s of segmentLines(lines).segments) console.log(`  story ${s.body[0]?.index}-${s.body[s.body.length - 1]?.index} ${s.startedBy}`);
}
