import { fromParts, zoneOffsetMinutes, type DateContext, type DateValue } from './dates.ts';
import {
  DATE_FILLER, DATE_HINT, DATE_LINE_MAX_CHARS, MONTHS, PART_SEPARATOR, PUBLISHED_LABEL, RELATIVE_AGO, UNIT_MINUTES,
  UPDATED_LABEL, WEEKDAYS, ZONES,
} from './heuristics/text-dates.ts';

/** What one visible date line says. */
export interface DateLine {
  published: DateValue | null;
  updated: DateValue | null;
}

/**
 * A visible date line of a text capture → published/updated times. Handles
 * "2025-07-11 09:44 Last Updated At:09:50", "Published 3:04 PM EDT, Fri July 11, 2025",
 * "11 July 2025", "Updated 2 hours ago" (against `ctx.referenceTime`). Null when the line is
 * not a date line (too long, or words that are not part of a date).
 */
export function parseDateLine(line: string, ctx: DateContext): DateLine | null {
  const s = line.trim();
  if (!s || s.length > DATE_LINE_MAX_CHARS || !DATE_HINT.test(s) || !onlyDateWords(s)) return null;
  const upd = UPDATED_LABEL.exec(s);
  const pubPart = (upd ? s.slice(0, upd.index) : s).replace(PART_SEPARATOR, '').replace(PUBLISHED_LABEL, '');
  const updPart = upd ? s.slice(upd.index + upd[0].length) : '';
  const published = pubPart ? parsePart(pubPart, ctx, null) : null;
  if (pubPart && !published) return null;
  const updated = updPart ? parsePart(updPart, ctx, published) : null;
  if (updPart && !updated) return published ? { published, updated: null } : null;
  if (!published && !updated) return null;
  return { published, updated };
}

/**
 * Every letter word the parser can take: months, weekdays, zones and fillers (readFields), label words,
 * relative-time words, the "T" of ISO times, the letters of "a.m."/"p.m.", and "constructor" (readFields
 * tests months and zones with `in`, which also finds the plain object's own "constructor").
 */
const DATE_WORDS = new Set([
  ...Object.keys(MONTHS), ...WEEKDAYS, ...Object.keys(ZONES), ...DATE_FILLER, 'constructor',
  'first', 'published', 'posted', 'created', 'released', 'date', 'dated', 'issued', 'last', 'at', 'on', 'gmt', 'utc', 't', 'a', 'p', 'm',
  'an', 'one', 'ago', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'w', 'wk', 'wks', 'week', 'weeks',
]);
/** Words that may hide a label glued to a date ("Postedjuly 11") or a relative time ("anhour ago"): the full parser decides. */
const GLUED_LABEL = /^(?:first|published|posted|created|released|date|issued)|^(?:an?|one)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)$/;
const UPDATED_START = /^(?:updated|modified|edited)/;

/**
 * Exact pre-screen for lines that pass DATE_HINT (speed: it spares the tokeniser and the label regexes
 * most of them, "May the best team win"): false only when the parser would reject the line. Why exact:
 * before any "updated" label, every ASCII letter run of a date line is a word the parser takes, a label
 * word, a relative time run together ("anhour"), or one of these glued to an ordinal ending ("11thJuly")
 * or to the label's "at"/"on"; the first run that is none of these makes the published part unparseable,
 * hence the line. After an "updated" label an unparseable rest still leaves the published part.
 */
function onlyDateWords(s: string): boolean {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    const start = i;
    do c = s.charCodeAt(++i);
    while (i < n && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)));
    const w = s.slice(start, i).toLowerCase();
    if (DATE_WORDS.has(w)) continue;
    if (UPDATED_START.test(w)) return true;
    if (GLUED_LABEL.test(w) || (/^(?:st|nd|rd|th|at|on)/.test(w) && DATE_WORDS.has(w.slice(2)))) continue;
    return false;
  }
  return true;
}

interface Fields { year?: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; offset?: number | null; zone?: string }

/** One part ("3:04 PM EDT, Fri July 11, 2025" / "09:50" / "2 hours ago") → a DateValue. */
function parsePart(part: string, ctx: DateContext, base: DateValue | null): DateValue | null {
  const p = unglueYearTime(part.trim().replace(/[.,;|]+$/, ''));
  if (!p) return null;
  const rel = RELATIVE_AGO.exec(p);
  if (rel) return relative(rel, ctx);
  const f = readFields(p);
  if (!f) return numericDate(p, ctx);
  if (f.year === undefined && base) {
    // "Last Updated At:09:50" after a full date: same day as the published time.
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(base.iso);
    if (m) Object.assign(f, { year: +m[1], month: +m[2], day: +m[3] });
  }
  if (f.year === undefined || f.month === undefined || f.day === undefined) return null;
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > 31) return null;
  let offset = f.offset ?? null;
  if (f.zone && f.hour !== undefined) offset = zoneOffsetMinutes(f.zone, new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour + 12)));
  return fromParts({ year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second, offset }, ctx);
}

/**
 * A year run into the time after it ("November 11, 20228:23 PM": a capture joins the two elements a
 * page printed side by side with nothing between) → "2022 8:23". Only a 19xx/20xx year followed by a
 * valid hour and ":MM" is taken apart: five or six digits before a colon are no other date form.
 */
function unglueYearTime(p: string): string {
  return p.indexOf(':') < 0 ? p : p.replace(/(?<!\d)((?:19|20)\d\d)((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)/g, '$1 $2');
}

const TOKEN = /(\d{4})-(\d{1,2})-(\d{1,2})(?:T(?=\d))?|(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{1,2})\.(\d{2})(?!\d)|([+-]\d{2}:?\d{2})|(\d+)(?:st|nd|rd|th)?|\b([AaPp])\.?[Mm]\b\.?|([A-Za-z]+\.?)/g;

/** Tokenise a date part by hand: every token must be a date/time/zone word, else it is not a date line. */
function readFields(p: string): Fields | null {
  const f: Fields = {};
  const nums: number[] = [];
  let pm: boolean | null = null;
  let unknown = 0;
  // "GMT+8" / "UTC-05:30" → "+08:00" so the offset reads as one token.
  const q = p.replace(/\b(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?\b/gi, (_m, sg: string, h: string, mi?: string) => ` ${sg}${h.padStart(2, '0')}:${mi ?? '00'} `);
  // An exec loop on the shared global regex, not matchAll: that clones the regex on every call (speed).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(q); m; m = TOKEN.exec(q)) {
    if (m[1]) Object.assign(f, { year: +m[1], month: +m[2], day: +m[3] });
    else if (m[4]) Object.assign(f, { hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : undefined });
    else if (m[7] && f.hour === undefined && /(?:^|\s)\d{1,2}\.\d{2}(?:\s|$)/.test(q)) Object.assign(f, { hour: +m[7], minute: +m[8] });
    else if (m[9]) f.offset = offsetOf(m[9]);
    else if (m[10]) nums.push(+m[10]);
    else if (m[11]) pm = m[11].toLowerCase() === 'p';
    else if (m[12]) {
      const w = m[12].toLowerCase().replace(/\.$/, '');
      if (w in MONTHS) f.month = MONTHS[w];
      else if (WEEKDAYS.has(w)) continue;
      else if (w in ZONES) setZone(f, ZONES[w]);
      else if (/^(?:gmt|utc)$/.test(w)) f.offset = 0;
      else if (!DATE_FILLER.has(w)) unknown++;
    }
  }
  if (unknown > 0) return null;
  if (!placeNumbers(f, nums)) return null;
  if (f.hour !== undefined && pm !== null) f.hour = (f.hour % 12) + (pm ? 12 : 0);
  if (f.hour !== undefined && (f.hour > 23 || (f.minute ?? 0) > 59)) return null;
  return f;
}

/** Loose numbers: a 4-digit year, a day of month, or an hour followed by am/pm ("3 PM"). */
function placeNumbers(f: Fields, nums: number[]): boolean {
  for (const n of nums) {
    if (n >= 1900 && n <= 2100 && f.year === undefined) f.year = n;
    else if (n >= 1 && n <= 31 && f.day === undefined && f.month !== undefined) f.day = n;
    else if (n >= 1 && n <= 12 && f.hour === undefined) Object.assign(f, { hour: n, minute: 0 });
    else return false;
  }
  // A time alone is fine (an "updated" part); a date needs a month.
  return f.month !== undefined || f.hour !== undefined;
}

function setZone(f: Fields, z: number | string): void {
  if (typeof z === 'number') f.offset = z;
  else f.zone = z;
}

function offsetOf(s: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s)!;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
}

/** "2 hours ago" → reference time minus 2 hours, in the configured zone (else UTC). */
function relative(m: RegExpExecArray, ctx: DateContext): DateValue {
  const n = /^\d/.test(m[1]) ? +m[1] : 1;
  const unit = m[2].toLowerCase()[0];
  const at = new Date(ctx.referenceTime.getTime() - n * UNIT_MINUTES[unit] * 60_000);
  const offset = (ctx.timezone ? zoneOffsetMinutes(ctx.timezone, at) : null) ?? 0;
  const local = new Date(at.getTime() + offset * 60_000);
  return fromParts({
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(), offset,
  }, ctx);
}

/**
 * Numeric dates the tokeniser leaves ("11/07/2025", "12.12.2025", "14.11.24"). Day-first when the
 * separator is a dot (European usage) or the first number cannot be a month; month-first for
 * slashes otherwise (the US convention most English sites follow). Two-digit years are 20xx.
 */
function numericDate(p: string, ctx: DateContext): DateValue | null {
  const m = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(p.trim());
  if (!m) return null;
  const a = +m[1];
  const b = +m[3];
  const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
  const dayFirst = m[2] === '.' || a > 12;
  const [day, month] = dayFirst ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return fromParts({ year, month, day }, ctx);
}
