/**
 * Guessing the legacy encoding of undeclared, non-UTF-8 bytes. Each candidate decodes a sample
 * (the lines that hold non-ASCII bytes) and the decoded text is scored for plausibility: invalid
 * sequences and control characters cost a lot; words must keep to one script and a sane letter
 * case; CJK text must be dense in its language's most frequent characters. The best score per
 * non-ASCII byte wins; ties go to the earlier candidate (windows-1252 first, as browsers default).
 */
import { decodeAs } from './codec.ts';
import type { EncodingName } from './labels.ts';
import { classify, scoreWord, scoreSymbol, type CharClass } from './sniff-score.ts';

const CANDIDATES: EncodingName[] = [
  'windows-1252', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1251', 'koi8-r',
  'windows-1250', 'iso-8859-2', 'iso-8859-5', 'windows-1253', 'windows-1255', 'windows-1256', 'windows-874',
];

const SAMPLE_BYTES = 16 * 1024;

/** Bytes that never occur inside a multi-byte character of these encodings: safe places to cut. */
const isCut = (b: number) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09 || b === 0x3c || b === 0x3e;

/**
 * Stretches of text around non-ASCII bytes, up to 16 KB: markup-heavy pages keep their text far
 * from the start (and minified pages have no line breaks), and ASCII stretches decode the same in
 * every candidate. Cuts fall on spaces, line breaks and tag brackets, never inside a character.
 */
export function sampleHighLines(bytes: Uint8Array): { sample: Uint8Array; highBytes: number } {
  const parts: Uint8Array[] = [];
  let size = 0;
  let highBytes = 0;
  const n = bytes.length;
  for (let i = 0; i < n && size < SAMPLE_BYTES; i++) {
    if (bytes[i] < 0x80) continue;
    let s = i;
    while (s > 0 && i - s < 64 && !isCut(bytes[s - 1])) s--;
    let lastHigh = i;
    let j = i;
    let high = 0;
    for (; j < n; j++) {
      const b = bytes[j];
      if (b >= 0x80) {
        lastHigh = j;
        high++;
      } else if (isCut(b) && (j - lastHigh > 64 || size + (j - s) >= SAMPLE_BYTES)) break;
      // A text with no cut byte at all is cut hard (costing at most one character).
      if (size + (j - s) >= 2 * SAMPLE_BYTES) break;
    }
    const e = j;
    parts.push(bytes.subarray(s, e), NEWLINE);
    size += e - s + 1;
    highBytes += high;
    i = e;
  }
  return { sample: Buffer.concat(parts), highBytes };
}

const NEWLINE = Uint8Array.of(0x0a);

/** Plausibility of decoded text; higher is better. */
export function scoreText(text: string): number {
  let score = 0;
  // Parallel arrays reused for every word: this loop runs once per candidate over the sample.
  const chars: string[] = [];
  const classes: CharClass[] = [];
  let nonAscii = 0;
  const flush = () => {
    if (nonAscii > 0) score += scoreWord(chars, classes);
    chars.length = 0;
    classes.length = 0;
    nonAscii = 0;
  };
  for (const ch of text) {
    const cls = classify(ch);
    if (cls === 'sep') {
      flush();
      continue;
    }
    if (cls === 'bad') {
      score -= 5;
      flush();
      continue;
    }
    if (cls === 'cjkp') {
      score += 0.5;
      flush();
      continue;
    }
    if (cls === 'sym') {
      score += scoreSymbol(ch, chars.length > 0);
      continue;
    }
    chars.push(ch);
    classes.push(cls);
    if (cls !== 'ascii') nonAscii++;
  }
  flush();
  return score;
}

export interface Guess {
  encoding: EncodingName;
  /** Score per non-ASCII byte of the best candidate (about 0.5–1.5 for a right guess). */
  score: number;
  runnerUp: { encoding: EncodingName; score: number } | null;
}

/** Best legacy encoding for bytes that hold non-ASCII bytes and are not UTF-8; null when nothing is plausible. */
export function guessLegacyEncoding(bytes: Uint8Array): Guess | null {
  const { sample, highBytes } = sampleHighLines(bytes);
  if (highBytes === 0) return null;
  const scored = CANDIDATES.map((encoding) => ({ encoding, score: scoreText(decodeAs(encoding, sample)) / highBytes }));
  const ranked = scored.slice().sort((a, b) => b.score - a.score || CANDIDATES.indexOf(a.encoding) - CANDIDATES.indexOf(b.encoding));
  const [best, second] = ranked;
  if (best.score <= 0) return null;
  return { encoding: best.encoding, score: best.score, runnerUp: second ? { encoding: second.encoding, score: second.score } : null };
}

/**
 * UTF-16 without a byte-order mark: ASCII-range text then has a zero in every other byte. Read
 * before the binary check, so such files are decoded instead of refused for their NULs.
 */
export function detectUtf16NoBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs > 0.4 && zeroEven / pairs < 0.02) return 'utf-16le';
  if (zeroEven / pairs > 0.4 && zeroOdd / pairs < 0.02) return 'utf-16be';
  return null;
}
