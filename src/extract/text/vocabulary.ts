/**
 * Vocabulary of a run of text, to tell "the same story, after an inline box" from "another story":
 * words of four letters or more, lower-cased (short words are mostly function words, which every
 * English text shares and which would make all stories look alike), hashed into a fixed number of
 * buckets, and kept sparse: the buckets a run uses, sorted, with their counts. Why hashed: a Map of
 * strings per run cost more than the rest of the segmenter. Why sparse: a dense bag per run of a few
 * lines was 32 KB to allocate and 4,096 buckets to walk per comparison; a run uses a few hundred.
 * With 4,096 buckets collisions change a cosine by far less than the thresholds' margins.
 */

export const BAG_BUCKETS = 4096;

/** Sorted bucket numbers, their counts, and the squared norm (for cosine). */
export interface Bag { keys: Int32Array; counts: Float64Array; norm2: number }

/** Letters: ASCII letters, and non-ASCII characters outside the punctuation blocks (quotes, dashes, spaces). */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7);
}

/**
 * Counts words into a dense scratch array and notes the buckets touched, so that a bag costs only the
 * buckets its text uses. One instance is reused for every bag built in a call (no shared module state).
 */
export class BagBuilder {
  private readonly dense = new Float64Array(BAG_BUCKETS);
  private touched: number[] = [];

  /** Adds the words of `text` (one pass over its characters, no allocation). */
  add(text: string): this {
    const dense = this.dense;
    const touched = this.touched;
    const n = text.length;
    let h = 0x811c9dc5;
    let len = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (isLetter(c)) {
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
        len++;
        continue;
      }
      if (len >= 4) {
        const k = h & (BAG_BUCKETS - 1); // the low bits: the same bucket as (h >>> 0) & mask
        if (dense[k]++ === 0) touched.push(k);
      }
      h = 0x811c9dc5;
      len = 0;
    }
    return this;
  }

  /** The bag of everything added since the last call; the builder is empty again after it. */
  take(): Bag {
    const keys = Int32Array.from(this.touched).sort();
    const counts = new Float64Array(keys.length);
    let norm2 = 0;
    for (let i = 0; i < keys.length; i++) {
      const v = this.dense[keys[i]];
      counts[i] = v;
      norm2 += v * v;
      this.dense[keys[i]] = 0;
    }
    this.touched = [];
    return { keys, counts, norm2 };
  }
}

/** The bag of one text. */
export function wordBag(text: string): Bag {
  return new BagBuilder().add(text).take();
}

/** The bag of `a` and `b` together (a new bag; neither input changes). */
export function mergeBags(a: Bag, b: Bag): Bag {
  const keys = new Int32Array(a.keys.length + b.keys.length);
  const counts = new Float64Array(keys.length);
  let i = 0;
  let j = 0;
  let n = 0;
  let norm2 = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const ka = i < a.keys.length ? a.keys[i] : BAG_BUCKETS;
    const kb = j < b.keys.length ? b.keys[j] : BAG_BUCKETS;
    const k = ka < kb ? ka : kb;
    const v = (ka === k ? a.counts[i++] : 0) + (kb === k ? b.counts[j++] : 0);
    keys[n] = k;
    counts[n++] = v;
    norm2 += v * v;
  }
  return { keys: keys.slice(0, n), counts: counts.slice(0, n), norm2 };
}

/** Cosine similarity of two bags: 1 for the same mix of words, 0 for none in common. */
export function cosine(a: Bag, b: Bag): number {
  if (!a.norm2 || !b.norm2) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i];
    const kb = b.keys[j];
    if (ka === kb) dot += a.counts[i++] * b.counts[j++];
    else if (ka < kb) i++;
    else j++;
  }
  return dot / Math.sqrt(a.norm2 * b.norm2);
}
