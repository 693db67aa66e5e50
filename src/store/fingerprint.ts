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
const SEEDS_I32 = Int32Array.from(SEEDS);

/** Whether a non-ASCII code point is a letter or a digit (any script); answers are remembered. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordChars = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let yes = wordChars.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordChars.size < 100_000) wordChars.set(cp, yes);
  }
  return yes;
}

/**
 * Lowercased word tokens: runs of letters and digits of any script, the same tokens as
 * `/[\p{L}\p{N}]+/gu` over the lowercased text. Scanned by hand because that regex's Unicode
 * classes cost more than the rest of storing an article's fingerprint: ASCII is decided by
 * code, other characters once each.
 */
export function words(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let wide = false;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          wide = true;
        }
      }
      word = isWordCodePoint(c);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (wide) i++;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
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
  return fingerprintWords(fingerprintTokens(text));
}

/** The characters of a text a fingerprint reads (a cap on the work; see `FINGERPRINT_MAX_WORDS`). */
export const FINGERPRINT_MAX_CHARS = FINGERPRINT_MAX_WORDS * 12;

/** The tokens `fingerprint` hashes: `words` of the text's first `FINGERPRINT_MAX_CHARS` characters. */
export function fingerprintTokens(text: string): string[] {
  return words(text.length > FINGERPRINT_MAX_CHARS ? text.slice(0, FINGERPRINT_MAX_CHARS) : text);
}

/** `fingerprint` from the text's tokens (`fingerprintTokens`), for a caller that needs the tokens too. */
export function fingerprintWords(tokens: readonly string[]): Uint32Array | null {
  const w = tokens.length > FINGERPRINT_MAX_WORDS ? tokens.slice(0, FINGERPRINT_MAX_WORDS) : tokens;
  if (w.length === 0) return null;
  const hashes = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) hashes[i] = fnv1a(w[i]);
  // The 64 mixes per shingle are most of an article's fingerprint cost, so they are written out
  // in int32 arithmetic (no heap numbers): `mix` inlined, and minima kept with the sign bit
  // flipped, so a signed comparison orders them as unsigned values.
  const min = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  const last = Math.max(0, w.length - SHINGLE_WORDS);
  const span = Math.min(SHINGLE_WORDS, w.length);
  for (let start = 0; start <= last; start++) {
    let base = 0x811c9dc5;
    for (let k = 0; k < span; k++) base = mix(base, hashes[start + k]);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = base ^ SEEDS_I32[i];
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h ^= 0x80000000;
      if (h < min[i]) min[i] = h;
    }
  }
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = (min[i] ^ 0x80000000) >>> 0;
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
