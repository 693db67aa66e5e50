/**
 * Scoring rules of the charset guesser, per character class and per word. The weights are
 * deliberately coarse: they only have to separate a right decoding (letters in one script with
 * sane case, frequent characters) from wrong ones (mixed scripts, "ÐŸÑ€Ð¸" soups, rare or invalid
 * characters), which differ by a wide margin on any real paragraph.
 */
import { FREQUENT_ARABIC, FREQUENT_HEBREW, FREQUENT_CYRILLIC, FREQUENT_GREEK, FREQUENT_HAN, FREQUENT_HANGUL, INWORD_PUNCT, RUSSIAN_CYRILLIC } from './sniff-data.ts';

export type CharClass =
  | 'sep' | 'bad' | 'sym' | 'cjkp' | 'ascii' | 'latin' | 'cyr' | 'greek' | 'hebrew' | 'arabic' | 'thai'
  | 'han' | 'hanrare' | 'hangul' | 'jamo' | 'kana' | 'kata' | 'hwkana' | 'mark';

/** Which script a letter class belongs to, for the one-script-per-word rule. */
const SCRIPT: Partial<Record<CharClass, string>> = {
  ascii: 'latin', latin: 'latin', cyr: 'cyr', greek: 'greek', hebrew: 'hebrew', arabic: 'arabic', thai: 'thai',
  han: 'cjk', hanrare: 'cjk', hangul: 'cjk', jamo: 'cjk', kana: 'cjk', kata: 'cjk', hwkana: 'cjk', mark: 'mark',
};

export function classify(ch: string): CharClass {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) {
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'ascii';
    if (cp >= 0x20 && cp < 0x7f) return 'sep';
    return cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c ? 'sep' : 'bad';
  }
  if (cp < 0xa0) return 'bad';
  if (cp === 0xa0) return 'sep';
  if (cp < 0xc0 || cp === 0xd7 || cp === 0xf7) return 'sym';
  if (cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00)) return 'latin';
  if (cp >= 0x300 && cp < 0x370) return 'mark';
  if (cp >= 0x370 && cp < 0x400) return 'greek';
  if (cp >= 0x400 && cp < 0x530) return 'cyr';
  if (cp >= 0x591 && cp < 0x5c8) return 'mark';
  if (cp >= 0x5d0 && cp < 0x600) return 'hebrew';
  if (cp >= 0x600 && cp < 0x700) return cp >= 0x64b && cp <= 0x65f ? 'mark' : 'arabic';
  if (cp >= 0xe00 && cp < 0xe80) return 'thai';
  if (cp >= 0x2000 && cp <= 0x200b) return 'sep';
  if (cp >= 0x3000 && cp < 0x3040) return 'cjkp';
  if (cp >= 0x3040 && cp < 0x30a0) return 'kana';
  if ((cp >= 0x30a0 && cp < 0x3100) || (cp >= 0x31f0 && cp < 0x3200)) return 'kata';
  if (cp >= 0x3130 && cp < 0x3190) return 'jamo';
  if (cp >= 0x4e00 && cp < 0xa000) return 'han';
  if ((cp >= 0x3400 && cp < 0x4dc0) || (cp >= 0xf900 && cp < 0xfb00) || cp >= 0x20000) return 'hanrare';
  if (cp >= 0xac00 && cp < 0xd7a4) return 'hangul';
  if ((cp >= 0xe000 && cp < 0xf900) || cp === 0xfffd || (cp >= 0xfff0 && cp <= 0xffff)) return 'bad';
  if (cp >= 0xff01 && cp < 0xff5f) return 'cjkp';
  if (cp >= 0xff61 && cp < 0xffa0) return 'hwkana';
  return 'sym';
}

/** Typographic marks that real text uses freely (quotes, dashes, €, ©…). */
const TYPOGRAPHIC = new Set([...'“”‘’«»„‚–—…€£¥©®™°§·•¡¿']);
/** Marks that may close a word ("said”", "it’s", "Inc.®"). */
const AFTER_WORD = new Set([...'”’»…–—·®™\u00ad']);

/** Score of one symbol; `afterLetter` is true when it directly follows a letter of the current word. */
export function scoreSymbol(ch: string, afterLetter: boolean): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x2500 && cp < 0x2600) return -2; // box drawing: what KOI8/IBM866 bytes look like in the wrong table
  if (afterLetter && !AFTER_WORD.has(ch) && !INWORD_PUNCT.has(ch)) return -1;
  return TYPOGRAPHIC.has(ch) ? 0.5 : -0.3;
}

const isUpper = (c: string) => c !== c.toLowerCase();
const isLower = (c: string) => c !== c.toUpperCase();

/** lower, UPPER or Capitalised; anything else ("пРИВЕТ", "ÐŸÑ") is what a wrong table produces. */
function caseIsSane(chars: string[]): boolean {
  const cased = chars.filter((c) => isUpper(c) || isLower(c));
  if (cased.length <= 1) return true;
  const rest = cased.slice(1);
  return rest.every(isLower) || cased.every(isUpper);
}

function scoreCjk(chars: string[], classes: CharClass[]): number {
  const hangulWithOthers = classes.includes('hangul') && (classes.includes('han') || classes.includes('kana') || classes.includes('kata'));
  let s = 0;
  for (let i = 0; i < chars.length; i++) {
    const cls = classes[i];
    if (cls === 'han') s += FREQUENT_HAN.has(chars[i]) ? 2 : 0;
    else if (cls === 'hangul') s += FREQUENT_HANGUL.has(chars[i]) ? 2 : 0.6;
    else if (cls === 'kana') s += 1.5;
    else if (cls === 'kata') s += 1;
    else if (cls === 'hanrare' || cls === 'jamo') s -= 1;
    else if (cls === 'hwkana') s -= 0.5;
    if (hangulWithOthers && cls !== 'ascii') s -= 1;
  }
  return s;
}

/** Score of one word (a run of letters between separators). ASCII letters score nothing: every candidate shares them. */
export function scoreWord(chars: string[], classes: CharClass[]): number {
  let script = '';
  let nonAscii = 0;
  let hasAscii = false;
  for (const cls of classes) {
    if (cls === 'ascii') hasAscii = true;
    else if (cls !== 'mark') {
      const sc = SCRIPT[cls] ?? 'other';
      script = script === '' || script === sc ? sc : 'mixed';
      nonAscii++;
    }
  }
  if (nonAscii === 0) return 0;
  // ASCII letters beside CJK are normal ("iPhone发布"); beside other scripts they mean a wrong table.
  if (script === 'mixed' || (hasAscii && script !== 'latin' && script !== 'cjk')) return -2 * nonAscii;
  if (script === 'cjk') return scoreCjk(chars, classes);
  if (script === 'latin') {
    if (nonAscii >= 2 && nonAscii / chars.length > 0.5) return -1 * nonAscii;
    return caseIsSane(chars) ? nonAscii : -1.5 * nonAscii;
  }
  if (script === 'cyr' || script === 'greek') {
    if (!caseIsSane(chars)) return -1.5 * nonAscii;
    const frequent = script === 'cyr' ? FREQUENT_CYRILLIC : FREQUENT_GREEK;
    let s = 0;
    for (const c of chars) s += (script === 'cyr' && !RUSSIAN_CYRILLIC.has(c) ? 0.3 : 1) + (frequent.has(c) ? 0.5 : 0);
    // Running text is mostly lower case; long all-capital words are what many wrong tables yield.
    const shouting = chars.length >= 4 && chars.every((c) => !isLower(c));
    return (shouting ? 0.6 : 1) * s + (script === 'greek' ? finalFormPenalty(chars, 'ς', 'σ') : 0);
  }
  if (script === 'thai') return scoreThai(chars);
  // Hebrew and Arabic have no case to check: the frequency of their commonest letters decides.
  const frequent = script === 'hebrew' ? FREQUENT_HEBREW : script === 'arabic' ? FREQUENT_ARABIC : null;
  let s = 0;
  for (const c of chars) s += 0.8 + (frequent?.has(c) ? 0.7 : 0);
  return s + (script === 'hebrew' ? finalFormPenalty(chars, 'ךםןףץ', '') : 0);
}

const isThaiConsonant = (cp: number) => cp >= 0xe01 && cp <= 0xe2e;
const isThaiAboveBelow = (cp: number) => cp === 0xe31 || (cp >= 0xe34 && cp <= 0xe3a) || (cp >= 0xe47 && cp <= 0xe4e);

/** Thai: vowel signs and tone marks sit on a consonant; leading vowels come before one. Byte soup breaks both. */
function scoreThai(chars: string[]): number {
  let s = 0;
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i].codePointAt(0)!;
    const prev = i > 0 ? chars[i - 1].codePointAt(0)! : 0;
    const next = i + 1 < chars.length ? chars[i + 1].codePointAt(0)! : 0;
    if (isThaiAboveBelow(cp)) s += isThaiConsonant(prev) || isThaiAboveBelow(prev) ? 0.8 : -1.5;
    else if (cp >= 0xe40 && cp <= 0xe44) s += isThaiConsonant(next) ? 0.8 : -1.5;
    else s += 0.6;
  }
  return s;
}

/**
 * Final letter forms (Greek ς, Hebrew ךםןףץ) belong at the end of a word, and their medial
 * partners (σ) not there: a wrong table scatters them anywhere.
 */
function finalFormPenalty(chars: string[], finals: string, medials: string): number {
  let s = 0;
  for (let i = 0; i < chars.length; i++) {
    const last = i === chars.length - 1;
    if (finals.includes(chars[i])) s += last ? 0.3 : -2;
    else if (medials && last && medials.includes(chars[i])) s -= 1;
  }
  return s;
}
