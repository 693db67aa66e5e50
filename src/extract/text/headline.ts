import type { Classified } from './classify.ts';
import { isContent } from './segment.ts';
import { isTitleLike } from './classify.ts';
import { META_LINE } from '../heuristics/text-chrome.ts';
import { menuRun, searchWidget } from './headline-shape.ts';
import { tocKeys } from './headline-toc.ts';
import { withoutGluedTail } from './headline-glued.ts';
import { deckAt, directlyAbove, headlineScore, shownTwiceAbove, isDisclosure, isMeta, storyVocabulary, vocabularyScore, type ScoreContext } from './headline-score.ts';
import {
  HEADLINE_BODY_LINES, HEADLINE_BODY_MAX_WORDS_BEFORE, HEADLINE_DECK_STEP_MARGIN, HEADLINE_LEAD_MIN_WORDS, HEADLINE_LOOKBACK_FIRST, HEADLINE_LOOKBACK_LINES,
  HEADLINE_MIN_SCORE, HEADLINE_MIN_SCORE_LATER, HEADLINE_VOCAB_HIT, HEADLINE_VARIANT_MIN_WORDS, SECTION_MAX_CHARS, SECTION_MAX_WORDS,
} from '../heuristics/text-shape.ts';

export interface HeadlinePick {
  headline: string | null;
  section: string | null;
  provenance: { headline?: string; section?: string };
  /** Index in the body of the headline when the page header's text ran into the body (it starts after it), else -1. */
  bodyAt: number;
}

/**
 * The headline of a story, chosen among the title-like lines near its start: the last lines of the
 * preamble and the body's lines before its lead (page-header text sometimes runs into it). Each
 * candidate is scored (see headline-score.ts); the best wins when it scores enough. A story that did not
 * open the capture (continuous scroll) must clear a higher bar and is not looked for above the previous
 * story's footer: the page lost its headline more often than not, and then the lines above the body
 * are the previous page's. Null when no line qualifies: never made up.
 */
export function pickHeadline(preamble: Classified[], body: Classified[], first: boolean): HeadlinePick {
  const from = first ? 0 : lastFooter(preamble) + 1;
  const lookback = first ? HEADLINE_LOOKBACK_FIRST : HEADLINE_LOOKBACK_LINES;
  const window = preamble.slice(Math.max(from, preamble.length - lookback));
  // A later story's headline stands above its text: lines inside the body there are its subheadings or
  // standfirst (continuous scroll lost the headline), not page-header text run into it.
  const early = first ? earlyBody(body) : [];
  // The first story's lines from its lead on are scored as context only: what stands under the last
  // candidate (a standfirst, a byline; see headline-score.ts for a body line over the lead).
  const context = first ? CONTEXT_LINES : 0;
  let all = [...window, ...early, ...body.slice(early.length, early.length + context)];
  let n = window.length + early.length;
  const lead = body[early.length] ?? body[body.length - 1];
  let title = all.map(isTitleLike);
  const leadAt = lead ? lead.index : Infinity;
  const toc = body.length > 0 ? tocKeys(all, title, body[0].index, leadAt, body[body.length - 1].index) : undefined;
  let ctx: ScoreContext = { bodyStart: window.length, textFrom: n, leadAt, vocab: storyVocabulary(body), meta: all.map(isMeta), title, toc };
  let [best, bestScore] = bestCandidate(all, ctx, 0, n, n);
  // The first story may still have page-header text at its top: a headline block further down wins when it scores better.
  // Unless the winner is shown twice above the lead (title and heading, menu entry and heading): page-header
  // text is printed once, and a headline block past the lead is then the story's first subheading or a contents entry.
  const late = first && !(best >= 0 && shownTwiceAbove(all, best, ctx)) ? laterHeader(body, early.length) : 0;
  if (late > 0) {
    // Only the lines past the lead are new: their kinds are added to the ones known, and only they are scored.
    const extra = body.slice(early.length + context, early.length + late + context);
    const ext = [...all, ...extra];
    const extCtx = { ...ctx, textFrom: undefined, meta: [...ctx.meta, ...extra.map(isMeta)], title: [...title, ...extra.map(isTitleLike)] };
    const to = n + Math.min(late, ext.length - n);
    const [b, s] = bestCandidate(ext, extCtx, n, to, n);
    if (b >= 0 && s > bestScore) [all, ctx, title, best, bestScore, n] = [ext, extCtx, extCtx.title, b, s, to];
  }
  all = all.slice(0, n);
  if (best < 0 || bestScore < (first ? HEADLINE_MIN_SCORE : HEADLINE_MIN_SCORE_LATER) || (!first && !vouched(all, best, ctx))) return { headline: null, section: null, provenance: {}, bodyAt: -1 };
  // A standfirst won: the story starts after the line above it. That line, or any title-shaped line right
  // above the winner (a headline over its subtitle), is the headline when it scores nearly as well (a label
  // or button above a long headline scores far lower) and, unless a deck won, names the story about as much.
  const deck = best > 0 && deckAt(all, best - 1, best, title);
  const top = deck ? best - 1 : best;
  const above = deck || (best > 0 && title[best - 1] && all[best - 1].words >= 3 && all[best - 1].key !== all[best].key);
  const near = above && headlineScore(all, best - 1, ctx) >= Math.max(HEADLINE_MIN_SCORE, bestScore - HEADLINE_DECK_STEP_MARGIN);
  if (above && ((near && (deck || !offTopic(all, best, ctx))) || subtitled(all, best, ctx))) best--;
  const line = all[cleanVariant(all, best, title)];
  const section = sectionNear(all, line);
  return {
    headline: crumbTail(all, line) ?? withoutGluedTail(line.text),
    section,
    provenance: { headline: line.count > 1 ? 'text-repeated-headline' : 'text-title-line', ...(section ? { section: 'text-section-line' } : {}) },
    bodyAt: top >= window.length ? top - window.length : -1,
  };
}

/**
 * A later story's headline must be vouched for by the page: a byline/date block under it (before the
 * story's text) or a repeat. Why: continuous scroll loses the next page's headline, and the title-shaped
 * line right above its text is then its first subheading or the previous page's footer text.
 */
function vouched(all: Classified[], best: number, ctx: ScoreContext): boolean {
  if (all[best].count >= 2) return true;
  for (let j = best + 1; j < all.length && !isContent(all[j]); j++) if (ctx.meta[j]) return true;
  return false;
}

/**
 * Is the winner at `best` a subtitle under the line above it? A headline over a shorter subtitle (a
 * "dek": "These are the best appliances of 2025" / "Here's what we're excited about this year") loses to
 * it on position, since the subtitle stands right above the byline. The line above is the headline when it
 * is no shorter than the winner or has SUBTITLED_LONG_WORDS words (a label or button above a headline is
 * shorter; blogs and newsletters print a longer subtitle under the title), shown at most twice (not a menu
 * entry), and speaks of the story at least as much as the winner does.
 */
function subtitled(all: Classified[], best: number, ctx: ScoreContext): boolean {
  const h = all[best - 1];
  const w = all[best];
  if (h.count > 2 || h.words < Math.max(SUBTITLED_MIN_WORDS, Math.min(w.words, SUBTITLED_LONG_WORDS)) || h.key === w.key || isContent(h)) return false;
  return vocabularyScore(h.text, ctx.vocab) >= vocabularyScore(w.text, ctx.vocab);
}

/**
 * Does the line above the winner speak of the story less than the winner does, by more than one shared
 * word? Then it is a box's label or a sidebar's heading over the headline ("Questions or Service
 * Requests" over "Comparing 6 Types of Plumbing Pipes"), not the headline over its subtitle: a headline
 * names its story at least as much as the subtitle under it. Not asked of a deck (a longer sentence-case line
 * under a title): that shape says enough.
 */
function offTopic(all: Classified[], best: number, ctx: ScoreContext): boolean {
  return vocabularyScore(all[best - 1].text, ctx.vocab) < vocabularyScore(all[best].text, ctx.vocab) - HEADLINE_VOCAB_HIT;
}

/**
 * How many of the story's lines past the candidates are read as context: what stands under the last
 * candidate (the lead, a standfirst then a byline) decides its score as it does for the others.
 */
const CONTEXT_LINES = 4;

/** A headline over a subtitle has at least this many words. */
const SUBTITLED_MIN_WORDS = 4;
/** A line above the winner with this many words is no label, whatever the winner's length. */
const SUBTITLED_LONG_WORDS = 6;

/**
 * The best-scoring candidate of `all` in [`from`, `to`) and its score ([-1, -Infinity] when none). Lines from `lateFrom` on lie
 * past the story's lead: there only a headline block counts (LATE_MIN_WORDS words or more but fewer than a
 * lead's HEADLINE_LEAD_MIN_WORDS, so the lead itself is never taken; shown at most twice; right above a
 * byline/date line or a paragraph, and not right under a paragraph: a subheading follows the story's text,
 * a headline under header text follows the chrome between them).
 */
function bestCandidate(all: Classified[], ctx: ScoreContext, from: number, to: number, lateFrom: number): [number, number] {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = from; i < to; i++) {
    if (!ctx.title[i] || all[i].words < 2 || searchWidget(all[i].text)) continue;
    if (i >= lateFrom && !(all[i].count <= 2 && all[i].words >= LATE_MIN_WORDS && all[i].words < HEADLINE_LEAD_MIN_WORDS && !isContent(all[i - 1]) && directlyAbove(all, i, ctx) && !listedMeta(all, i, ctx))) continue;
    const s = headlineScore(all, i, ctx);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return [best, bestScore];
}

/** A byline/date line shown this many times or more is a listing's: each entry of it prints one. */
const LISTED_META_MIN = 3;

/**
 * Is the byline/date line right under the candidate (the next line but repeats of the candidate) one the page
 * shows LISTED_META_MIN times or more ("By:", "Posted in News")? Then the candidate past the lead is the next
 * entry of a listing of posts, each entry with its own identical byline line, not the story's headline.
 */
function listedMeta(all: Classified[], i: number, ctx: ScoreContext): boolean {
  for (let j = i + 1; j < all.length; j++) {
    if (all[j].key === all[i].key) continue;
    return ctx.meta[j] && all[j].count >= LISTED_META_MIN;
  }
  return false;
}

/**
 * innerText glues inline neighbours onto headlines ("Home9 Best Laptops", "Title by Jane Doe | May 2,
 * 2024", "SubscribeSign in Title"): when the winning line contains another candidate of at least half
 * its words, that line is the headline as printed on its own, and is taken instead. Linear in the window.
 */
function cleanVariant(all: Classified[], best: number, title: boolean[]): number {
  const b = all[best];
  let pick = best;
  for (let j = 0; j < all.length; j++) {
    const c = all[j];
    if (c.key === b.key || c.words < HEADLINE_VARIANT_MIN_WORDS || c.words * 2 < b.words || !title[j]) continue;
    if (gluedVariant(b.key, c.key) && (pick === best || c.words > all[pick].words)) pick = j;
  }
  return pick;
}

/** What may follow a headline on its line when something is glued on: a byline, a separator, a date. */
const GLUED_AFTER = /^\s*(?:by\b|by:|[|–—·•»(\[-]\s)|^\s*(?:posted|published|updated|on)\b/;

/**
 * Is `inner` the headline `outer` with something glued on? It must stand at one end of `outer`. Labels,
 * menus and trails run onto a headline's start, with or without a space ("Home9 Best Laptops", "Student
 * Achievement What the Research Says Why…"); after it, the rest must be joined without a space or be set
 * off as a byline or date ("Title by Jane Doe", "Title | May 2, 2024"). A shorter line inside a longer
 * headline with words on both sides, or before words that carry on its sentence ("Best Camping Hammocks"
 * in "Best Camping Hammocks of 2026"), is another line (a menu entry, a section's name).
 */
export function gluedVariant(outer: string, inner: string): boolean {
  if (outer.length <= inner.length) return false;
  if (outer.startsWith(inner)) {
    const rest = outer.slice(inner.length);
    return rest.charCodeAt(0) !== 32 || GLUED_AFTER.test(rest) || META_LINE.test(rest.trim());
  }
  return outer.endsWith(inner);
}

/** Breadcrumb separators; the trail's last part is the page's own title. */
const CRUMB_SEP = /\s(?:»|>|›)\s/;

/**
 * The headline as a breadcrumb trail prints it ("Home » 34 Top Trends in 2025") when the chosen line has
 * something glued on ("34 Top Trends in 2025 by Taya Iv"): the trail's last part, if the chosen line
 * contains it and it has HEADLINE_VARIANT_MIN_WORDS words. Null otherwise.
 */
function crumbTail(all: Classified[], line: Classified): string | null {
  for (const c of all) {
    if (c === line || !CRUMB_SEP.test(c.text)) continue;
    const parts = c.text.split(CRUMB_SEP);
    const tail = parts[parts.length - 1].trim();
    const key = tail.toLowerCase();
    if (key !== line.key && tail.split(' ').length >= HEADLINE_VARIANT_MIN_WORDS && line.key.includes(key)) return tail;
  }
  return null;
}

function lastFooter(preamble: Classified[]): number {
  for (let i = preamble.length - 1; i >= 0; i--) if (preamble[i].kind === 'footer') return i;
  return -1;
}

/**
 * The body's lines that may still be page header: up to its lead paragraph (HEADLINE_LEAD_MIN_WORDS),
 * at most HEADLINE_BODY_LINES, and only while fewer than HEADLINE_BODY_MAX_WORDS_BEFORE words of text
 * came before (so a subheading is never taken for the headline and the story's opening never cut).
 */
export function earlyBody(body: Classified[]): Classified[] {
  let words = 0;
  let n = 0;
  while (n < body.length && n < HEADLINE_BODY_LINES) {
    const l = body[n];
    // An affiliate disclosure, a paragraph already shown above (a teaser or menu blurb of the page header,
    // here for the last time), or a menu read as one line (menuRun) is not the story's lead: the search goes on past it.
    if (isContent(l) && !(l.count > 1 && l.lastAt === l.index) && !isDisclosure(l) && !menuRun(l)) {
      if (l.words >= HEADLINE_LEAD_MIN_WORDS) break;
      words += l.words;
      if (words >= HEADLINE_BODY_MAX_WORDS_BEFORE) break;
    }
    n++;
  }
  return body.slice(0, n);
}

/**
 * The first story's body can open with page-header text that reads as prose (a promo, a consent line, a
 * teaser or a menu blurb set as a paragraph) when only a few chrome lines stood between it and the
 * story. Then the headline stands inside the body, under that text. How many lines past the lead are
 * also searched: while the content before them, menus read as one line aside (menuRun), stays under
 * LATE_MAX_WORDS words (page-header text is short)
 * and within LATE_MAX_LINES lines. A subheading after the story's first paragraphs rarely qualifies: the
 * text above it is longer.
 */
const LATE_MAX_WORDS = 80;
const LATE_MAX_LINES = 30;
/** A headline found past the lead has at least this many words (section labels and buttons have fewer). */
const LATE_MIN_WORDS = 4;

export function laterHeader(body: Classified[], from: number): number {
  let words = 0;
  for (let n = 0; n < from; n++) if (isContent(body[n]) && !menuRun(body[n])) words += body[n].words;
  let n = from;
  // Whether any line of the span could be a headline block's title (checked cheaply, before any scoring): else 0.
  let any = false;
  while (n < body.length && n - from < LATE_MAX_LINES) {
    const l = body[n];
    if (isContent(l) && !(l.count > 1 && l.lastAt === l.index) && !menuRun(l)) {
      if (words + l.words > LATE_MAX_WORDS && n > from) break;
      words += l.words;
    }
    if (!any && l.count <= 2 && l.words >= LATE_MIN_WORDS && (n === 0 || !isContent(body[n - 1])) && isTitleLike(l)) any = true;
    n++;
  }
  return any ? n - from : 0;
}

/** A one-to-three-word label right before or after the headline's first showing ("News", "World"). */
function sectionNear(lines: Classified[], headline: Classified): string | null {
  const at = lines.findIndex((c) => c.key === headline.key);
  for (const j of [at - 1, at + 1]) {
    const c = lines[j];
    if (c && c.kind === 'short' && c.key !== headline.key && isSectionLike(c)) return c.text;
  }
  return null;
}

function isSectionLike(c: Classified): boolean {
  return c.words <= SECTION_MAX_WORDS && c.text.length <= SECTION_MAX_CHARS && /^\p{Lu}/u.test(c.text) && !/[.!?:,;]$/.test(c.text) && !/\d{3,}/.test(c.text);
}
