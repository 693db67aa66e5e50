import type { Classified } from './classify.ts';
import { DISCLOSURE } from '../heuristics/text-boilerplate.ts';
import { META_LINE } from '../heuristics/text-chrome.ts';

/**
 * Tests of one line's shape used by the headline score (headline-score.ts): byline/date lines, affiliate
 * disclosures, blurbs that read as two sentences, jammed menus, title case. Kept apart so the score file
 * holds only the scoring; each test looks at one line and is linear in its length.
 */

/** A letter of any script (ASCII letters, and above Latin-1 anything but punctuation and symbol blocks). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7);
}

/** A byline, date or contributor line, or a short line in the shape of one (see META_LINE and blogMeta). */
export function isMeta(l: Classified): boolean {
  return l.kind === 'date' || l.kind === 'byline' || l.kind === 'contributor' || (l.words <= 12 && (META_LINE.test(l.text) || blogMeta(l.text)));
}

/** The date and tag lines of blogs (see below); a test of the first character spares most lines the regexes. */
function blogMeta(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 35) return TAG_LINE.test(text); // '#'
  if (c >= 48 && c <= 57) return ISO_DATE_OPENING.test(text) || READING_TIME.test(text);
  if ((c | 32) === 114 || (c | 32) === 101) return READING_TIME.test(text); // 'r', 'e'
  return text.includes(':') && DATE_OPENING.test(text);
}

/**
 * A reading-time line ("Reading time about 6 minutes", "Reading Time: 4 minutes", "Read time: 5 min",
 * "Estimated reading time 3 min", "7 min. read", "5min read"): printed in the byline block under the title,
 * in forms META_LINE ("5 min read") does not take.
 */
const READING_TIME = /^(?:estimated\s+)?read(?:ing)?\s+time\b|^\d+\s?min(?:ute)?s?\.?\s+read\b/i;

/** A line opening with an ISO date ("2025-08-29", "2025-08-29#review#tech"): a blog post's date line. */
const ISO_DATE_OPENING = /^(?:19|20)\d\d-[01]\d-[0-3]\d\b/;

/** A line of hashtags only ("#development #git"): the post's tags, printed with its date under the title. */
const TAG_LINE = /^#[\p{L}\p{N}_-]+(?:[\s,]*#[\p{L}\p{N}_-]+)*$/u;

/**
 * A line that opens with a month-day-year date, the year run into a time by innerText ("October 17,
 * 20236:01 PM ET", "Nov 9, 202211:01 AM"): a date line the date parser does not take whole.
 */
const DATE_OPENING = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\d{0,2}:\d\d/i;

/** An affiliate disclosure line (the cheap word test spares most lines the regex). */
export function isDisclosure(l: Classified): boolean {
  return (l.key.includes('commission') || l.key.includes('affiliate') || l.key.includes('links')) && DISCLOSURE.test(l.text);
}

/** A word, a full stop, a capital: a sentence end inside the line when the word ends in two lower-case letters. */
const INNER_SENTENCE_END = /(\p{L}+)\.\s+\p{Lu}/gu;

/** Abbreviations that end in lower-case letters and are followed by capitals inside headlines ("Firm vs. Carrier"). */
const ABBREVIATIONS = new Set(['vs', 'etc', 'approx', 'incl', 'est', 'jr', 'sr', 'st', 'mr', 'mrs', 'ms', 'dr', 'no', 'vol', 'ft', 'feat']);

/** Does the line read as two sentences ("…soundman and woodworker. I also have…")? */
export function twoSentences(text: string): boolean {
  if (!text.includes('. ')) return false;
  for (const m of text.matchAll(INNER_SENTENCE_END)) {
    const w = m[1];
    if (w.length >= 2 && /\p{Ll}\p{Ll}$/u.test(w) && !ABBREVIATIONS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Menu items run together by innerText ("HomeCase studiesPricing"): two or more lower→upper joins without a space. */
export function jammed(text: string): boolean {
  return joins(text, 2) >= 2;
}

/** How many lower→upper joins without a space the text has ("NewsStock", "Pricing)About"), counting up to `max`. */
function joins(text: string, max: number): number {
  let n = 0;
  for (let i = 1; i < text.length && n < max; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (b >= 65 && b <= 90 && ((a >= 97 && a <= 122) || a === 41 || a === 63 || a === 33)) n++;
  }
  return n;
}

/** A line of this many words with no punctuation at all is a run of menu labels, not a sentence. */
const MENU_RUN_MIN_WORDS = 25;

/** A line with a lower→upper join for every MENU_RUN_WORDS_PER_JOIN words (and at least MENU_RUN_MIN_JOINS) is jammed labels. */
const MENU_RUN_WORDS_PER_JOIN = 5;
const MENU_RUN_MIN_JOINS = 3;

/**
 * A menu read as one long line: labels jammed together by innerText, a join every few words ("Trending
 * NewsStock Market NewsMarket Movers…"; a sentence naming "WiFi" or "iPhone" has far fewer), or
 * MENU_RUN_MIN_WORDS words or more without a single punctuation mark ("How Not to Age How Not to Die How Not
 * to Diet…"). The classifier calls such a line prose by its length; it is page header, so the headline
 * search looks past it for the story's lead. Linear in the line's length.
 */
export function menuRun(l: Classified): boolean {
  const need = Math.max(MENU_RUN_MIN_JOINS, Math.ceil(l.words / MENU_RUN_WORDS_PER_JOIN));
  if (joins(l.text, need) >= need) return true;
  return l.words >= MENU_RUN_MIN_WORDS && !/[.,;:!?]/.test(l.text);
}

/** Title case: at least this many words of four letters or more after the first, nearly all capitalised. */
const TITLE_CASE_MIN_WORDS = 3;
const TITLE_CASE_SHARE = 0.8;

/**
 * Is the line set in Title Case ("AI Trains on Your Art: Three Models That Could Pay You Back")? Pages
 * set headlines so, and a standfirst in sentence case: a long title-cased line under a shorter one is a
 * headline under its label (a newsletter's or column's name), not a deck. Short words ("on", "the") are
 * left out, since title case keeps them lower-case. One pass over the characters.
 */
export function titleCased(text: string): boolean {
  let long = 0;
  let capital = 0;
  let first = true;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (i === start) break;
    if (first) (first = false);
    else if (i - start >= 4) {
      long++;
      const c = text[start];
      if (c !== c.toLowerCase()) capital++;
    }
  }
  return long >= TITLE_CASE_MIN_WORDS && capital >= long * TITLE_CASE_SHARE;
}

/**
 * Does the text end in an ellipsis ("…" or "...")? Lists of stories, cards and teasers cut their titles so to
 * fit; a page prints its own headline whole. Checks the last characters only.
 */
export function truncated(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  return last === 0x2026 || (last === 46 && n > 3 && text.charCodeAt(n - 2) === 46 && text.charCodeAt(n - 3) === 46);
}

/**
 * A search box's label or prompt ("Search The Software Report", "Search our site", "Search for articles and
 * insights about…", "Search for:"): title-shaped, and standing right above the byline block when the search
 * panel is the last thing of the page header, but never a headline. The site-name form takes one to four
 * capitalised words and nothing else; "Search for" counts only before what search boxes offer, so a news
 * headline ("Search for missing hikers resumes") is spared. A first-character test spares most lines the regex.
 */
const SEARCH_WIDGET = /^[Ss]earch\s+(?:(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:site|website|archive|blog)\b|for\s*:|for\s+(?:a|an|articles|posts|stories|news|products|jobs|anything|keywords|topics)\b|(?:\p{Lu}[\p{L}.'’&-]*\s*){1,4}$)/u;

export function searchWidget(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 83 || c === 115) && text.startsWith('earch ', 1) && SEARCH_WIDGET.test(text);
}
