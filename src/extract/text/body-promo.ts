import type { Article } from '../../model/article.ts';
import type { Segment } from './segment.ts';
import { PROMO_FAR_MAX_WORDS, PROMO_FAR_RATIO, PROMO_MAX_WORDS, PROMO_RATIO } from '../heuristics/text-shape.ts';

/**
 * Is the first story a promo of the page's header (a product offer, a teaser box, a menu with blurbs)?
 * Yes when it is under PROMO_MAX_WORDS and the story after it, on the same page (no copyright line
 * between: that would make them two pages of a continuous scroll), is PROMO_RATIO times longer or more;
 * or when it is under PROMO_FAR_MAX_WORDS and the next is PROMO_FAR_RATIO times longer. A page's own
 * story is not dwarfed by the next thing on its page; a header box above the story is. Text after a
 * footer marker ("Comments", "Related") is not weighed: a short post's comment thread is often longer.
 */
export function headerPromo(articles: Article[], from: Pick<Segment, 'startedBy'>[]): boolean {
  if (articles.length < 2 || from[1].startedBy === 'after-page-end' || from[1].startedBy === 'after-footer') return false;
  const a = wordCount(articles[0].text, PROMO_FAR_MAX_WORDS);
  if (a >= PROMO_FAR_MAX_WORDS) return false;
  const b = wordCount(articles[1].text, a * PROMO_FAR_RATIO);
  return b >= a * PROMO_FAR_RATIO || (a < PROMO_MAX_WORDS && b >= a * PROMO_RATIO);
}

/** Words of a text (runs of non-spaces), counted up to `cap`: enough to compare two stories' sizes cheaply. */
function wordCount(text: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < cap; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
