import type { Message } from '../model/article.ts';
import * as shape from '../extract/heuristics/text-shape.ts';
import * as chars from '../extract/text/perf-text.ts';

// Imported bindings copied once into module constants. Why: run through tsx (the CLI and the benchmarks),
// every use of an imported name is a getter call on the module object, and these are used per character
// and per line: the getters were ~7% of parsing.
const { CONTINUATION_TAIL, JUNK_RATIO, MAX_LINE_CHARS, MAX_TEXT_CHARS } = shape;
const { endsLikeSentence, isSpaceCode } = chars;

/** One non-blank line of a text capture, normalised. */
export interface TextLine {
  /** Whitespace collapsed, trimmed; otherwise verbatim. */
  text: string;
  /** Position among the capture's non-blank lines. */
  index: number;
  /** A blank line came before it (paragraph break in "copy all" and innerText styles). */
  blankBefore: boolean;
  /** Lower-cased text: the identity used to find repeated lines. */
  key: string;
  words: number;
}

export interface ParsedText {
  lines: TextLine[];
  messages: Message[];
  /** Set when the capture is unusable (binary junk): extraction stops with this reason. */
  refused: Message | null;
}

export interface ParseTextOptions {
  /** Characters read at most (default MAX_TEXT_CHARS); the rest is skipped with a message. */
  maxChars?: number;
}

// Controls other than tab/newline, U+FFFD, zero-width and BOM characters: never text.
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const JUNK_ONE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const INVISIBLE_ONE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/**
 * A plain-text capture (browser "copy all", innerText, a scraper's text) → its non-blank lines,
 * normalised, with text-node fragments of one sentence joined back together. Linear in the input;
 * reads at most `maxChars` characters so 100 MB inputs cost bounded time and memory.
 */
export function parseText(input: string, options: ParseTextOptions = {}): ParsedText {
  const messages: Message[] = [];
  const max = options.maxChars ?? MAX_TEXT_CHARS;
  let text = input;
  if (text.length > max) {
    const cut = text.lastIndexOf('\n', max);
    text = text.slice(0, cut > max / 2 ? cut : max);
    messages.push({ level: 'warn', code: 'text.truncated', text: `Only the first ${text.length} of ${input.length} characters were read.` });
  }
  // Short captures are scanned once: junk is counted while the lines are cut. Long ones are sampled first,
  // so 8 MB of binary junk is refused before any line is made.
  const sampled = Math.min(text.length, JUNK_SAMPLE_CHARS);
  const pre = text.length > JUNK_SAMPLE_CHARS ? countJunk(text, sampled) : 0;
  if (pre / sampled > JUNK_RATIO) return { lines: [], messages, refused: binary(pre, sampled) };
  // Keys (lower-cased lines) are cut from the text lower-cased once, where that keeps every position (it
  // does unless the text holds "İ", whose lower case is two characters). Lines end at line breaks, which
  // end the context of a final sigma too, so each cut equals the line lower-cased by itself.
  const lower = text.toLowerCase();
  const scan = toLines(text, lower.length === text.length ? lower : null);
  if (text.length <= JUNK_SAMPLE_CHARS && sampled > 0 && scan.junk / sampled > JUNK_RATIO) return { lines: [], messages, refused: binary(scan.junk, sampled) };
  return { lines: joinFragments(scan.lines), messages, refused: null };
}

/** How much of a long capture is sampled for junk before anything else is done. */
const JUNK_SAMPLE_CHARS = 65_536;

function binary(junk: number, sampled: number): Message {
  return { level: 'warn', code: 'input.binary', text: `The text is ${Math.round((100 * junk) / sampled)}% control or replacement characters: binary data, not a capture.` };
}

/** Control characters (not tab/newline/CR) and U+FFFD among the first `n` characters: a loop, no match array. */
function countJunk(text: string, n: number): number {
  let junk = 0;
  for (let i = 0; i < n; i++) if (isJunk(text.charCodeAt(i))) junk++;
  return junk;
}

function isJunk(c: number): boolean {
  return c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127 || c === 0xfffd;
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/**
 * The capture's lines, normalised, in one pass over its characters: line breaks found by char code,
 * and in the same loop the line's spaces counted (its words) and anything to clean noticed (junk or
 * invisible characters, whitespace other than single spaces). Only lines with something to clean go
 * through regex replaces. Why by hand: split, two whole-text replaces and a replace and trim per line
 * allocated several copies of every line and were a third of the whole extraction.
 */
function toLines(text: string, lower: string | null): { lines: TextLine[]; junk: number } {
  const lines: TextLine[] = [];
  let blank = true;
  let junk = 0;
  const n = text.length;
  let pos = 0;
  while (pos <= n) {
    const start = pos;
    let end = pos;
    let c = 0;
    let spaces = 0;
    let cjk = 0;
    let clean = false;
    let prevSpace = true; // a leading space needs trimming
    for (; end < n; end++) {
      c = text.charCodeAt(end);
      if (c === 32) {
        if (prevSpace) clean = true;
        prevSpace = true;
        spaces++;
        continue;
      }
      prevSpace = false;
      if (c < 32) {
        if (c === 10 || c === 13) break;
        clean = true;
        if (c !== 9) junk++;
      } else if (c >= 0x7f) {
        if (isCjk(c)) {
          cjk++;
          continue;
        }
        if (c === 0x2028 || c === 0x2029) break;
        if (isJunk(c)) (junk++, (clean = true));
        else if (isInvisible(c) || isSpaceCode(c)) clean = true;
      }
    }
    if (end > pos && text.charCodeAt(end - 1) === 32) clean = true; // a trailing space
    const t = clean ? cleanLine(text.slice(pos, end)) : text.slice(pos, end);
    pos = end + (c === 13 && end + 1 < n && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (!t) {
      blank = true;
      continue;
    }
    if (t.length <= MAX_LINE_CHARS) {
      const key = clean || !lower ? t.toLowerCase() : lower.slice(start, end);
      lines.push(lineOf(t, lines.length, blank, clean ? countWords(t) : spaces + 1 + (cjk >> 1), key));
    } else for (const piece of cutLong(t)) (lines.push(lineOf(piece, lines.length, blank, countWords(piece), piece.toLowerCase())), (blank = false));
    blank = false;
  }
  return { lines, junk };
}

/** A line with junk, invisible characters or irregular whitespace: those removed, whitespace runs made one space, trimmed. */
function cleanLine(raw: string): string {
  let t = raw;
  if (JUNK_ONE.test(t)) t = t.replace(JUNK, '');
  if (INVISIBLE_ONE.test(t)) t = t.replace(INVISIBLE, '');
  return t.replace(/\s+/g, ' ').trim();
}

/** Kana and CJK ideographs (U+3040–U+9FFF): Chinese and Japanese, written without spaces between words. */
export function isCjk(c: number): boolean {
  return c >= 0x3040 && c <= 0x9fff;
}

/**
 * Words of a line: its spaces plus one, and one word for every two Chinese or Japanese characters
 * (isCjk), which are written without spaces: without them a whole
 * Japanese paragraph counted as one word and read as a short line, never as prose.
 */
function countWords(text: string): number {
  let words = 1;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) words++;
    else if (isCjk(c)) cjk++;
  }
  return words + (cjk >> 1);
}

function lineOf(text: string, index: number, blankBefore: boolean, words: number, key: string): TextLine {
  return { text, index, blankBefore, key, words };
}

/** A line past MAX_LINE_CHARS is cut at spaces into pieces: no paragraph is that long. */
function cutLong(t: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < t.length) {
    let end = Math.min(t.length, start + MAX_LINE_CHARS);
    if (end < t.length) {
      const sp = t.lastIndexOf(' ', end);
      if (sp > start + MAX_LINE_CHARS / 2) end = sp;
    }
    out.push(t.slice(start, end).trim());
    start = end;
  }
  return out.filter(Boolean);
}

/**
 * Captures that keep each DOM text node on its own line split sentences at inline links:
 * "Officials met" / "Donald Trump" / "on Monday." Join a line to the previous one when the
 * previous is unfinished and this one continues it (starts lower-case or with punctuation, or
 * the previous ends with a function word or comma).
 */
function joinFragments(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.text.length + line.text.length < MAX_LINE_CHARS && continues(prev.text, line.text)) {
      const c = line.text.charCodeAt(0);
      const glue = c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d ? '' : ' ';
      // prev was made by toLines for this call: extended in place rather than copied (speed).
      prev.text = prev.text + glue + line.text;
      prev.words += line.words - (glue ? 0 : 1);
      prev.key = ''; // lower-cased once complete, below
    } else {
      line.index = out.length;
      out.push(line);
    }
  }
  for (const l of out) if (!l.key) l.key = l.text.toLowerCase();
  return out;
}

/** Function words are at most this long: a line's tail this long holds its whole last word if it is one. */
const TAIL_WORD_SPAN = 12;

/** Does `next` continue the unfinished sentence `prev`? Char tests first; regexes only on the few lines they leave. */
function continues(prev: string, next: string): boolean {
  const c = next.charCodeAt(0);
  const prevEnds = endsLikeSentence(prev);
  if (c === 44 || c === 59 || c === 58 || c === 41 || c === 93) return !prevEnds || endsWithClausePunct(prev);
  if ((c === 46 || c === 33 || c === 63) && (next.length === 1 || isSpaceCode(next.charCodeAt(1)))) return !prevEnds || endsWithClausePunct(prev);
  if (prevEnds) return false;
  const lower = c >= 97 && c <= 122 ? true : c < 128 ? false : /^\p{Ll}/u.test(next);
  const last = prev.charCodeAt(prev.length - 1);
  if (lower) {
    if (next.startsWith('http:') || next.startsWith('https:') || next.startsWith('www.')) return false;
    // A byline under a headline ("by Jim Donnelly | August 24", "by: Ziyi Xu"): its own line unless a clause runs on.
    return !(c === 98 && BYLINE_START.test(next) && last !== 44);
  }
  if (last === 44 || last === 40 || last === 45 || last === 0x2013 || last === 0x2014) return true;
  // A button or label of a word or two ("SubscribeSign in", "Log in") above a capitalised line is not a
  // sentence cut at a link: a fragment that ends with a function word is longer than that.
  return prev.length > 12 && CONTINUATION_TAIL.test(prev.length > TAIL_WORD_SPAN ? prev.slice(-TAIL_WORD_SPAN) : prev) && spacesIn(prev) >= FRAGMENT_MIN_WORDS - 1;
}

/** "by Name", "by: Name", or "by" alone (its name on the next line, a link): a byline's start. */
const BYLINE_START = /^by:?(?:\s+\p{Lu}|$)/u;

/** A sentence fragment cut at a link, joined to a capitalised line after it, has at least this many words. */
const FRAGMENT_MIN_WORDS = 3;

function spacesIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

function endsWithClausePunct(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 44 || c === 59 || c === 58;
}
