/** Small summary statistics for timings. */
export interface Summary {
  n: number;
  median: number;
  mean: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of sorted values (q in 0..1). */
function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median = n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const mean = n ? s.reduce((a, b) => a + b, 0) / n : NaN;
  return { n, median, mean, p95: percentile(s, 0.95), max: n ? s[n - 1] : NaN };
}

export const share = (hits: number, total: number): number => (total ? hits / total : NaN);
