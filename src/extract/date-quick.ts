/**
 * The date readers that run before chrono: written dates ("March 3, 2024"), mail/HTTP dates, and
 * written date-and-time forms common in news bylines ("November 19, 2019, 9:02 AM",
 * "Nov 20, 2019 at 10:54 a.m. EST", "Updated: March 3, 2024 - 14:05"), read without chrono.
 * chrono costs 0.1–5 ms a call once warm and close to a second on its first call in a process,
 * so the forms seen most are parsed here; anything else (other zones, other languages) returns
 * null and goes to chrono, which gives the same answer for every form accepted here
 * (date-quick.test.ts checks that).
 */

export interface QuickParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC; null when the text names no zone. */
  offset: number | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Zone abbreviations with one meaning (US zones, UTC/GMT); others go to chrono. */
const ZONES: Record<string, number> = {
  gmt: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const LABEL = '(?:[-–—•|]\\s*)?(?:(?:last\\s+)?(?:updated|published|posted)(?:\\s+on)?\\s*:?\\s+)?';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap])?\\.?(?:m\\.?)?';
const MDY_TIME = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\s*(?:,|\\bat\\b|-)?\\s*${TIME}(?:\\s+([a-z]{1,4}))?$`,
  'i',
);

/** "November 19, 2019, 9:02 AM" and kin → parts; null for anything else. */
export function quickDateTime(s: string): QuickParts | null {
  const m = MDY_TIME.exec(s);
  if (!m) return null;
  const [, mon, d, y, h, mi, se, ap, zone] = m;
  const month = MONTHS[mon.slice(0, 3).toLowerCase()];
  const day = Number(d);
  let hour = Number(h);
  const minute = Number(mi);
  if (!month || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  if (ap) {
    if (hour < 1 || hour > 12) return null;
    const pm = ap.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  let offset: number | null = null;
  if (zone) {
    const z = ZONES[zone.toLowerCase()];
    if (z === undefined) return null;
    offset = z;
  }
  return { year: Number(y), month, day, hour, minute, second: se === undefined ? 0 : Number(se), offset };
}

const MDY = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DMY = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})$`, 'i');

/**
 * The commonest written dates with no time ("March 3, 2024", "Tue, 3rd Mar 2024"), read
 * without chrono (which costs ~0.5 ms a call); anything else returns null and goes to chrono.
 */
export function quickWrittenDate(s: string): { year: number; month: number; day: number } | null {
  let m = MDY.exec(s);
  let month: number | undefined, day: number, year: number;
  if (m) {
    month = MONTHS[m[1].slice(0, 3).toLowerCase()];
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = DMY.exec(s);
    if (!m) return null;
    day = Number(m[1]);
    month = MONTHS[m[2].slice(0, 3).toLowerCase()];
    year = Number(m[3]);
  }
  if (!month || day < 1 || day > 31) return null;
  return { year, month, day };
}

const MAIL = new RegExp(`^(?:[a-z]{3},?\\s+)?(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(gmt|utc|z|[+-]\\d{4})$`, 'i');

/** RFC 2822 / HTTP dates ("Mon, 18 Nov 2019 16:07:38 -0600", "19 Nov 2019 07:09 GMT"), read without chrono. */
export function quickMailDate(s: string): { year: number; month: number; day: number; hour: number; minute: number; second: number; offset: number } | null {
  const m = MAIL.exec(s);
  if (!m) return null;
  const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
  const z = m[7];
  const offset = /^[+-]/.test(z) ? (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) : 0;
  if (!month) return null;
  return { year: Number(m[3]), month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), offset };
}
