/**
 * Visible date lines in text captures: "2025-07-11 09:44 Last Updated At:09:50",
 * "Published 3:04 PM EDT, Fri July 11, 2025", "11 July 2025", "Updated 2 hours ago".
 */

/** Date lines are short; a longer line is a sentence that happens to contain a date. */
export const DATE_LINE_MAX_CHARS = 120;

/** Where the "updated" part of a line begins ("Last Updated At:", "Updated:", "Modified"). */
export const UPDATED_LABEL = /\b(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:at|on))?\s*:?\s*/i;

/** Labels before the published time; they carry no date and are removed before parsing. */
export const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|created|released|date|dated|issued)(?:\s+(?:at|on))?\s*:?\s*/i;

/** Separators between published and updated parts ("… | Updated …", "…, updated …"). */
export const PART_SEPARATOR = /[\s|,;·•–—-]+$/;

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
  'sat', 'saturday', 'sun', 'sunday',
]);

/**
 * Zone abbreviations printed next to times, as fixed offsets (minutes) or as IANA zones where
 * the abbreviation does not say whether summer time applies ("ET" = New York's time that day).
 * IST is read as India (+05:30): it is the common meaning on English-language news sites.
 */
export const ZONES: Record<string, number | string> = {
  utc: 0, gmt: 0, z: 0, bst: 60, ist: 330, cet: 60, cest: 120, eet: 120, eest: 180, wet: 0, west: 60, msk: 180,
  edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420, pdt: -420, pst: -480, akdt: -480, akst: -540,
  hst: -600, jst: 540, kst: 540, hkt: 480, sgt: 480, myt: 480, pht: 480, wib: 420, ict: 420, aest: 600, aedt: 660,
  acst: 570, awst: 480, nzst: 720, nzdt: 780, sast: 120, cat: 120, eat: 180, wat: 60, gst: 240, pkt: 300,
  et: 'America/New_York', ct: 'America/Chicago', mt: 'America/Denver', pt: 'America/Los_Angeles',
};

/** Words allowed in a date line besides dates, times and zones; anything else makes it a sentence. */
export const DATE_FILLER = new Set(['at', 'on', 'of', 'the', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'h', 'hrs', 'uhr', 'th', 'st', 'nd', 'rd']);

/** "2 hours ago", "an hour ago", "5 mins ago", "3 days ago". */
export const RELATIVE_AGO = /^(\d{1,3}|an?|one)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)\s+ago$/i;

/** Unit → minutes, for relative times. */
export const UNIT_MINUTES: Record<string, number> = { s: 1 / 60, m: 1, h: 60, d: 1440, w: 10080 };

/**
 * Cheap test every date line passes (a month or weekday name as a whole word, "ago", a clock time,
 * an ISO or numeric date): most lines fail it and skip the tokeniser (speed). Whole words only:
 * "monitor", "sunny" and "marketing" are not dates.
 */
export const DATE_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\bago\b|\d{1,2}[:.]\d{2}|\d{4}-\d{1,2}-\d{1,2}|\d{1,4}\/\d{1,2}\/\d{1,4}/i;

/** Date lines have few words ("Published 3:04 PM EDT, Fri July 11, 2025" has 8); longer lines are not tried. */
export const DATE_LINE_MAX_WORDS = 16;
