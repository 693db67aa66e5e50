/**
 * Wire-style datelines at the start of a story: "WASHINGTON (AP) —", "LONDON, Jan 5 (Reuters) -",
 * "PARIS (AFP) -", "KUALA LUMPUR, Malaysia (AP) —", "ST. LOUIS (AP) —", "NEW YORK —".
 * Kept as data so the rules can be read and changed in one place.
 */

/** Only this much of a paragraph is examined: a dateline is short, and it bounds regex work. */
export const DATELINE_SCAN_CHARS = 160;

/**
 * An all-caps place: 1–5 words of capitals (with ".", "'", "-" as in "ST. LOUIS", "N'DJAMENA").
 * Why capitals: wire services print the place in capitals; it is what tells a dateline from a
 * sentence that starts "Officials (AP) said".
 */
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,4}`;

/** Title-case place ("Kuala Lumpur"): accepted only when an agency follows, which makes it a dateline. */
const TITLE_PLACE = String.raw`[A-Z][a-zA-Z.'’\-]+(?:[ ][A-Z][a-zA-Z.'’\-]+){0,3}`;

/** ", Malaysia", ", Calif.", ", N.Y.", ", United Kingdom": up to two region parts after the place. */
const REGION = String.raw`(?:,[ ](?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]\d)[A-Z][a-zA-Z.'’\-]*(?:[ ][A-Z][a-zA-Z.'’\-]*){0,3}){0,2}`;

/** Reuters puts the date after the place: ", Jan 5" / ", January 5" / ", 5 January". */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_PART = String.raw`(?:,?[ ](?:${MONTH}[ ]\d{1,2}|\d{1,2}[ ]${MONTH}))?`;

/** "(AP)", "(Reuters)", "(AFP)", "(CNN)", "(dpa)", "(Xinhua)": a short name in parentheses. */
const AGENCY = String.raw`\(([A-Za-z][A-Za-z .&/\-]{0,39})\)`;

/**
 * The dash that ends a dateline: em dash, en dash, or "--"/hyphen with spaces around it (a hyphen
 * without spaces joins words: "SEO-Optimized", "COOL-DOWN", "MARTINEZ-BELTRAN"). Not a colon:
 * "NAME: …" is how transcripts and interviews mark speakers.
 */
const SEP = String.raw`(?:[ ]*(?:—|–)[ ]*|[ ]+(?:--|-)[ ]+)`;

/** Caps place, optional region and date, optional agency, then a dash. */
export const DATELINE_WITH_CAPS = new RegExp(`^(${CAPS_PLACE}${REGION})${DATE_PART}[ ]*(?:${AGENCY})?${SEP}(?=\\S)`);

/** Title-case place, then a required agency, then a dash ("Kuala Lumpur (Reuters) -"). */
export const DATELINE_WITH_AGENCY = new RegExp(`^(${TITLE_PLACE}${REGION})${DATE_PART}[ ]*${AGENCY}${SEP}(?=\\S)`);

/**
 * All-caps words that open sentences and are not places: without an agency, "NASA — the agency…"
 * or "UPDATE — …" must not become a dateline.
 */
export const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITOR', "EDITOR'S NOTE", 'NOTE', 'CORRECTION',
  'WATCH', 'LISTEN', 'READ', 'PHOTOS', 'VIDEO', 'LIVE', 'FILE', 'NASA', 'FBI', 'CIA', 'NATO', 'UN', 'EU', 'US', 'U.S.',
  'UK', 'CEO', 'AP', 'AFP', 'TV', 'I', 'A', 'OK',
]);

/** A place needs at least two capital letters ("ST. LOUIS" yes, "A" no). */
export const MIN_PLACE_CAPITALS = 2;
