/**
 * CPU time per stage of plain-text extraction on the capture corpus (not part of the score):
 * parse → classify → segment → build, for all captures ≤ 200 KB and for the median-length band
 * (the middle fifth by length: "captures of ordinary length"). CPU time, not wall time: the
 * machine is shared. Usage: node --import tsx bench/captures/perf-stages.ts
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/parse/text.ts';
import { classifyLines } from '../../src/extract/text/classify.ts';
import { segmentLines } from '../../src/extract/text/segment.ts';
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import { corpusPath, type CaptureRecord } from './generate.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });
const ctx = { timezone: opts.timezone, referenceTime: opts.referenceTime };
const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
const all = records.flatMap((r) => [r.innerText, r.nodesText]).filter((t) => t.length <= 200_000);
const byLen = [...all].sort((a, b) => a.length - b.length);
const band = byLen.slice(Math.floor(byLen.length * 0.4), Math.floor(byLen.length * 0.6));

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function stages(texts: string[], label: string): void {
  for (const t of texts) extractFromText(t, opts); // warm-up
  const passes = 3;
  const total = cpuMs(() => { for (let p = 0; p < passes; p++) for (const t of texts) extractFromText(t, opts); }) / passes;
  const parsed = texts.map((t) => parseText(t));
  const parse = cpuMs(() => { for (let p = 0; p < passes; p++) for (const t of texts) parseText(t); }) / passes;
  const classified = parsed.map((p) => classifyLines(p.lines, ctx));
  const classify = cpuMs(() => { for (let p = 0; p < passes; p++) for (const x of parsed) classifyLines(x.lines, ctx); }) / passes;
  const segment = cpuMs(() => { for (let p = 0; p < passes; p++) for (const c of classified) segmentLines(c); }) / passes;
  const rest = total - parse - classify - segment;
  const kb = texts.reduce((a, t) => a + t.length, 0) / texts.length / 1000;
  const f = (ms: number) => `${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(0)}%)`;
  console.log(`${label}: ${texts.length} captures, mean ${kb.toFixed(1)} KB — ${Math.round((texts.length * 1000) / total)} captures per CPU-second`);
  console.log(`  parse ${f(parse)}, classify ${f(classify)}, segment ${f(segment)}, build articles ${f(rest)}`);
}

stages(band, 'median band (40th–60th percentile by length)');
stages(all, 'all captures ≤ 200 KB');
