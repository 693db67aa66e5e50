import type { Classified } from './classify.ts';
import { isTitleLike } from './classify.ts';
import { HEADLINE_LOOKBACK_LINES, SECTION_MAX_CHARS, SECTION_MAX_WORDS } from '../heuristics/text-shape.ts';

export interface HeadlinePick {
  headline: string | null;
  section: string | null;
  provenance: { headline?: string; section?: string };
}

/**
 * The headline of a story from the lines before its first paragraph. A title-like line shown
 * twice or more (page title, heading, share text) wins; else the title-like line just before the
 * date/byline block; else the last title-like line close to the body. Null when there is none:
 * a story whose headline the page did not show gets none (never one made up here).
 */
export function pickHeadline(preamble: Classified[]): HeadlinePick {
  // Only lines close to the body: menus and footers repeat too, but far from the story.
  const repeated = bestRepeated(preamble.slice(-HEADLINE_LOOKBACK_LINES));
  const line = repeated ?? nearBody(preamble);
  if (!line) return { headline: null, section: null, provenance: {} };
  const section = sectionNear(preamble, line);
  return {
    headline: line.text,
    section,
    provenance: { headline: repeated ? 'text-repeated-headline' : 'text-title-line', ...(section ? { section: 'text-section-line' } : {}) },
  };
}

function bestRepeated(preamble: Classified[]): Classified | null {
  let best: Classified | null = null;
  for (const c of preamble) {
    if (c.count < 2 || c.words < 3 || !isTitleLike(c)) continue;
    // The longest repeated line wins: a headline is longer than the labels that also repeat.
    if (!best || c.words > best.words) best = c;
  }
  return best;
}

function nearBody(preamble: Classified[]): Classified | null {
  const window = preamble.slice(-HEADLINE_LOOKBACK_LINES);
  const metaAt = window.findIndex((c) => c.kind === 'date' || c.kind === 'byline');
  if (metaAt > 0) {
    for (let i = metaAt - 1; i >= 0; i--) {
      const c = window[i];
      if (isTitleLike(c) && c.words >= 3) return c;
      if (c.kind === 'prose' || c.kind === 'caption') break;
    }
  }
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window[i];
    if (isTitleLike(c) && c.words >= 3) return c;
  }
  return null;
}

/** A one-to-three-word label right before or after the headline's first showing ("News", "World"). */
function sectionNear(preamble: Classified[], headline: Classified): string | null {
  const at = preamble.findIndex((c) => c.key === headline.key);
  for (const j of [at - 1, at + 1]) {
    const c = preamble[j];
    if (c && c.kind === 'short' && c.key !== headline.key && isSectionLike(c)) return c.text;
  }
  return null;
}

function isSectionLike(c: Classified): boolean {
  return c.words <= SECTION_MAX_WORDS && c.text.length <= SECTION_MAX_CHARS && /^\p{Lu}/u.test(c.text) && !/[.!?:,;]$/.test(c.text) && !/\d{3,}/.test(c.text);
}
