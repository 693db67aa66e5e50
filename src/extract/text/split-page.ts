import type { Classified } from './classify.ts';
import { COOKIE_NOTICE, MAYBE_COOKIE_NOTICE } from '../heuristics/text-chrome.ts';

/**
 * The last line of a page: a copyright notice with a year, or "All rights reserved". Why it matters:
 * "Related" or "Comments" end a story but the page goes on (teasers, comments); the copyright line
 * ends the page, so a story-sized text after it is the next page of a continuous scroll. On the
 * capture corpus, text runs of 80+ words after such a line were the next page's story 49 times in 54.
 */
const PAGE_END = /^(?:©|\(c\)|copyright\b).{0,160}\b(?:19|20)\d\d\b|\ball rights reserved\b|\b(?:19|20)\d\d\s*©|©\s*(?:19|20)\d\d\b|\bcopyright\s*©|^©\s*copyright\b/i;

/** Page-end lines are short: a long line that mentions copyright is prose about copyright. */
const PAGE_END_MAX_CHARS = 200;
const PAGE_END_OPENING_MAX_CHARS = 400;

/** A text run after a page end is a story from this many words (the next page's story may be short). */
export const PAGE_STORY_MIN_WORDS = 80;
/** …and this many paragraphs (a later story elsewhere needs SPLIT_MIN_PARAGRAPHS). */
export const PAGE_STORY_MIN_PARAGRAPHS = 2;

/**
 * A cookie or consent notice of this many words or more (a sentence, not a "Cookie settings" button) ends the
 * page like a copyright line. Why: consent banners are fixed to the viewport and sit at the end of a page's
 * text; on the capture corpus (418 pages) no such notice stood inside a story's text (only a "Manage cookie
 * settings" button did once), while 83 (innerText) and 98 (nodesText) stood under it. Text after one is the next
 * page of a continuous scroll.
 */
const COOKIE_PAGE_END_MIN_WORDS = 8;

/**
 * Does the line end a page: a copyright line, or (`afterStory`: a story's worth of text came before it in the
 * capture) a cookie notice. A banner above the first story is the top of the page it opens.
 */
export function isPageEnd(l: Classified, afterStory = true): boolean {
  if (l.kind === 'prose' || l.kind === 'list-item') return false;
  if (afterStory && l.kind === 'chrome' && l.words >= COOKIE_PAGE_END_MIN_WORDS && MAYBE_COOKIE_NOTICE.test(l.key) && COOKIE_NOTICE.test(l.text)) return true;
  return pageEndText(l.text, l.key);
}

/**
 * Does the text read as a page's copyright line: "© 2025 Name", "Copyright Name 2024", "2025 © Name. All
 * rights reserved.", "Terms | Privacy | Copyright © Name 2025"? Lines past PAGE_END_MAX_CHARS never do.
 * `key` is the text lower-cased.
 */
export function pageEndText(text: string, key: string): boolean {
  const c = key.charCodeAt(0);
  // A notice that opens with © runs on with trademark and legal sentences: it may be longer.
  if (text.length > (c === 0xa9 ? PAGE_END_OPENING_MAX_CHARS : PAGE_END_MAX_CHARS)) return false;
  // Cheap test first: the line starts with "(c)" or "copyright", or holds © or "reserved".
  if (c !== 40 && c !== 99 && !key.includes('©') && !key.includes('reserved')) return false;
  return PAGE_END.test(text);
}
