import type { Classified } from './classify.ts';

/**
 * The last line of a page: a copyright notice with a year, or "All rights reserved". Why it matters:
 * "Related" or "Comments" end a story but the page goes on (teasers, comments); the copyright line
 * ends the page, so a story-sized text after it is the next page of a continuous scroll. On the
 * capture corpus, text runs of 80+ words after such a line were the next page's story 49 times in 54.
 */
const PAGE_END = /^(?:©|\(c\)|copyright\b).{0,160}\b(?:19|20)\d\d\b|\ball rights reserved\b/i;

/** Page-end lines are short: a long line that mentions copyright is prose about copyright. */
const PAGE_END_MAX_CHARS = 200;

/** A text run after a page end is a story from this many words (the next page's story may be short). */
export const PAGE_STORY_MIN_WORDS = 80;

export function isPageEnd(l: Classified): boolean {
  if (l.text.length > PAGE_END_MAX_CHARS || l.kind === 'prose' || l.kind === 'list-item') return false;
  const c = l.key.charCodeAt(0);
  // Cheap test first: the line starts with ©, "(c)" or "copyright", or says "reserved".
  if (c !== 0xa9 && c !== 40 && c !== 99 && !l.key.includes('reserved')) return false;
  return PAGE_END.test(l.text);
}
