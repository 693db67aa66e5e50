import type { Block } from '../../model/article.ts';
import type { Classified } from './classify.ts';
import { BREADCRUMB, BULLET, CALL_TO_ACTION, META_LINE } from '../heuristics/text-chrome.ts';
import { LONG_SHORT_LINE_WORDS, SHORT_RUN_MAX_LINES, TABLE_DIGIT_SHARE } from '../heuristics/text-shape.ts';
import {
  ABOUT_BOX, ABOUT_BOX_MAX_WORDS, ABOUT_BOX_MIN_POSITION, AUTHOR_BIO, BIO_MIN_POSITION, COMMENT_STAMP, COMMENTS_MIN_POSITION,
  DISCLAIMER, DISCLAIMER_MIN_POSITION, FOOTER_END_POSITION, NEWSLETTER_END_POSITION, NEWSLETTER_MAX_WORDS, NEWSLETTER_PROMO,
  RELATIVE_STAMP, SELF_BIO,
} from '../heuristics/text-boilerplate.ts';
import { jammed } from './headline-score.ts';

/** A run of short lines longer than this is never a phrase list (see phraseList): a directory or site map. */
const PHRASE_LIST_MAX_LINES = 50;

/** Where the body's captions, links and contributor lines go (they are not text). */
export interface BodySinks {
  seenParagraphs: Set<string>;
  collect: (l: Classified) => void;
}

/**
 * The body's lines → blocks, in order and verbatim. Prose and list items are text. Short lines (not
 * sentence-shaped) between two paragraphs are the story's subheadings, product names, pros and cons,
 * table cells: kept, unless they repeat elsewhere in the capture (see keepShort), read as chrome (buttons,
 * byline/meta, breadcrumbs, menus run together) or come in a run too long to be anything but a menu (unless
 * the run is a table or a list of phrases). One title-like short line right before a paragraph is a heading.
 * Bio boxes, comment stamps, disclaimers and newsletter boxes are left out; a bio, an "About …" box, comments,
 * a late newsletter box or a late footer line end the story (see judge, text-boilerplate.ts). Short lines under an
 * earlier footer line ("Related articles" and its teaser headlines, an inline box the story runs past) are left
 * out up to the next paragraph. Linear in the lines.
 */
export function bodyBlocks(lines: Classified[], sinks: BodySinks) {
  const body: Block[] = [];
  let repeats = 0;
  /** Words of prose and list items, prose paragraphs kept, the first one's text: what says whether this is a story. */
  let words = 0;
  let paragraphs = 0;
  let firstText = '';
  let total = 0;
  for (const l of lines) if (l.kind === 'prose') total += l.words;
  const inSpan = spanCounts(lines);
  let done = 0;
  let pending: Classified[] = [];
  const text = (t: string, n: number) => {
    body.push({ type: 'paragraph', text: t });
    if (paragraphs++ === 0) firstText = t;
    words += n;
  };
  let ended = false;
  // After a footer marker inside the span ("Related articles" over a few teaser headlines) until the next
  // paragraph: the inline box's teasers, not the story's subheadings.
  let box = false;
  for (const l of lines) {
    if (l.kind === 'short') {
      if (box) continue;
      const verdict = ended ? 'end' : judge(l, total ? done / total : 0);
      if (verdict === 'end') ended = true;
      else if (verdict === 'keep') pending.push(l);
      continue;
    }
    if (l.kind !== 'prose' && l.kind !== 'list-item') {
      if (l.kind === 'footer') {
        if (total && done / total >= FOOTER_END_POSITION) ended = true;
        box = true;
      }
      sinks.collect(l);
      continue;
    }
    if (ended) continue;
    box = false;
    if (pending.length) flushShort(pending, body, sinks.seenParagraphs, text, inSpan);
    pending = [];
    if (l.kind === 'list-item') {
      const item = l.text.replace(BULLET, '');
      const prev = body[body.length - 1];
      if (prev?.type === 'list') prev.items.push(item);
      else body.push({ type: 'list', ordered: false, items: [item] });
      words += l.words;
      continue;
    }
    const at = total ? done / total : 0;
    done += l.words;
    if (sinks.seenParagraphs.has(l.key)) {
      repeats++;
      continue;
    }
    sinks.seenParagraphs.add(l.key);
    const verdict = judge(l, at);
    if (verdict === 'end') ended = true;
    else if (verdict === 'keep') text(l.text, l.words);
  }
  return { body, repeats, words, paragraphs, firstText };
}

/**
 * A line of the story's span, given its position (share of the story's words before it): text to keep,
 * boilerplate to drop (a comment stamp early on, a disclaimer in the second half, a newsletter box), or the
 * story's end (an author bio in its last part, an "About <name>" box or a comment stamp past its middle, a
 * newsletter box in its last part): what follows those is comments, related stories and the box's links.
 */
export function judge(l: Classified, at: number): 'keep' | 'drop' | 'end' {
  const t = l.text;
  if (t.charCodeAt(0) === 60 && MARKUP.test(t)) return 'drop';
  if (COMMENT_STAMP.test(t) || (l.kind === 'short' && RELATIVE_STAMP.test(t))) return at >= COMMENTS_MIN_POSITION ? 'end' : 'drop';
  if (at >= ABOUT_BOX_MIN_POSITION && l.kind === 'short' && l.words <= ABOUT_BOX_MAX_WORDS && mayIntroduce(l.key) && ABOUT_BOX.test(t)) return 'end';
  if (at >= BIO_MIN_POSITION && (AUTHOR_BIO.test(t) || SELF_BIO.test(t))) return 'end';
  if (at >= DISCLAIMER_MIN_POSITION && mayDisclaim(l.key) && DISCLAIMER.test(t)) return 'drop';
  if (l.words <= NEWSLETTER_MAX_WORDS && mayPromote(l.key) && NEWSLETTER_PROMO.test(t)) return at >= NEWSLETTER_END_POSITION ? 'end' : 'drop';
  return 'keep';
}

/**
 * A line of HTML source: an opening tag first, a closing tag later ("<h1>Title</h1> <p class=…>"). Pages print
 * their markup in "republish this story" and embed-code boxes; as text it is never the story's (on the capture
 * corpus: 3 sites, up to 1,177 "words" of it in one line).
 */
const MARKUP = /^<[a-z][a-z0-9]*(?:\s[^>]*)?>.*<\/[a-z][a-z0-9]*>/is;

/** Every disclaimer pattern holds one of these words: the cheap test spares most paragraphs the regex. */
function mayDisclaim(key: string): boolean {
  return key.includes('purposes') || key.includes('constitute') || key.includes('construed') || key.includes('advice') || key.includes('substitute');
}

/** ABOUT_BOX's first words, tested on the lower-cased line before the regex (most short lines open otherwise). */
function mayIntroduce(key: string): boolean {
  return key.startsWith('about ') || key.startsWith('über ') || key.startsWith('sobre ') || key.startsWith('à propos') || key.startsWith('a proposito') || key.startsWith('acerca ');
}

/** Every newsletter pattern holds one of these: the cheap test spares most lines the regex. */
function mayPromote(key: string): boolean {
  return key.includes('sign') || key.includes('subscri') || key.includes('join') || key.includes('inbox') || key.includes('newsletter');
}

/**
 * Short lines met since the last paragraph, now that another paragraph follows: they sit inside the
 * story. One longer than LONG_SHORT_LINE_WORDS is a paragraph of text (`text`, and counts as one); the
 * others are kept as headings or short paragraphs that do not count towards the story's size.
 */
function flushShort(run: Classified[], body: Block[], seen: Set<string>, text: (t: string, n: number) => void, inSpan: Map<string, number>): void {
  const last = run[run.length - 1];
  const table = run.length > SHORT_RUN_MAX_LINES && tableLike(run);
  const menu = run.length > SHORT_RUN_MAX_LINES && !table && !phraseList(run);
  for (const l of run) {
    // A table's cells repeat ("Yes", "$10", "4.5"): each is kept where it stands.
    if (table) {
      body.push({ type: 'paragraph', text: l.text });
      continue;
    }
    if (seen.has(l.key)) continue;
    if (l.words > LONG_SHORT_LINE_WORDS) {
      seen.add(l.key);
      text(l.text, l.words);
      continue;
    }
    if (menu || !keepShort(l, inSpan, l === last)) continue;
    seen.add(l.key);
    if (l === last && !/[.,;:]$/.test(l.text)) body.push({ type: 'heading', level: 2, text: l.text });
    else body.push({ type: 'paragraph', text: l.text });
  }
}

/**
 * Is a long run of short lines a table flattened into lines (figures, prices, ranks: many of its lines
 * are figures, see isFigure) rather than a menu or link box (words)? See TABLE_DIGIT_SHARE.
 */
export function tableLike(run: Classified[]): boolean {
  let figures = 0;
  for (const l of run) if (isFigure(l)) figures++;
  return figures >= run.length * TABLE_DIGIT_SHARE;
}

/**
 * A table cell of figures: a one- or two-word line with a digit ("$65.50", "4.5 / 5", "12"), or a line a
 * quarter or more digits ("5 Travelers Group 41,097,985 8.2"). Numbered menu entries ("Chapter 12") are
 * longer lines with one number in them.
 */
function isFigure(l: Classified): boolean {
  let d = 0;
  let chars = 0;
  for (let i = 0; i < l.text.length; i++) {
    const c = l.text.charCodeAt(i);
    if (c === 32) continue;
    chars++;
    if (c >= 48 && c <= 57) d++;
  }
  return d > 0 && (l.words <= 2 || d * 4 >= chars);
}

/**
 * A short line inside the story that is its text, not chrome: not a button, byline, breadcrumb or jammed menu,
 * and shown once, or else kept once, at its last showing, when every showing is inside this story (a
 * subheading its table of contents listed first; a "Pros" label under each product) or when it stands as a
 * heading (`heads`: right before a paragraph; a section title that a sidebar above also lists). A label
 * repeated in the page's menus and standing among other short lines stays out.
 */
function keepShort(l: Classified, inSpan: Map<string, number>, heads: boolean): boolean {
  if (l.count > 1 && (l.lastAt !== l.index || (inSpan.get(l.key) !== l.count && !heads))) return false;
  if (l.words <= 4 && CALL_TO_ACTION.test(l.text)) return false;
  if (l.words <= 12 && META_LINE.test(l.text)) return false;
  return !BREADCRUMB.test(l.text) && !jammed(l.text);
}

/** How often each repeated short line occurs inside the story's span. */
function spanCounts(lines: Classified[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) if (l.count > 1 && l.kind === 'short') m.set(l.key, (m.get(l.key) ?? 0) + 1);
  return m;
}

/**
 * Is a long run of short lines a list of phrases (features, pros and cons, steps: "Excellent build quality and
 * reliability", "Struggles on steep hills") rather than a menu of labels ("World", "Local News", "Sport results")?
 * Half its lines or more are phrases (see isPhrase). Past PHRASE_LIST_MAX_LINES it is a directory or site map.
 */
export function phraseList(run: Classified[]): boolean {
  if (run.length > PHRASE_LIST_MAX_LINES) return false;
  let phrases = 0;
  for (const l of run) if (l.words >= 3 && isPhrase(l.text)) phrases++;
  return phrases * 2 >= run.length;
}

/** Sentence case with two lower-case words or more after the first: labels have at most one ("Sport results"). */
function isPhrase(text: string): boolean {
  let lower = 0;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i - 1) !== 32) continue;
    const c = text[i];
    if (c !== c.toUpperCase() && ++lower >= 2) return true;
  }
  return false;
}
