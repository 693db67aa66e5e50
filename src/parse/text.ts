import type { Message } from '../model/article.ts';
import { CONTINUATION_TAIL, JUNK_RATIO, MAX_LINE_CHARS, MAX_TEXT_CHARS, SENTENCE_END } from '../extract/heuristics/text-shape.ts';

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
const WS_TO_FIX = /\s{2}|[^\S ]/;
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
  const sampled = Math.min(text.length, 65_536);
  const junk = countJunk(text, sampled);
  if (sampled > 0 && junk / sampled > JUNK_RATIO) {
    const refused: Message = { level: 'warn', code: 'input.binary', text: `The text is ${Math.round((100 * junk) / sampled)}% control or replacement characters: binary data, not a capture.` };
    return { lines: [], messages, refused };
  }
  // Replacing is skipped when there is nothing to replace: a test is cheaper than a copy of the capture.
  if (JUNK_ONE.test(text)) text = text.replace(JUNK, '');
  if (INVISIBLE_ONE.test(text)) text = text.replace(INVISIBLE, '');
  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  return { lines: joinFragments(toLines(raw)), messages, refused: null };
}

/** Control characters (not tab/newline/CR) and U+FFFD among the first `n` characters: a loop, no match array. */
function countJunk(text: string, n: number): number {
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127 || c === 0xfffd) junk++;
  }
  return junk;
}

function toLines(raw: string[]): TextLine[] {
  const lines: TextLine[] = [];
  let blank = true;
  for (const r of raw) {
    // Only runs and non-space whitespace are rewritten: replacing every single space is ~50x slower on huge lines.
    const t = (WS_TO_FIX.test(r) ? r.replace(/\s{2,}|[^\S ]/g, ' ') : r).trim();
    if (!t) {
      blank = true;
      continue;
    }
    for (const piece of cutLong(t)) {
      lines.push(makeLine(piece, lines.length, blank));
      blank = false;
    }
  }
  return lines;
}

export function makeLine(text: string, index: number, blankBefore: boolean): TextLine {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return { text, index, blankBefore, key: text.toLowerCase(), words };
}

/** A line past MAX_LINE_CHARS is cut at spaces into pieces: no paragraph is that long. */
function cutLong(t: string): string[] {
  if (t.length <= MAX_LINE_CHARS) return [t];
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
      const glue = /^[,.;:!?)\]’”]/.test(line.text) ? '' : ' ';
      out[out.length - 1] = makeLine(prev.text + glue + line.text, prev.index, prev.blankBefore);
    } else {
      line.index = out.length;
      out.push(line);
    }
  }
  return out;
}

function continues(prev: string, next: string): boolean {
  if (/^[,;:)\]]/.test(next) || /^[.!?](?:\s|$)/.test(next)) return !SENTENCE_END.test(prev) || /[,;:]$/.test(prev);
  if (SENTENCE_END.test(prev)) return false;
  if (/^\p{Ll}/u.test(next)) return !/^(?:https?:|www\.)/.test(next);
  return /[,(\-–—]$/.test(prev) || (prev.length > 12 && CONTINUATION_TAIL.test(prev));
}
