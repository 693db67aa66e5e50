/**
 * The words that say what a story is about, for "related stories": the most frequent words of
 * the headline and text that are not function words, headline words counted extra. The store
 * keeps them per article with how many articles share each one, and relates stories by the
 * rare ones they share (see `sqlite/related.ts`). Pure.
 */
import { words } from './fingerprint.ts';

/** English function words and news filler; other languages fall back to frequency and length. */
const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just me more most my no nor not now of off on once only or other our out over own said same says she ' +
    'should so some such than that the their them then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your new one two year years told like get got could ' +
    'make made many much may might mr mrs ms people time would week day last first percent according still even well back way').split(' '),
);

export function keyTerms(headline: string | null, text: string, max = 12): string[] {
  return weightedTerms(headline, text, max).map(([w]) => w);
}

/** The same words with their counts (headline words count 3), most frequent first. */
export function weightedTerms(headline: string | null, text: string, max = 12): [string, number][] {
  return weightedTermsOf(words(headline ?? ''), words(text.length > TERMS_MAX_CHARS ? text.slice(0, TERMS_MAX_CHARS) : text), max);
}

/** The characters of a text read for its terms. */
export const TERMS_MAX_CHARS = 20000;

/** All ASCII digits (numbers say little about what a story is about). */
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * `weightedTerms` from already tokenised text (`words` of the headline, and of the text's first
 * `TERMS_MAX_CHARS` characters), for a caller that tokenises the text for other uses too.
 */
export function weightedTermsOf(headlineWords: readonly string[], textWords: readonly string[], max = 12): [string, number][] {
  const counts = new Map<string, number>();
  const add = (w: string, n: number) => {
    if (w.length < 3 || STOP.has(w) || isNumber(w)) return;
    counts.set(w, (counts.get(w) ?? 0) + n);
  };
  for (const w of headlineWords) add(w, 3);
  for (const w of textWords) add(w, 1);
  // Only words counted at least as often as the max-th most frequent can make the cut: sort
  // those (hundreds of words seen once or twice are not sorted). Filtering keeps first-seen
  // order, so ties come out as a full stable sort would give them.
  const byCount: number[] = [];
  for (const n of counts.values()) byCount[n] = (byCount[n] ?? 0) + 1;
  let floor = 0;
  for (let n = byCount.length - 1, seen = 0; n > 0; n--) {
    seen += byCount[n] ?? 0;
    if (seen >= max) {
      floor = n;
      break;
    }
  }
  const kept: [string, number][] = [];
  for (const e of counts) if (e[1] >= floor) kept.push(e);
  return kept.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max);
}
