/**
 * Near-duplicate fingerprints: MinHash over 5-word shingles, with LSH bands so the store finds
 * candidate copies through an index instead of comparing every pair. Written here (not a
 * library) because it is small, and the store needs the exact band layout for its index.
 * Pure functions: no I/O.
 */

/** Number of MinHash values; 16 bands × 4 rows finds pairs above ~0.7 Jaccard almost surely. */
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 5;

/** Two stories whose estimated shingle Jaccard reaches this are copies of one story. */
export const COPY_THRESHOLD = 0.8;

/** FNV-1a over a string's UTF-16 units, 32 bits. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A murmur3-style finaliser: turns `x ^ seed` into a well-mixed 32-bit value per hash function. */
export function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Lowercased word tokens (letters and digits of any script). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words read for a fingerprint: copies share their opening, and a cap keeps the cost of one
 * article bounded (64 hash mixes per shingle) however long the text is.
 */
export const FINGERPRINT_MAX_WORDS = 3000;

/**
 * MinHash signature of a text, or null when it has no words (such texts are never linked).
 * Each word is hashed once; a shingle's hash combines its five word hashes, so no shingle
 * string is built.
 */
export function fingerprint(text: string): Uint32Array | null {
  const w = words(text.length > FINGERPRINT_MAX_WORDS * 12 ? text.slice(0, FINGERPRINT_MAX_WORDS * 12) : text).slice(0, FINGERPRINT_MAX_WORDS);
  if (w.length === 0) return null;
  const hashes = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) hashes[i] = fnv1a(w[i]);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const last = Math.max(0, w.length - SHINGLE_WORDS);
  const span = Math.min(SHINGLE_WORDS, w.length);
  for (let start = 0; start <= last; start++) {
    let base = 0x811c9dc5;
    for (let k = 0; k < span; k++) base = mix(base, hashes[start + k]);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(base, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per LSH band: texts sharing any band key are candidate copies. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h, sig[b * ROWS + r]);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
