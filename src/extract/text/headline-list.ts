import type { Classified } from './classify.ts';
import { isContent } from './segment.ts';
import { CALL_TO_ACTION } from '../heuristics/text-chrome.ts';
import { isDisclosure } from './headline-shape.ts';

/**
 * Title-shaped lines that belong to a box of the page rather than to the story: an entry of a list of
 * stories (recent news, related posts), a related story's card and a promotion's title. Both stand right above what a headline
 * stands above (a date line, a short paragraph), so the headline score (headline-score.ts) asks what
 * comes after that. Each test looks at a few lines after the candidate.
 */

/** What the candidate knows of its neighbours: per line of `all`, byline/date line and title shape. */
interface Marks {
  meta: boolean[];
  title: boolean[];
}

/**
 * Is the candidate at `i` an entry of a list of stories? Its byline/date line is followed right away by
 * another title-shaped line with a byline/date line of its own ("Recent News": title, date, title, date).
 * A headline's byline block is followed by the story's text, a standfirst or a share bar, not by the next
 * title-and-date pair; the list's last entry is the one line of it this test spares.
 */
export function storyListEntry(all: Classified[], i: number, at: Marks): boolean {
  let k = i + 1;
  if (k >= all.length || !at.meta[k]) return false;
  while (k < all.length && at.meta[k]) k++;
  return k + 1 < all.length && at.title[k] && all[k].words >= LIST_TITLE_MIN_WORDS && all[k].key !== all[i].key && at.meta[k + 1];
}

/** The next entry's title has at least this many words (an author's name split off its "By" line has fewer). */
const LIST_TITLE_MIN_WORDS = 4;

/**
 * Does the candidate at `i` stand right under a line that ends a story ("Related", "More stories", "Comments":
 * kind footer)? Then it is the first card of what follows the story, a related story's title, not the
 * headline: a headline stands over its story, and page-end markers stand after it.
 */
export function relatedCard(all: Classified[], i: number): boolean {
  return i > 0 && all[i - 1].kind === 'footer';
}

/** A promotion's blurb has at most this many words (a story's lead is longer or followed by more text). */
const PROMO_BLURB_MAX_WORDS = 40;
/** A call to action has at most this many words ("Apply Now", "Get started today"). */
const PROMO_ACTION_MAX_WORDS = 4;

/**
 * Is the candidate at `i` a promotion's title: a short paragraph (its blurb) under it, then a call to action
 * ("Apply Now", "Learn more", "Shop the sale")? Pages set promo boxes and teaser cards so, title, blurb,
 * button; a story's headline is followed by its text, which goes on as text. An affiliate disclosure under a
 * headline, with its "Learn more" link, is no blurb.
 */
export function promoTitle(all: Classified[], i: number): boolean {
  const blurb = all[i + 1];
  const action = all[i + 2];
  if (!blurb || !action || !isContent(blurb) || blurb.words > PROMO_BLURB_MAX_WORDS || isDisclosure(blurb)) return false;
  return action.words <= PROMO_ACTION_MAX_WORDS && action.kind !== 'prose' && CALL_TO_ACTION.test(action.text);
}
