import type { Classified } from './classify.ts';
import { GAP_LONG_LINES, GAP_MID_LINES } from '../heuristics/text-shape.ts';

/**
 * Listicles and reviews repeat one box between their sections: "Pros" / "Cons", "What I like" / "What I don't
 * like", "Specs", "Check price". Such a box is as long as a page's footer (25–35 lines), so by length alone the
 * text after it reads as another story. Its labels give it away: the same short line stands in the gap before
 * section after section. Page furniture between two glued pages repeats too (menus), but in the header and
 * footer gaps, and a subheading repeated from a table of contents stands in gaps of a line or two.
 */

/** A label is a box's when it stands in at least this many different box-sized gaps between text runs. */
export const TEMPLATE_MIN_GAPS = 4;

/** Labels are short: a box's heading or button, not a sentence. */
const LABEL_MAX_WORDS = 6;

/** Box-sized gaps: long enough to read as a boundary (GAP_MID_LINES), at most this many lines (sign-up forms and country lists run longer). */
const BOX_MAX_LINES = 2 * GAP_LONG_LINES;

/**
 * A box is counted only after a section's worth of text (since the last long gap): sign-up modals and forms
 * repeated down a page also bring their labels again, but between a line or two of text each.
 */
const SECTION_MIN_WORDS = 60;

interface Seen { first: number; last: number; gaps: number }

/**
 * Marks (1) the lines that are a repeated box's labels: short non-story lines that occur in TEMPLATE_MIN_GAPS
 * or more box-sized gaps each after a section of story lines (`isText`), the page's header and footer gaps not counted.
 * Linear: one pass counts, per repeated line, the gaps it stands in; a second pass marks.
 */
export function templateLabels(lines: Classified[], isText: (l: Classified) => boolean): Uint8Array {
  const marks = new Uint8Array(lines.length);
  const gapsOf = new Map<string, Seen>();
  let gap = 0;
  let gapLines = 0;
  let keys: string[] = [];
  let words = 0;
  for (const l of lines) {
    if (isText(l)) {
      if (gapLines >= GAP_MID_LINES) {
        if (keys.length && words >= SECTION_MIN_WORDS && gapLines <= BOX_MAX_LINES) count(gapsOf, keys, gap);
        words = 0;
      }
      words += l.words;
      keys = [];
      gapLines = 0;
      gap++;
      continue;
    }
    if (l.kind !== 'caption') gapLines++;
    if (l.count >= TEMPLATE_MIN_GAPS && l.words <= LABEL_MAX_WORDS && (l.kind === 'short' || l.kind === 'chrome')) keys.push(l.key);
  }
  if (gapsOf.size === 0) return marks;
  // The trailing gap (after the last text) was never counted; the leading one (gap 0) holds the header's menus.
  for (let i = 0; i < lines.length; i++) {
    const e = lines[i].count >= TEMPLATE_MIN_GAPS ? gapsOf.get(lines[i].key) : undefined;
    if (e && e.gaps - (e.first === 0 ? 1 : 0) >= TEMPLATE_MIN_GAPS) marks[i] = 1;
  }
  return marks;
}

function count(gapsOf: Map<string, Seen>, keys: string[], gap: number): void {
  for (const k of keys) {
    const e = gapsOf.get(k);
    if (!e) gapsOf.set(k, { first: gap, last: gap, gaps: 1 });
    else if (e.last !== gap) (e.last = gap), e.gaps++;
  }
}
