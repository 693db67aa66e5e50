/**
 * WCXB body score as DESIGN.md states it: per page, F1 of the multiset overlap of lowercased
 * word tokens (Unicode letters, digits, underscore) between prediction and ground truth.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of text.toLowerCase().match(TOKEN) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

const size = (m: Map<string, number>): number => {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
};

export interface BowScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Bag-of-words precision, recall and F1 of one page. Callers leave out pages whose ground
 * truth has no token (they cannot be scored); an empty prediction scores 0.
 */
export function bowScore(truth: string, predicted: string): BowScore {
  const t = bag(truth);
  const p = bag(predicted);
  const nt = size(t);
  const np = size(p);
  if (nt === 0 && np === 0) return { precision: 1, recall: 1, f1: 1 };
  let overlap = 0;
  for (const [tok, c] of p) overlap += Math.min(c, t.get(tok) ?? 0);
  const precision = np ? overlap / np : 0;
  const recall = nt ? overlap / nt : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Does the ground truth have anything to score against? */
export const hasTokens = (text: string): boolean => new RegExp(TOKEN.source, 'u').test(text);
