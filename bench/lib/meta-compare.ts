/**
 * Comparisons for metadata fields (headline, authors, publication day, language) against
 * benchmark ground truth. Typography and case are folded so a curly quote or an en dash is not
 * counted as a wrong headline; anything else must be equal.
 */

/** Fold case, curly quotes, long dashes and runs of whitespace (incl. NBSP). */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headlineMatches(expected: string, got: string | null | undefined): boolean {
  return got != null && fold(got) === fold(expected);
}

/** Leading "By"/"Par"/"Von"/"Written by" of a byline, which is not part of any name. */
const BY_PREFIX = /^(?:written\s+by|posted\s+by|by|par|von|por|di)\b[:\s]*/i;

/**
 * Degrees and post-nominals ("MS", "RD", "Ph.D.", "M.D. FACLM", "E-RYT 200"): parts of a
 * comma-separated author line that are not names. All-caps with short words, and either one
 * word or marked by a dot or digit — so "JOE HILDEBRAND" and "BBC NEWS" stay names.
 */
function isCredential(part: string): boolean {
  if (/^(?:ph\.?\s?d|m\.?\s?d|d\.?\s?o|jr|sr|esq|ii|iii|iv)\.?$/i.test(part)) return true;
  if (/\p{Ll}/u.test(part)) return false;
  const ws = part.split(/\s+/);
  return ws.every((w) => w.replace(/[^\p{L}]/gu, '').length <= 5) && (ws.length === 1 || /[.\d]/.test(part));
}

/** A date or time that a byline carries along ("March 25, 2015", "3:46 PM"): not a name. */
const looksLikeDate = (part: string): boolean =>
  /\d{4}|\d{1,2}:\d{2}/.test(part) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(part);

/**
 * The names in a ground-truth author field: split on commas, semicolons, "&" and the word
 * "and"; post-nominals ("MS", "RD", "Ph.D.") and dates dropped.
 */
export function splitAuthors(field: string): string[] {
  return field
    .replace(BY_PREFIX, '')
    .split(/\s*(?:[,;&\n]|\band\b)\s*/i)
    .map((p) => p.replace(BY_PREFIX, '').trim())
    .filter((p) => p && /\p{L}/u.test(p) && !isCredential(p) && !looksLikeDate(p));
}

/** Folded text reduced to its words (punctuation is a separator), space-joined. */
const wordsOf = (s: string): string => (fold(s).match(/[\p{L}\p{N}_'.-]+/gu) ?? []).map((w) => w.replace(/^[.'-]+|[.'-]+$/g, '')).filter(Boolean).join(' ');

/** Whole-word containment of `inner` in `outer`, both from `wordsOf`. */
function containsWords(outer: string, inner: string): boolean {
  return inner !== '' && ` ${outer} `.includes(` ${inner} `);
}

/**
 * One ground-truth name is found when an extracted author equals it after folding, or when
 * one contains the other as whole words and the shorter has at least two words (so
 * "Dr Jane Roe" ~ "Jane Roe", and "Jane Roe, Staff Writer" ~ "Jane Roe", but "Roe" alone
 * does not match).
 */
export function nameFound(name: string, extracted: readonly string[]): boolean {
  const n = fold(name);
  const nw = wordsOf(name);
  return extracted.some((raw) => {
    const a = fold(raw.replace(BY_PREFIX, ''));
    if (!a) return false;
    if (a === n) return true;
    const aw = wordsOf(a);
    const [shorter, longer] = aw.length <= nw.length ? [aw, nw] : [nw, aw];
    return shorter.split(' ').length >= 2 && containsWords(longer, shorter);
  });
}

/**
 * Every named author found among the extracted authors; null when the field names nobody
 * (the page is left out). An organisation name that the splitter cut at "and" still counts
 * when the whole field is found in the extracted authors.
 */
export function authorsMatch(field: string | null | undefined, extracted: readonly string[]): boolean | null {
  if (!field || !field.trim()) return null;
  const names = splitAuthors(field);
  if (names.length === 0) return null;
  const whole = wordsOf(field.replace(BY_PREFIX, ''));
  const joined = wordsOf(extracted.map((a) => a.replace(BY_PREFIX, '')).join(', '));
  if (whole.split(' ').length >= 2 && containsWords(joined, whole)) return true;
  return names.every((n) => nameFound(n, extracted));
}

/** Same calendar day as written: the first 10 characters (YYYY-MM-DD) of both. */
export function dayMatches(expected: string, got: string | null | undefined): boolean {
  const day = expected.trim().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && got != null && got.trim().slice(0, 10) === day;
}

/** Same primary language subtag ("en-US" ~ "en"). */
export function langMatches(expected: string, got: string | null | undefined): boolean {
  const primary = (s: string) => s.trim().toLowerCase().split(/[-_]/)[0];
  return got != null && primary(got) !== '' && primary(got) === primary(expected);
}
