/**
 * Diagnostics for headlines (not part of the score): for each single capture whose page shows its title,
 * the headline found against the title, and where the title line stands relative to the story's first
 * paragraph. Usage: node --import tsx bench/captures/diag-headline.ts [style] [wrong|all] [id]
 * With an id, prints the classified lines around the title line and around the story's start.
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { parseText } from '../../src/parse/text.ts';
import { classifyLines } from '../../src/extract/text/classify.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';
import { sameHeadline, tokens } from './metrics.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const style = (process.argv[2] ?? 'innerText') as 'innerText' | 'nodesText';
const mode = process.argv[3] ?? 'wrong';
const only = process.argv[4];
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
let shown = 0;
let ok = 0;
let nulls = 0;
for (const r of records) {
  if (only && r.id !== only) continue;
  const text = r[style];
  const want = tokens(r.title ?? '').join(' ');
  if (!want) continue;
  const lines = classifyLines(parseText(text).lines, { timezone: null, referenceTime: opts.referenceTime });
  // "Shown" as run.ts judges it: some raw line of the capture says the title's words.
  if (!text.split('\n').some((l) => tokens(l).join(' ') === want)) continue;
  const at = lines.findIndex((l) => tokens(l.text).join(' ') === want);
  shown++;
  const { articles } = extractFromText(text, opts);
  const got = articles[0]?.headline ?? null;
  const right = sameHeadline(got, r.title);
  if (right) ok++;
  if (got === null) nulls++;
  if (right && mode === 'wrong') continue;
  const first = articles[0]?.text.slice(0, 60) ?? '';
  const bodyAt = lines.findIndex((l) => first && l.text.startsWith(first.slice(0, 40)));
  console.log([r.id, right ? 'OK ' : 'BAD', at >= 0 ? `title@${at}(${lines[at].kind},n=${lines[at].count})` : 'title joined', `body@${bodyAt}`, JSON.stringify(got?.slice(0, 80) ?? null), '≠', JSON.stringify(r.title!.slice(0, 80))].join('\t'));
  if (only) {
    const show = (from: number, to: number) => {
      for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
        const l = lines[i];
        console.log(`${i === at ? '>>>' : i === bodyAt ? 'BBB' : '   '} ${String(i).padStart(4)} ${l.kind.padEnd(11)} ${String(l.words).padStart(3)} n=${l.count} ${l.text.slice(0, 120)}`);
      }
    };
    show(at - 15, at + 15);
    if (bodyAt >= 0 && Math.abs(bodyAt - at) > 15) (console.log('...'), show(bodyAt - 15, bodyAt + 5));
  }
}
console.log(`shown ${shown}, right ${ok}, null ${nulls}`);

if (only) {
  // The first story's candidates, best first, with their scores (as pickHeadline sees them).
  const { segmentLines } = await import('../../src/extract/text/segment.ts');
  const { earlyBody } = await import('../../src/extract/text/headline.ts');
  const { isTitleLike } = await import('../../src/extract/text/classify.ts');
  const { headlineScore, isMeta, storyVocabulary } = await import('../../src/extract/text/headline-score.ts');
  const lines = classifyLines(parseText(records.find((r) => r.id === only)![style]).lines, { timezone: null, referenceTime: opts.referenceTime });
  const seg = segmentLines(lines).segments[0];
  const window = seg.preamble.slice(Math.max(0, seg.preamble.length - 60));
  const early = earlyBody(seg.body);
  const all = [...window, ...early];
  const lead = seg.body[early.length] ?? seg.body[seg.body.length - 1];
  const title = all.map(isTitleLike);
  const ctx = { bodyStart: window.length, leadAt: lead ? lead.index : Infinity, vocab: storyVocabulary(seg.body), meta: all.map(isMeta), title };
  const scored = all.map((l, i) => ({ l, s: title[i] && l.words >= 2 ? headlineScore(all, i, ctx) : -Infinity })).filter((x) => x.s > -Infinity);
  scored.sort((a, b) => b.s - a.s);
  console.log(`segment 0: preamble ${seg.preamble.length}, body starts @${seg.body[0]?.index}, lead @${lead?.index}`);
  for (const { l, s } of scored.slice(0, 8)) console.log(`  ${s.toFixed(2).padStart(6)} @${l.index} n=${l.count} ${l.text.slice(0, 90)}`);
}
