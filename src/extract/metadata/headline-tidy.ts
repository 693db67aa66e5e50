/**
 * Last touches on a chosen headline: the short labels a pipe hangs on it, and full-width
 * punctuation typed into Latin text.
 */

/** Most words a pipe-separated label may have ("Opinion", "Top 19 Companies", "Patient Education"). */
const MAX_LABEL_WORDS = 4;
/** Fewest words the part before the pipe needs to stand as a headline. */
const MIN_HEAD_WORDS = 3;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * "Headline | Section", "Headline | Tagline | Site": a spaced pipe is not headline punctuation;
 * it hangs labels on the headline (section, site, an SEO tagline). The part before the first pipe
 * is kept when every part after it is a short label. A long part after the pipe is a second half
 * of the headline ("Top 10 Cameras | The Best Mirrorless Cameras on the Market") and stays.
 */
export function cutPipeLabels(headline: string): string {
  if (!headline.includes(' | ')) return headline;
  const parts = headline.split(/\s+\|\s+/);
  const head = parts[0].trim();
  if (wordCount(head) < MIN_HEAD_WORDS) return headline;
  const labels = parts.slice(1);
  const short = labels.every((p) => p.trim() !== '' && wordCount(p) <= MAX_LABEL_WORDS && p.length < head.length);
  return short ? head : headline;
}

/** Full-width ASCII forms (U+FF01–U+FF5E: "？", "！", "："). */
const FULLWIDTH = /[\uFF01-\uFF5E]/g;
/** Scripts whose typography uses full-width punctuation. */
const CJK = /[\u3000-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

/** Full-width punctuation in a Latin-script headline ("Work？") is an input-method slip: the ASCII form. */
export function asciiPunctuation(headline: string): string {
  if (!/[\uFF01-\uFF5E]/.test(headline) || CJK.test(headline)) return headline;
  return headline.replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
