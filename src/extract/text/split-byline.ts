import type { Classified } from './classify.ts';
import { META_LINE } from '../heuristics/text-chrome.ts';

/**
 * Where a page glued on by continuous scroll starts when its headline was lost: its byline or date block
 * stays right above its first paragraph. segment.ts asks, for a gap between two runs of text, whether it
 * ends in such a block (metaAbove) and whether the paragraph after it is a teaser's excerpt (teaserCut).
 */

/** A gap of at least this many lines with a byline/date block at its end starts a story even after an unfinished line. */
export const BYLINE_BLOCK_UNFINISHED_GAP = 4;

/** How far above a paragraph its story's byline/date block may stand (past a share bar, a time, a "Written by" label). */
const META_ABOVE_LINES = 4;

/**
 * Byline/date lines in a form the parsers do not take whole ("January 22nd, 2019 tech", "By the Team 2–3 minutes") are this
 * short, and open with the byline or date (an event listing "Name: January 6, 2026 | Place" does not).
 */
const META_LINE_MAX_WORDS = 12;

/** A social post's signature or link: "— Dele (@dele_official)", "pic.twitter.com/…". */
const EMBED_SIGNATURE = /\(@\w+\)|pic\.twitter\.com\//;

/** A line that stops on one of these words is a sentence cut short ("By using Name, you agree to our"), not a byline. */
const OPEN_END = new Set(['our', 'the', 'a', 'an', 'to', 'of', 'and', 'or', 'with', 'by', 'for', 'in', 'on', 'at', 'your', 'you']);

/** A short line that opens with a byline or date (not a share button, not a sentence "By providing your…"). */
function looseMeta(l: Classified): boolean {
  if (l.words > META_LINE_MAX_WORDS || l.key.startsWith('share')) return false;
  // The regex first: most short lines fail it, and the checks after it only rule out its false hits.
  if (META_LINE.exec(l.text)?.index !== 0) return false;
  if (l.words <= 3 && BYLINE_LABEL.test(l.key)) return true;
  return !/^by\s+\p{Ll}/u.test(l.text) && !OPEN_END.has(l.key.slice(l.key.lastIndexOf(' ') + 1));
}

/** A paragraph cut short with an ellipsis: a teaser's excerpt (related posts carry bylines and dates too), not a lead. */
export function teaserCut(text: string): boolean {
  return text.endsWith('...') || text.endsWith('…') || text.endsWith('[…]') || text.endsWith('[...]');
}

/**
 * A byline's label on a line of its own ("By", "Written By", "By:"): captures set the label and the author's
 * name (a link, or a picture only) in separate elements, so the label often stands alone above the text.
 */
const BYLINE_LABEL = /^(?:(?:written|posted|reviewed|edited|words|story|reported) )?by:?$/;

/**
 * Share bars ("Share", "Facebook", "Copy Link") stand between a story's date block and its text: one- or
 * two-word chrome lines. They are passed over (up to this many) without counting toward META_ABOVE_LINES.
 */
const SHARE_BAR_MAX_LINES = 8;

/** Is there a byline or date line among the last META_ABOVE_LINES lines of the gap [from, at) (captions and a share bar not counted)? */
export function metaAbove(lines: Classified[], from: number, at: number): boolean {
  let seen = 0;
  let passed = 0;
  let meta = false;
  for (let j = at - 1; j >= from && seen < META_ABOVE_LINES; j--) {
    const l = lines[j];
    if (l.kind === 'caption') continue;
    if (l.kind === 'chrome' && l.words <= 2 && passed < SHARE_BAR_MAX_LINES) {
      passed++;
      continue;
    }
    // An embedded post ("— Name (@handle)" / "November 19, 2019") carries its own date inside the story.
    if ((l.text.includes('(@') || l.text.includes('pic.twitter')) && EMBED_SIGNATURE.test(l.text)) return false;
    if (l.kind === 'date' || l.kind === 'byline' || ((l.kind === 'short' || l.kind === 'chrome') && looseMeta(l))) {
      // An author box at a story's end ("Written by" / "Ann Lee" / "Ann has covered…"): its bio, no new story.
      if (!meta && bioBelow(lines, j, at)) return false;
      meta = true;
    }
    seen++;
  }
  return meta;
}

/** How far into a paragraph an author's name is looked for: a bio names its subject at once. */
const BIO_NAME_CHARS = 60;

/** Does `text` name, in its first words, one of these names ("Lisa Greene-Lewis" → "Lisa has over 20 years…")? */
export function namesAtHead(names: readonly string[], text: string): boolean {
  const head = ` ${text.slice(0, BIO_NAME_CHARS)} `;
  for (const name of names) {
    for (const part of name.split(' ')) {
      if (part.length >= 3 && (head.includes(` ${part} `) || head.includes(` ${part}’s `) || head.includes(` ${part}'s `))) return true;
    }
  }
  return false;
}

/** Is the paragraph at `at` the bio of the author named by the byline at `j` (or by the name line under a bare label)? */
function bioBelow(lines: Classified[], j: number, at: number): boolean {
  const l = lines[j];
  const name = l.kind === 'byline' ? l.names ?? [] : j + 1 < at && lines[j + 1].kind === 'short' && lines[j + 1].words <= 4 ? [lines[j + 1].text] : [];
  return name.length > 0 && namesAtHead(name, lines[at].text);
}
