import type { Classified } from './classify.ts';
import { isContent } from './segment.ts';
import { isTitleLike } from './classify.ts';
import { deckAt, headlineScore, isDisclosure, isMeta, storyVocabulary } from './headline-score.ts';
import {
  HEADLINE_BODY_LINES, HEADLINE_BODY_MAX_WORDS_BEFORE, HEADLINE_DECK_STEP_MARGIN, HEADLINE_LEAD_MIN_WORDS, HEADLINE_LOOKBACK_FIRST, HEADLINE_LOOKBACK_LINES,
  HEADLINE_MIN_SCORE, HEADLINE_MIN_SCORE_LATER, HEADLINE_VARIANT_MIN_WORDS, SECTION_MAX_CHARS, SECTION_MAX_WORDS,
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
  const early = earlyBody(body);
  const all = [...window, ...early];
  const lead = body[early.length] ?? body[body.length - 1];
  const title = all.map(isTitleLike);
  const ctx = { bodyStart: window.length, leadAt: lead ? lead.index : Infinity, vocab: storyVocabulary(body), meta: all.map(isMeta), title };
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (!title[i] || all[i].words < 2) continue;
    const s = headlineScore(all, i, ctx);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  if (best < 0 || bestScore < (first ? HEADLINE_MIN_SCORE : HEADLINE_MIN_SCORE_LATER)) return { headline: null, section: null, provenance: {}, bodyAt: -1 };
  // A standfirst won: the story starts after the line above it. That line, or any title-shaped line right
  // above the winner (a headline over its subtitle), is the headline when it scores nearly as well (a label
  // or button above a long headline scores far lower).
  const deck = best > 0 && deckAt(all, best - 1, best, title);
  const top = deck ? best - 1 : best;
  const above = deck || (best > 0 && title[best - 1] && all[best - 1].words >= 3 && all[best - 1].key !== all[best].key);
  if (above && headlineScore(all, best - 1, ctx) >= Math.max(HEADLINE_MIN_SCORE, bestScore - HEADLINE_DECK_STEP_MARGIN)) best--;
  const line = all[cleanVariant(all, best, title)];
  const section = sectionNear(all, line);
  return {
    headline: crumbTail(all, line) ?? line.text,
    section,
    provenance: { headline: line.count > 1 ? 'text-repeated-headline' : 'text-title-line', ...(section ? { section: 'text-section-line' } : {}) },
    bodyAt: top >= window.length ? top - window.length : -1,
  };
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
    if (b.key.includes(c.key) && (pick === best || c.words > all[pick].words)) pick = j;
  }
  return pick;
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
    // An affiliate disclosure, or a paragraph already shown above (a teaser or menu blurb of the page header,
    // here for the last time), is not the story's lead: the search goes on past it.
    if (isContent(l) && !(l.count > 1 && l.lastAt === l.index) && !isDisclosure(l)) {
      if (l.words >= HEADLINE_LEAD_MIN_WORDS) break;
      words += l.words;
      if (words >= HEADLINE_BODY_MAX_WORDS_BEFORE) break;
    }
    n++;
  }
  return body.slice(0, n);
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
