import type { Link } from '../../model/article.ts';
import type { TextLine } from '../../parse/text.ts';
import type { DateContext } from '../dates.ts';
import { parseDateLine, type DateLine } from '../date-line.ts';
import { DATE_LINE_MAX_WORDS } from '../heuristics/text-dates.ts';
import { splitCredit } from '../credit.ts';
import { parseBylineLine, parseContributorLine } from '../contributors.ts';
import { parseDateline } from '../dateline.ts';
import { endsLikeSentence } from './perf-text.ts';
import { titleCased } from './headline-shape.ts';
import { pageEndText } from './split-page.ts';
import * as storyEnd from './story-end.ts';
import { BULLET, CHROME_LINE, CHROME_MAX_CHARS, COOKIE_NOTICE, COOKIE_NOTICE_MAX_WORDS, MAYBE_COOKIE_NOTICE, FOOTER_MARKER, LINK_LINE } from '../heuristics/text-chrome.ts';
import {
  HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, PROSE_MIN_WORDS_PUNCTUATED,
  PROSE_MIN_WORDS_UNPUNCTUATED,
} from '../heuristics/text-shape.ts';

// Copied once: run through tsx, each use of an imported name is a getter call on the module object (see parse/text.ts).
const { storyEndLine } = storyEnd;

export type LineKind =
  | 'chrome' | 'footer' | 'date' | 'byline' | 'contributor' | 'caption' | 'link' | 'list-item' | 'prose' | 'short';

/** A line with what it is, and what was read from it. */
export interface Classified extends TextLine {
  kind: LineKind;
  /** How often this exact line (case-insensitive) occurs in the capture. */
  count: number;
  /** Index of this line's last occurrence in the capture (its own index when it occurs once). */
  lastAt: number;
  caption?: { caption: string | null; credit: string | null };
  date?: DateLine;
  names?: string[];
  link?: Link;
  /** The paragraph opens with a wire dateline. */
  dateline?: boolean;
}

/** Classify every line once (linear): the segmenter then works on kinds, not on text. */
export function classifyLines(lines: TextLine[], ctx: DateContext): Classified[] {
  // One map lookup per line: each distinct key gets a slot holding its count and last index (speed).
  const slotOf = new Map<string, number>();
  const slots = new Int32Array(lines.length);
  const counts: number[] = [];
  const lastAt: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let s = slotOf.get(l.key);
    if (s === undefined) (s = counts.length), slotOf.set(l.key, s), counts.push(0), lastAt.push(0);
    counts[s]++;
    lastAt[s] = l.index;
    slots[i] = s;
  }
  // A line shown again (menus, repeated headlines and captions) is classified once: its kind depends only on its text.
  const seen = new Map<string, Classified>();
  const out = lines.map((l, i) => {
    const count = counts[slots[i]];
    const last = lastAt[slots[i]];
    if (count === 1) return classify(l, count, last, ctx);
    const first = seen.get(l.text);
    if (first) return sameAs(first, l, count, last);
    const c = classify(l, count, last, ctx);
    seen.set(l.text, c);
    return c;
  });
  markRepeatedCaptions(out);
  return out;
}

/** `l` classified as the earlier line `first` of the same text (its link copied: links go into articles). */
function sameAs(first: Classified, l: TextLine, count: number, lastAt: number): Classified {
  return {
    text: l.text, index: l.index, blankBefore: l.blankBefore, key: l.key, words: l.words, kind: first.kind, count, lastAt,
    caption: first.caption, date: first.date, names: first.names, link: first.link && { ...first.link }, dateline: first.dateline,
  };
}

function classify(l: TextLine, count: number, lastAt: number, ctx: DateContext): Classified {
  // One object of one shape per line (object spreads here cost more than all the regexes).
  const c: Classified = {
    text: l.text, index: l.index, blankBefore: l.blankBefore, key: l.key, words: l.words, kind: 'short', count, lastAt,
    caption: undefined, date: undefined, names: undefined, link: undefined, dateline: false,
  };
  c.kind = kindOf(c, ctx);
  return c;
}

/** The line's kind; fills the parsed parts (names, date, caption, link) on `c` as it finds them. */
function kindOf(c: Classified, ctx: DateContext): LineKind {
  const t = c.text;
  if (t.length <= CHROME_MAX_CHARS) {
    if (FOOTER_MARKER.test(t)) return 'footer';
    if (CHROME_LINE.test(t)) return 'chrome';
  }
  if (c.words < COOKIE_NOTICE_MAX_WORDS && MAYBE_COOKIE_NOTICE.test(c.key) && COOKIE_NOTICE.test(t)) return 'chrome';
  // Contributor lines and bullets need a space (a line's only whitespace): one-word lines skip both (speed).
  const names = t.length <= 400 && c.words >= 2 ? parseContributorLine(t) : null;
  if (names) return (c.names = names), 'contributor';
  const by = t.length <= 160 ? parseBylineLine(t) : null;
  if (by) return (c.names = by), 'byline';
  const link = t.includes('://') ? LINK_LINE.exec(t) : null;
  if (link) return (c.link = { url: link[2], text: (link[1] ?? '').trim() || link[2] }), 'link';
  const date = c.words <= DATE_LINE_MAX_WORDS ? parseDateLine(t, ctx) : null;
  if (date) return (c.date = date), 'date';
  c.dateline = parseDateline(t) !== null;
  if (!c.dateline) {
    const cap = splitCredit(t);
    if (cap.credit) return (c.caption = cap), 'caption';
  }
  // A copyright line, however long and sentence-shaped ("© 2020-2025 Name Inc. All rights reserved. Name™ is a
  // trademark…"), ends the page: never story text (see split-page.ts).
  if (pageEndText(t, c.key)) return 'footer';
  if (storyEndLine(t, c.key, c.words)) return 'footer';
  if (c.words >= 2 && BULLET.test(t)) return 'list-item';
  if (c.dateline || isProse(t, c.words)) return 'prose';
  return 'short';
}

/** Sentence-shaped: ends like a sentence with a few words, or is long. */
export function isProse(text: string, words: number): boolean {
  if (words >= PROSE_MIN_WORDS_UNPUNCTUATED) return true;
  // endsLikeSentence is SENTENCE_END.test without trying the end-anchored regex at every position (pinned by perf-text.test.ts).
  // A lower-case letter tells a sentence from an all-capitals label; Chinese and Japanese have no case.
  return words >= PROSE_MIN_WORDS_PUNCTUATED && endsLikeSentence(text) && (/\p{Ll}/u.test(text) || CJK.test(text));
}

/** Kana and CJK ideographs (the range of parse/text.ts's isCjk, where a line's words are counted). */
const CJK = /[\u3040-\u9fff]/;

/** Could this line be a headline: a few words, not a sentence ending in a full stop, not chrome. */
export function isTitleLike(c: Classified): boolean {
  if (c.kind !== 'short' && c.kind !== 'prose') return false;
  if (c.words < HEADLINE_MIN_WORDS || c.words > HEADLINE_MAX_WORDS || c.text.length > HEADLINE_MAX_CHARS) return false;
  if (c.dateline) return false;
  // Ends with . : ; or , (an ellipsis "..." is fine): char tests, since a regex anchored at the end is tried from every position.
  const end = c.text.charCodeAt(c.text.length - 1);
  if ((end === 46 && !c.text.endsWith('...') && !endsWithInitialism(c.text)) || end === 58 || end === 59 || end === 44) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(c.text);
}

/** An initialism with its dots ends the line ("…Markets in the U.S.", "…Comes to Washington D.C."). */
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;

/**
 * Does the line end in a dotted initialism? Then its full stop is the abbreviation's, not a sentence's:
 * headlines end so ("The Hottest Real Estate Markets in the U.S."). The char test spares most lines the regex.
 */
export function endsWithInitialism(text: string): boolean {
  const n = text.length;
  return n >= 4 && text.charCodeAt(n - 3) === 46 && INITIALISM_END.test(text);
}

/**
 * Galleries without credits still repeat: a sentence-shaped line immediately repeated (the
 * image's alt text and its caption) is a caption, not two paragraphs. A title-cased, headline-shaped line
 * whose only full stop is an initialism's ("The Hottest Markets in the U.S.") is no sentence: printed twice
 * in a row, it is the page's title and its heading, and stays as it was read (captions are set in sentence
 * case: "Gov. Jane Doe speaks in Columbia, S.C." stays a caption).
 */
function markRepeatedCaptions(lines: Classified[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a.key === b.key && a.kind === 'prose' && !a.dateline && !(endsWithInitialism(a.text) && isTitleLike(a) && titleCased(a.text))) {
      a.kind = 'caption';
      b.kind = 'caption';
      a.caption = b.caption = { caption: a.text, credit: null };
    }
  }
}
