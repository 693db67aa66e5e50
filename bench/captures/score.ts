/**
 * The capture benchmark's scoring, shared by `npm run bench:captures` (run.ts) and the quality-floor
 * test (test/quality/captures.test.ts). Singles are whole pages; pairs glue page B after page A the way
 * continuous scroll does (B's page header and headline lost), so the right answer is two stories, the
 * second with a null headline.
 */
import { extractFromText } from '../../src/extract/text/index.ts';
import { resolveExtractOptions } from '../../src/extract/options.ts';
import type { CaptureRecord } from './generate.ts';
import { bagF1, sameHeadline, tokens } from './metrics.ts';
import { scrolledTail, titleLine } from './pairs.ts';

export type Style = 'innerText' | 'nodesText';
export const STYLES: Style[] = ['innerText', 'nodesText'];
/** A fixed reference time: "2 hours ago" in a capture must give the same answer on every run. */
export const captureOptions = resolveExtractOptions({ referenceTime: new Date('2026-01-01T00:00:00Z') });

export interface Tally { n: number; split: number; f1: number; heads: number; headOk: number; lostNull: number; lostN: number }
const tally = (): Tally => ({ n: 0, split: 0, f1: 0, heads: 0, headOk: 0, lostNull: 0, lostN: 0 });

function scoreSingle(r: CaptureRecord, style: Style, t: Tally): void {
  const text = r[style];
  const { articles } = extractFromText(text, captureOptions);
  t.n++;
  if (articles.length === 1) t.split++;
  t.f1 += bagF1(articles[0]?.text ?? '', r.body);
  if (titleLine(text, r.title) >= 0) {
    t.heads++;
    if (sameHeadline(articles[0]?.headline ?? null, r.title)) t.headOk++;
  }
}

/** Share of the truth's tokens (a multiset) that `text` holds: how much of a story a capture kept. */
function coverage(text: string, truth: string): number {
  const have = new Map<string, number>();
  for (const w of tokens(text)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = tokens(truth);
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) (hit++, have.set(w, n - 1));
  }
  return want.length ? hit / want.length : 0;
}

/**
 * A pair counts only when page B's scrolled tail holds at least this share of B's body. Why: on pages
 * whose title line shows only after the body (a "recent posts" list, a footer) or whose capture lacks
 * the body (rendered by scripts), the tail holds no second story, and "two stories" would be a wrong
 * answer key. Such pages still count as singles.
 */
const PAIR_MIN_COVERAGE = 0.5;

function scorePair(a: CaptureRecord, b: CaptureRecord, style: Style, t: Tally): void {
  const tail = scrolledTail(b[style], b.title);
  if (tail === null || tokens(tail).length < 50 || coverage(tail, b.body) < PAIR_MIN_COVERAGE) return;
  const { articles } = extractFromText(`${a[style]}\n\n${tail}`, captureOptions);
  t.n++;
  if (articles.length === 2) t.split++;
  t.f1 += (bagF1(articles[0]?.text ?? '', a.body) + bagF1(articles[1]?.text ?? '', b.body)) / 2;
  if (titleLine(a[style], a.title) >= 0) {
    t.heads++;
    if (sameHeadline(articles[0]?.headline ?? null, a.title)) t.headOk++;
  }
  t.lostN++;
  if (articles[1] && articles[1].headline === null) t.lostNull++;
}

/** One style's tallies over every single capture and every pair of consecutive WCXB pages. */
export function scoreStyle(records: CaptureRecord[], style: Style): { single: Tally; pair: Tally } {
  const single = tally();
  const pair = tally();
  for (const r of records) scoreSingle(r, style, single);
  const wcxb = records.filter((r) => r.source === 'wcxb');
  for (let i = 0; i + 1 < wcxb.length; i += 2) scorePair(wcxb[i], wcxb[i + 1], style, pair);
  return { single, pair };
}

/** The three figures the issue sets targets for, over singles and pairs together (shares in 0–1). */
export function headlineFigures({ single, pair }: { single: Tally; pair: Tally }): { split: number; bodyF1: number; headline: number } {
  const n = single.n + pair.n;
  const heads = single.heads + pair.heads;
  return {
    split: n ? (single.split + pair.split) / n : 0,
    bodyF1: n ? (single.f1 + pair.f1) / n : 0,
    headline: heads ? (single.headOk + pair.headOk) / heads : 0,
  };
}
