/**
 * The article-extraction-benchmark (scrapinghub) body metric, as DESIGN.md states it.
 *
 * Why these exact rules: our figures are only comparable with the published table if every
 * corner case (short texts, empty predictions, per-page normalisation) is handled the same
 * way; `bench/metric.ts` checks this port against the published tools' outputs.
 */

/** Word tokens: runs of Unicode letters, digits and underscore (Python's `\w+`), case kept. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string | null | undefined): string[] {
  return text ? text.match(TOKEN) ?? [] : [];
}

/** Shingle size of the benchmark. */
export const SHINGLE_SIZE = 4;

/**
 * Multiset of 4-token shingles. A text with fewer than 4 tokens (but at least one) is one
 * shingle made of all its tokens; a text with no token has none.
 */
export function shingles(text: string | null | undefined, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    // U+0001 cannot occur inside a token, so joined keys never collide.
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shingle counts of one page: true positives, false positives, false negatives. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string | null | undefined, predicted: string | null | undefined): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Page precision, or null when the page predicted no shingle (left out of the average). */
export function pagePrecision({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fp === 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

/** Page recall, or null when the ground truth has no shingle (left out of the average). */
export function pageRecall({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fn === 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fn);
}

export interface AebScore {
  precision: number;
  recall: number;
  /** Harmonic mean of the averaged precision and recall (not a mean of page F1s). */
  f1: number;
  pages: number;
  /** Pages that entered the precision average (those with at least one predicted shingle). */
  precisionPages: number;
  recallPages: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function aggregate(pages: readonly PageCounts[]): AebScore {
  const ps = pages.map(pagePrecision).filter((x): x is number => x !== null);
  const rs = pages.map(pageRecall).filter((x): x is number => x !== null);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length, precisionPages: ps.length, recallPages: rs.length };
}

/**
 * Score predictions against ground truth, both `{id: {articleBody}}`. A page missing from the
 * predictions counts as an empty prediction.
 */
export function scoreOutputs(
  truth: Record<string, { articleBody?: string | null }>,
  predicted: Record<string, { articleBody?: string | null } | undefined>,
): AebScore {
  return aggregate(Object.keys(truth).map((id) => pageCounts(truth[id].articleBody, predicted[id]?.articleBody)));
}
