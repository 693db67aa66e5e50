import type { Classified } from './classify.ts';
import { isContent } from './segment.ts';
import { isTitleLike } from './classify.ts';
import {
  HEADLINE_BODY_LINES, HEADLINE_LOOKBACK_LINES, HEADLINE_MIN_SCORE, HEADLINE_MIN_SCORE_LATER, SECTION_MAX_CHARS, SECTION_MAX_WORDS,
} from '../heuristics/text-shape.ts';
import { CALL_TO_ACTION, META_LINE } from '../heuristics/text-chrome.ts';

export interface HeadlinePick {
  headline: string | null;
  section: string | null;
  provenance: { headline?: string; section?: string };
  /** Index in the body of the headline when the page header's text ran into the body (it starts after it), else -1. */
  bodyAt: number;
}

/**
 * The headline of a story, chosen among the title-like lines near its start: the last lines of the
 * preamble and the first lines of the body (page-header prose sometimes runs into it). Each candidate
 * is scored (see `score`); the best wins when it scores enough. A story that did not open the capture
 * (continuous scroll) must clear a higher bar: the page lost its headline more often than not, and
 * then the line before the body is the previous page's footer. Null when no line qualifies: never made up.
 */
export function pickHeadline(preamble: Classified[], body: Classified[], first: boolean): HeadlinePick {
  const from = lastFooter(preamble) + 1;
  const window = preamble.slice(Math.max(from, preamble.length - HEADLINE_LOOKBACK_LINES));
  const early = earlyBody(body);
  const all = [...window, ...early];
  let best: Classified | null = null;
  let bestScore = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (!isTitleLike(all[i]) || all[i].words < 2) continue;
    const s = score(all, i, window.length);
    if (s > bestScore) [best, bestScore] = [all[i], s];
  }
  if (!best || bestScore < (first ? HEADLINE_MIN_SCORE : HEADLINE_MIN_SCORE_LATER)) return { headline: null, section: null, provenance: {}, bodyAt: -1 };
  const section = sectionNear(all, best);
  return {
    headline: best.text,
    section,
    provenance: { headline: best.count > 1 ? 'text-repeated-headline' : 'text-title-line', ...(section ? { section: 'text-section-line' } : {}) },
    bodyAt: body.indexOf(best),
  };
}

/**
 * Why each term: a headline sits right above its byline/date block or the first paragraph; pages
 * show it twice (title and heading) but navigation labels repeat more; headlines have a few words
 * more than menu labels; calls to action ("Start free trial") and jammed menus are not headlines.
 */
function score(all: Classified[], i: number, bodyStart: number): number {
  const c = all[i];
  let s = 0;
  for (let j = i + 1; j < Math.min(all.length, i + 5); j++) {
    const n = all[j];
    if (n.key === c.key) continue;
    if (isMeta(n)) {
      s += j === i + 1 ? 3 : 2;
      break;
    }
    if (isContent(n)) {
      s += j === i + 1 ? 1.5 : 0.5;
      break;
    }
    // Another title-shaped line stands between this one and the byline: that one is nearer.
    if (isTitleLike(n) && n.words >= 3) break;
  }
  if (c.count === 2 || c.count === 3) s += 2;
  else if (c.count > 3) s -= 2;
  s += c.words >= 4 ? Math.min(c.words, 16) * 0.1 + 1 - Math.max(0, c.words - 18) * 0.15 : -1.5;
  if (c.words <= 4 && CALL_TO_ACTION.test(c.text)) s -= 3;
  if (jammed(c.text)) s -= 2;
  s -= Math.abs(bodyStart - i) * 0.08;
  return s;
}

/** Menu items run together by innerText ("HomeCase studiesPricing"): two or more lower→upper joins without a space. */
function jammed(text: string): boolean {
  let n = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (b >= 65 && b <= 90 && ((a >= 97 && a <= 122) || a === 41 || a === 63 || a === 33)) n++;
  }
  return n >= 2;
}

function isMeta(l: Classified): boolean {
  return l.kind === 'date' || l.kind === 'byline' || l.kind === 'contributor' || (l.words <= 12 && META_LINE.test(l.text));
}

function lastFooter(preamble: Classified[]): number {
  for (let i = preamble.length - 1; i >= 0; i--) if (preamble[i].kind === 'footer') return i;
  return -1;
}

/** Body lines before its third paragraph, at most HEADLINE_BODY_LINES. */
function earlyBody(body: Classified[]): Classified[] {
  let paras = 0;
  let n = 0;
  while (n < body.length && n < HEADLINE_BODY_LINES) {
    if (isContent(body[n]) && ++paras >= 3) break;
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
