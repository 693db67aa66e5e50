/**
 * Vocabulary of a run of text, to tell "the same story, after an inline box" from "another story":
 * words of four letters or more, lower-cased (short words are mostly function words, which every
 * English text shares and which would make all stories look alike), hashed into a fixed number of
 * buckets. Why hashed: a Map of strings per run cost more than the rest of the segmenter; with 4,096
 * buckets collisions change a cosine by far less than the thresholds' margins.
 */

export const BAG_BUCKETS = 4096;
export type Bag = Float64Array;

export function emptyBag(): Bag {
  return new Float64Array(BAG_BUCKETS);
}

/** Letters: ASCII letters, and non-ASCII characters outside the punctuation blocks (quotes, dashes, spaces). */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7);
}

/** Adds the words of `text` to `bag` (counts per hashed word). One pass over the characters, no allocation. */
export function wordBag(text: string, bag: Bag): Bag {
  let h = 0x811c9dc5;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isLetter(c)) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      h = Math.imul(h ^ lower, 0x01000193);
      len++;
      continue;
    }
    if (len >= 4) bag[(h >>> 0) & (BAG_BUCKETS - 1)]++;
    h = 0x811c9dc5;
    len = 0;
  }
  return bag;
}

/** Adds `b` into `a`. */
export function addBag(a: Bag, b: Bag): void {
  for (let i = 0; i < BAG_BUCKETS; i++) a[i] += b[i];
}

/** Cosine similarity of two bags: 1 for the same mix of words, 0 for none in common. */
export function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < BAG_BUCKETS; i++) {
    const x = a[i];
    const y = b[i];
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
