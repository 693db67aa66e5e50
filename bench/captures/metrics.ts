/** Scoring for the capture benchmark: bag-of-words F1 (lower-cased `\w+` tokens, as WCXB) and headline match. */

const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Multiset F1 of predicted vs. truth tokens; 1 when both are empty, 0 when only one is. */
export function bagF1(predicted: string, truth: string): number {
  const p = tokens(predicted);
  const t = tokens(truth);
  if (p.length === 0 && t.length === 0) return 1;
  if (p.length === 0 || t.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let tp = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      tp++;
      counts.set(w, c - 1);
    }
  }
  const precision = tp / p.length;
  const recall = tp / t.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Headlines compared on their words only (case, punctuation and spacing differ between title and page). */
export function sameHeadline(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return tokens(a).join(' ') === tokens(b).join(' ');
}
