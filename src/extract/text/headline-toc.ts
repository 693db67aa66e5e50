import type { Classified } from './classify.ts';

/**
 * A table of contents over the story ("In this guide: What is X? / Why X matters / How to start"): a run of
 * TOC_MIN_ENTRIES or more title-shaped lines of which TOC_MIN_REPEATS or more, and half or more, are shown again inside the
 * story itself (between its first and last lines, TOC_MIN_REPEATS of them past its lead: a breadcrumb or
 * section menu shown again at the story's top repeats before the lead), as its subheadings. Its entries, and their later
 * showings, are not the headline: the story's first subheading repeats the first entry and stands right
 * above the story's text, where a headline stands. A site menu shown twice (desktop and mobile) repeats
 * before the story or after it, not inside it, so it is no table of contents here.
 */
const TOC_MIN_ENTRIES = 3;
const TOC_MIN_REPEATS = 2;
/** An entry has at least this many words (a menu label has fewer). */
const TOC_ENTRY_MIN_WORDS = 2;

/**
 * The keys of the table-of-contents entries among the candidate lines `all` (empty when there is none).
 * `title` is isTitleLike per line; `from`, `leadAt` and `endAt` are the capture indexes of the story's first
 * line, lead and last line. One pass over `all` (linear).
 */
export function tocKeys(all: Classified[], title: boolean[], from: number, leadAt: number, endAt: number): Set<string> {
  const keys = new Set<string>();
  // The run opens with TOC_MIN_REPEATS entries in a row shown again in the story: a headline right above the
  // contents (nothing between them) is title-shaped too, but is not shown again inside the story, so it
  // ends any run begun above it (a sidebar link) and none begins with it.
  let start = -1;
  let repeats = 0;
  let deep = 0;
  for (let i = 0; i <= all.length; i++) {
    const l = all[i];
    if (i < all.length && title[i] && l.words >= TOC_ENTRY_MIN_WORDS) {
      if (l.count > 1 && l.lastAt > l.index && l.lastAt >= from && l.lastAt <= endAt) {
        repeats++;
        if (l.lastAt > leadAt) deep++;
        if (start < 0) start = i;
      } else if (repeats < TOC_MIN_REPEATS) (start = -1), (repeats = 0), (deep = 0);
      continue;
    }
    if (start >= 0 && i - start >= TOC_MIN_ENTRIES && repeats >= TOC_MIN_REPEATS && deep >= TOC_MIN_REPEATS && repeats * 2 >= i - start) {
      // A line of the run shown last here was shown above it first (the page's headline again, as the menu's current
      // entry): not an entry of the contents.
      for (let k = start; k < i; k++) if (all[k].count === 1 || all[k].lastAt > all[k].index) keys.add(all[k].key);
    }
    start = -1;
    repeats = 0;
    deep = 0;
  }
  return keys;
}
