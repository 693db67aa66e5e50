/**
 * More date forms read without chrono (see date-quick.ts for why): numeric dates ("05/10/2018",
 * "23.07.2025", "2019/1/22 10:00"), the time written first ("01:38:07 PM IST Nov 20, 2019"),
 * JavaScript's Date#toString ("Tue Nov 19 2019 03:05:46 GMT+0000"), day-month-year with a time
 * ("20 Dec 2025, 11:59") and month and year alone ("October 2025"): each returns the fields
 * chrono's English parser gives for the same text (date-quick-more.test.ts compares them), or null
 * to leave the text to chrono. Two deliberate differences: a weekday before a time-first date
 * ("Fri 6:45 PM, Feb 16, 2018") is read as that date, where chrono reads "Fri 6:45 PM" alone as
 * a day-less time and so yields nothing; and quickDateInSentence, for sentence-length text that
 * is no longer sent to chrono at all, reads only the first written or numeric date in it.
 */
import { MONTH_RE, TIME, WEEKDAY, monthOf, readTime, zoneOf } from './date-quick.ts';

/** Date fields with an optional time; `hour` undefined means a date-only value. */
export interface QuickValue {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: number | null;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/**
 * A time ("at 9:02 PM EST") after a date, with its optional joiner and zone. chrono drops a time
 * after "@", and after " - " when the year comes first, so those stay unread here.
 */
const tail = (joiners: string) => `(?:\\s*(?:${joiners})?\\s*${TIME}(?:\\s+([a-z]{1,5}))?)?`;
const TAIL = tail(',|\\bat\\b|-');

/** Adds the time captured by TAIL (groups h, mi, se, ap, zone) to date fields; null if out of range or an unknown zone. */
function withTime(d: QuickValue, g: (string | undefined)[]): QuickValue | null {
  const [h, mi, se, ap, zone] = g;
  if (h === undefined) return d;
  const t = readTime(h, mi!, se, ap);
  if (!t) return null;
  const offset = zone ? zoneOf(zone) : null;
  if (offset === undefined) return null;
  return { ...d, ...t, offset };
}

/** chrono's two-digit year: 51–99 → 19xx, 00–50 → 20xx. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) > 50 ? 1900 : 2000) + Number(y) : Number(y));

const NUM_DMY = new RegExp(`^${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TAIL}$`, 'i');
const NUM_YMD = new RegExp(`^${WEEKDAY}(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})${tail(',|\\bat\\b')}$`, 'i');

/**
 * "05/10/2018", "13/11/2025 09:21:40", "Thu, 09/25/2025 - 11:38", "23.07.2025", "2019/1/22".
 * As chrono: month first unless the first number is over 12, then day first; a two-digit year is
 * 19xx above 50. An impossible date (02/30) returns null (chrono then finds nothing either).
 */
export function quickNumericDate(s: string): QuickValue | null {
  let m = NUM_YMD.exec(s);
  let year: number, month: number, day: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[3]);
    day = Number(m[4]);
  } else {
    m = NUM_DMY.exec(s);
    if (!m) return null;
    const a = Number(m[1]), b = Number(m[3]);
    year = fullYear(m[4]);
    [month, day] = a > 12 ? [b, a] : [a, b];
  }
  if (!validDay(year, month, day)) return null;
  return withTime({ year, month, day }, m.slice(5));
}

const LABEL = '(?:(?:last\\s+)?(?:updated|published|posted)(?:\\s+on)?\\s*:?\\s+)?';
const TIME_FIRST = new RegExp(
  `^${LABEL}${WEEKDAY}${TIME}(?:\\s+([a-z]{1,5}))?,?\\s+${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`,
  'i',
);

/** "01:38:07 PM IST Nov 20, 2019", "6:45 PM, Feb 16, 2018", "Updated: Sat 8:31 PM, Feb 17, 2018" (AM/PM required). */
export function quickTimeFirst(s: string): QuickValue | null {
  const m = TIME_FIRST.exec(s);
  // chrono reads a 24-hour time written first as a time of its own, not as the date's.
  if (!m || !m[4]) return null;
  const month = monthOf(m[6]), year = Number(m[8]), day = Number(m[7]);
  if (!month || !validDay(year, month, day)) return null;
  return withTime({ year, month, day }, m.slice(1, 6));
}

const JS_DATE = new RegExp(
  `^${WEEKDAY}${MONTH_RE}\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+GMT([+-])(\\d{2})(\\d{2})(?:\\s+\\([^()]*\\))?$`,
  'i',
);

/** JavaScript's Date#toString(): "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)". */
export function quickJsDate(s: string): QuickValue | null {
  const m = JS_DATE.exec(s);
  if (!m) return null;
  const month = monthOf(m[1]), day = Number(m[2]), year = Number(m[3]);
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (!month || !validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return { year, month, day, hour, minute, second, offset };
}

const DMY_TIME = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})${TAIL}$`, 'i');

/** "20 Dec 2025, 11:59", "30 Sep 2022, 11:07am", "Tue, 3 March 2024 at 9:02 PM EST". */
export function quickDmyTime(s: string): QuickValue | null {
  const m = DMY_TIME.exec(s);
  if (!m || m[4] === undefined) return null;
  const month = monthOf(m[2]), day = Number(m[1]), year = Number(m[3]);
  if (!month || !validDay(year, month, day)) return null;
  return withTime({ year, month, day }, m.slice(4));
}

const MONTH_YEAR = new RegExp(`^(?:in\\s+)?${MONTH_RE},?\\s+(\\d{4})\\.?$`, 'i');

/** "October 2025", "in December 2021.": as chrono, the first of the month, date only. */
export function quickMonthYear(s: string): QuickValue | null {
  const m = MONTH_YEAR.exec(s);
  const month = m && monthOf(m[1]);
  return month ? { year: Number(m[2]), month, day: 1 } : null;
}

const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH_RE},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b`,
  'i',
);
const TIME_AFTER = /^\s*(?:,|\bat\b|-)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?(?:\s+[a-z]{1,5}\b)?/i;

/**
 * The first written date in a long sentence (a caption, a footer, an editor's note): "… on May 18,
 * 2018." → 2018-05-18, with the time that follows it when that reads ("May 27, 2025 09:10AM").
 * Used instead of chrono for text of sentence length, where chrono would also take casual words
 * ("today", "number 22") as dates; null when no written or numeric date is in it.
 */
export function quickDateInSentence(s: string, readDate: (t: string) => QuickValue | null): QuickValue | null {
  const m = DATE_IN_TEXT.exec(s);
  if (!m) return null;
  const tail = TIME_AFTER.exec(s.slice(m.index + m[0].length));
  return (tail && readDate(m[0] + tail[0])) || readDate(m[0]);
}
