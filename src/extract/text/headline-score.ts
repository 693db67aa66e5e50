import type { Classified } from './classify.ts';
import { isContent } from './segment.ts';
import { BREADCRUMB, CALL_TO_ACTION, PROMO_LINE } from '../heuristics/text-chrome.ts';
import { isDisclosure, isLetter, isMeta, jammed, titleCased, truncated, twoSentences } from './headline-shape.ts';
import { promoTitle, relatedCard, storyListEntry } from './headline-list.ts';
import {
  HEADLINE_ABOVE_SUBTITLE, HEADLINE_BELOW_META, HEADLINE_BELOW_META_NEAR, HEADLINE_BELOW_TEXT, HEADLINE_DECK_MIN_WORDS, HEADLINE_DISTANCE_PENALTY, HEADLINE_VOCAB_HIT, HEADLINE_VOCAB_MAX_HITS, HEADLINE_VOCAB_MISS, HEADLINE_VOCAB_CHARS, HEADLINE_STOPWORDS,
} from '../heuristics/text-shape.ts';

/** What a line that reads as two sentences loses: an excerpt or a blurb ("…and woodworker. I also have…"), rarely a headline. */
const HEADLINE_TWO_SENTENCES = 2;

// Re-exported for the modules that read them from here (body-blocks.ts, the capture diagnostics).
export { isDisclosure, isMeta, jammed, twoSentences };

/**
 * Content words, compared by a hashed crude stem: letter runs of four or more, lower-cased, without common
 * function words, cut of an inflection ending ("started"/"start", "meditation"/"meditate") and to six
 * letters. Why hashed and in one character loop: a regex match, a replace and a string per word made the
 * headline search a fifth of all text extraction time.
 */
const ENDINGS = ['ings', 'ions', 'ing', 'ion', 'ers', 'er', 'ed', 'es', 'ly', 's'];
const STEM_MAX = 6;

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

/** Length of the word at [from, to) without its inflection ending (words of five letters or fewer keep theirs). */
function stemLength(text: string, from: number, to: number): number {
  const len = to - from;
  if (len <= 5) return len;
  for (const e of ENDINGS) {
    if (len - e.length < 4) continue;
    let k = 0;
    while (k < e.length && lower(text.charCodeAt(to - e.length + k)) === e.charCodeAt(k)) k++;
    if (k === e.length) return len - e.length;
  }
  return len;
}

// Stems and stop words are kept as signed 32-bit values (`| 0`: the same 32 bits as hashOf's), which V8 holds
// unboxed; unsigned ones past 2^31 were a boxed number per word in the vocabulary Set (speed).
const STOP_HASHES = new Set([...HEADLINE_STOPWORDS].map((w) => hashOf(w, 0, w.length) | 0));

/** Calls `fn` with the stem hash of each content word of `text`. */
export function forEachStem(text: string, fn: (stem: number) => void, maxChars = text.length): void {
  const end = Math.min(text.length, maxChars);
  let start = -1;
  // The word's hash is built as it is read, and kept after 4, 5 and 6 letters: a stem is 4–6 letters long,
  // so its hash is one of those (the same value hashOf gives, without hashing the word twice: speed).
  let h = 0;
  let h4 = 0;
  let h5 = 0;
  let h6 = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (i < end && isLetter(c)) {
      if (start < 0) (start = i), (h = 0x811c9dc5);
      h = Math.imul(h ^ lower(c), 0x01000193);
      const n = i - start + 1;
      if (n === 4) h4 = h;
      else if (n === 5) h5 = h;
      else if (n === 6) h6 = h;
      continue;
    }
    if (start >= 0 && i - start >= 4 && !STOP_HASHES.has(h)) {
      const len = Math.min(STEM_MAX, stemLength(text, start, i));
      fn(len === 4 ? h4 : len === 5 ? h5 : len === 6 ? h6 : hashOf(text, start, start + len) | 0);
    }
    start = -1;
  }
}

/**
 * The story's vocabulary: content-word stems of its first HEADLINE_VOCAB_CHARS characters of text. Built once
 * per story (linear); each candidate then costs a few Set lookups.
 */
export function storyVocabulary(body: Classified[]): Set<number> {
  const vocab = new Set<number>();
  const add = (h: number) => void vocab.add(h);
  let chars = HEADLINE_VOCAB_CHARS;
  for (const l of body) {
    if (!isContent(l)) continue;
    forEachStem(l.text, add, chars);
    chars -= l.text.length;
    if (chars <= 0) break;
  }
  return vocab;
}

/** What the candidates of one story are judged against. */
export interface ScoreContext {
  /** Index in the candidate list of the body's first line. */
  bodyStart: number;
  /**
   * Index in the candidate list where the story's text read as context begins (its lead), if any: a body line
   * right over it gains only from a byline/date block under it (see below).
   */
  textFrom?: number;
  /** Capture index of the story's lead (where the headline search ends). */
  leadAt: number;
  vocab: Set<number>;
  /** Per candidate-list line: is it a byline/date/meta line (tested once per line, see isMeta). */
  meta: boolean[];
  /** Per candidate-list line: isTitleLike, tested once per line (each candidate looks at its neighbours). */
  title: boolean[];
  /** Keys of the entries of a table of contents over the story (headline-toc.ts). */
  toc?: Set<string>;
}

/**
 * Evidence from the story's words: each content word of the line that the story uses counts for it (up
 * to HEADLINE_VOCAB_MAX_HITS, so long lines do not win by length), each it does not use against it.
 * Zero when the story has no vocabulary to judge by.
 */
export function vocabularyScore(text: string, vocab: Set<number>): number {
  if (vocab.size === 0) return 0;
  let hit = 0;
  let miss = 0;
  forEachStem(text, (h) => (vocab.has(h) ? hit++ : miss++));
  return HEADLINE_VOCAB_HIT * Math.min(hit, HEADLINE_VOCAB_MAX_HITS) - HEADLINE_VOCAB_MISS * miss - HEADLINE_VOCAB_HIT / 2;
}

/**
 * How headline-like the candidate at `i` of `all` is. Why each term: a headline sits right above its
 * byline/date block or the story's first paragraph; it speaks of what the story speaks of (related
 * headlines, menus and promos mostly do not); pages show it two or three times (title, breadcrumb,
 * heading) while navigation labels repeat more; headlines have a few words more than menu labels;
 * calls to action, breadcrumbs, jammed menus and byline/date lines are not headlines; it stands near
 * where the story starts (`bodyStart`).
 */
export function headlineScore(all: Classified[], i: number, at: ScoreContext): number {
  const c = all[i];
  const under = below(all, i, at);
  let s = under;
  // Shown again inside the story: a table-of-contents entry or a subheading, not the title (unless the page
  // shows it twice above the story too: see shownTwiceAbove). Within a menu: a navigation label, unless shown
  // once and right above the story's byline/date block or its text (a headline printed right under the
  // site's menu: `directlyAbove`).
  if (c.count > 1 && c.lastAt > at.leadAt && !shownTwiceAbove(all, i, at)) s -= 2;
  else if (inMenu(all, i, at.meta) && !(c.count === 1 && under > 0 && directlyAbove(all, i, at))) s -= 1;
  // A contents entry is shown twice because it is one (entry, then subheading): no evidence of a headline.
  else if ((c.count === 2 || c.count === 3) && !at.toc?.has(c.key)) s += 2;
  else if (c.count > 3) s -= 2;
  if (i > 0 && deckAt(all, i - 1, i, at.title)) s -= 1;
  s += c.words >= 4 ? Math.min(c.words, 16) * 0.1 + 1 - Math.max(0, c.words - 18) * 0.15 : -1.5;
  s += vocabularyScore(c.text, at.vocab);
  if ((c.words <= 4 && CALL_TO_ACTION.test(c.text)) || PROMO_LINE.test(c.text) || isDisclosure(c)) s -= 3;
  if (jammed(c.text)) s -= 2;
  if (twoSentences(c.text)) s -= HEADLINE_TWO_SENTENCES;
  if (BREADCRUMB.test(c.text)) s -= 3;
  if (truncated(c.text)) s -= HEADLINE_TRUNCATED;
  if (at.meta[i]) s -= 3;
  if (underHeadedMeta(all, i, at)) s -= HEADLINE_UNDER_BYLINE;
  if (storyListEntry(all, i, at) || promoTitle(all, i) || relatedCard(all, i) || at.toc?.has(c.key)) s -= HEADLINE_IN_BOX;
  s -= Math.abs(at.bodyStart - i) * HEADLINE_DISTANCE_PENALTY;
  return s;
}

/**
 * Is the line at `i` of the candidate list shown at least twice before the story's lead (`at.leadAt`)
 * (a title over its heading, a menu entry then the heading)? A contents entry is shown once above the story
 * (in the contents) and once inside it (as a subheading); a line the page prints twice before the story and
 * again after its lead is the page's title repeated (a citation line, a share box, a "most read" list).
 * Scans the candidate list only for a line shown three times or more, once past the lead.
 */
export function shownTwiceAbove(all: Classified[], i: number, at: ScoreContext): boolean {
  const c = all[i];
  // Every showing before the lead, or one after it of only two: known without a scan (most calls).
  if (c.count < 2 || c.lastAt < at.leadAt) return c.count >= 2;
  if (c.count === 2) return false;
  const key = c.key;
  let n = 0;
  for (let j = 0; j < all.length && all[j].index < at.leadAt; j++) if (all[j].key === key && ++n >= 2) return true;
  return false;
}

/**
 * What a line cut short with an ellipsis loses ("Yes, Deer: How to Live in Harmony With the Notorious…"):
 * lists of stories, cards and teasers truncate their titles to fit; a page prints its own headline whole.
 */
const HEADLINE_TRUNCATED = 3;

/** What an entry of a list of stories, a related story's card, a promotion's title (see headline-list.ts) or a contents entry (headline-toc.ts) loses. */
const HEADLINE_IN_BOX = 3;

/** What a line loses when it stands under a headline's byline/date block (see underHeadedMeta). */
const HEADLINE_UNDER_BYLINE = 2;
/** How far above a candidate that byline/date block is looked for (lines), and how many words the line over it has at least. */
const UNDER_BYLINE_LINES = 5;
const UNDER_BYLINE_HEAD_WORDS = 4;

/**
 * Does the candidate stand under a byline/date block that itself stands right under a headline-shaped line
 * (at least UNDER_BYLINE_HEAD_WORDS words)? Then that line is the headline, and this one is the story's
 * opening (a question, an intro line, a first subheading) or a standfirst: pages print the headline over
 * its byline, not under it. Looks back at most UNDER_BYLINE_LINES lines.
 */
function underHeadedMeta(all: Classified[], i: number, at: ScoreContext): boolean {
  for (let k = i - 1; k >= Math.max(1, i - UNDER_BYLINE_LINES); k--) {
    if (!at.meta[k]) continue;
    let h = k - 1;
    while (h > 0 && at.meta[h]) h--;
    return at.title[h] && !at.meta[h] && all[h].words >= UNDER_BYLINE_HEAD_WORDS && all[h].key !== all[i].key;
  }
  return false;
}

/** What comes right under the candidate: a byline/date block scores most, the story's first paragraph less (see text-shape.ts). */
function below(all: Classified[], i: number, at: ScoreContext): number {
  const { meta, title } = at;
  const c = all[i];
  for (let j = i + 1; j < Math.min(all.length, i + 5); j++) {
    const n = all[j];
    if (n.key === c.key) continue;
    if (meta[j]) return j === i + 1 ? HEADLINE_BELOW_META : HEADLINE_BELOW_META_NEAR;
    if (isContent(n)) {
      if (standfirstOver(all, j, at)) return HEADLINE_BELOW_META_NEAR;
      // A line of the body right over the story's text is its opening question or first subheading more often than its headline.
      return i >= at.bodyStart && j >= (at.textFrom ?? Infinity) ? 0 : HEADLINE_BELOW_TEXT;
    }
    if (deckAt(all, i, j, title)) continue;
    // Another title-shaped line stands between this one and the byline: that one is nearer, unless it is
    // right under this one and opens the story itself (a headline with a short subtitle under it).
    if (title[j] && n.words >= 3) return j === i + 1 && opensStory(all, j, at) ? HEADLINE_ABOVE_SUBTITLE : 0;
  }
  return 0;
}

/** A standfirst has at most this many words; the byline/date block stands at most STANDFIRST_META_LINES lines under it. */
const STANDFIRST_MAX_WORDS = 40;
const STANDFIRST_META_LINES = 2;

/**
 * Is the text line at `j` a standfirst over the story's byline/date block (a paragraph-shaped summary,
 * shown once, with the byline or date within STANDFIRST_META_LINES lines under it)? Pages print
 * headline, standfirst, byline: the line over the standfirst then stands over the byline block as
 * much as a headline with nothing between them does.
 */
function standfirstOver(all: Classified[], j: number, at: ScoreContext): boolean {
  const n = all[j];
  if (n.words > STANDFIRST_MAX_WORDS || n.count > 1) return false;
  for (let k = j + 1; k < Math.min(all.length, j + 1 + STANDFIRST_META_LINES); k++) {
    if (at.meta[k]) return true;
    if (isContent(all[k])) return false;
  }
  return false;
}

/** Is the next line other than a repeat of this one a byline/date line or the story's text? */
export function directlyAbove(all: Classified[], i: number, at: ScoreContext): boolean {
  for (let j = i + 1; j < all.length; j++) {
    if (all[j].key === all[i].key) continue;
    const n = all[j];
    return at.meta[j] || (isContent(n) && n.count === 1 && !at.title[j]);
  }
  return false;
}

/** Is the line at `j` right above the story's byline/date block or its text (within three lines, no other title between)? */
function opensStory(all: Classified[], j: number, at: ScoreContext): boolean {
  for (let k = j + 1; k < Math.min(all.length, j + 4); k++) {
    if (at.meta[k] || isContent(all[k])) return true;
    if (at.title[k] && all[k].words >= 3) return false;
  }
  return false;
}

/**
 * A standfirst (deck) under a headline: a longer title-shaped line right after a shorter one. It is the
 * headline's companion, not a rival: the line above is the headline, and the deck does not hide what
 * comes under it. Lines `h` and `c` of the candidate list; their isTitleLike is already known, in `title`.
 */
export function deckAt(all: Classified[], h: number, c: number, title: boolean[]): boolean {
  return title[h] && title[c] && deckShape(all[h], all[c]);
}

function deckShape(head: Classified, c: Classified): boolean {
  return head.key !== c.key && c.words >= HEADLINE_DECK_MIN_WORDS && c.words >= head.words + 4 && head.words >= 3 && !titleCased(c.text);
}

/**
 * A menu: two or more of the lines around the candidate also occur more than once (desktop and mobile
 * menus, repeated link lists). A repeated headline's neighbours — byline, date, section — mostly do not; its own
 * byline/date block right under it never counts, even repeated (pages that print the headline block twice repeat it too).
 */
function inMenu(all: Classified[], i: number, meta: boolean[]): boolean {
  let n = 0;
  // The byline/date block right under the candidate (only byline/date lines between): `under` ends where it ends.
  let under = i + 1;
  while (under <= i + 2 && under < all.length && meta[under]) under++;
  for (let j = Math.max(0, i - 2); j <= Math.min(all.length - 1, i + 2); j++) if ((j < i || j >= under) && all[j].count > 1 && all[j].key !== all[i].key) n++;
  return n >= 2;
}

