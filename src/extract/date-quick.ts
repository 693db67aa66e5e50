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
export const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/**
 * Zone abbreviations chrono gives a fixed offset (its TIMEZONE_ABBR_MAP; date-quick-more.test.ts
 * checks each against chrono). Zones chrono shifts for daylight time (ET, PT, CET…) are left out: they go to chrono.
 */
const ZONES: Record<string, number> = {
  gmt: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, ast: -240, adt: -180, nst: -150, ndt: -90, amt: -240,
  wet: 0, west: 60, bst: 60, cest: 120, eet: 120, eest: 180, msk: 180, sast: 120, wat: 60, cat: 120, eat: 180,
  pkt: 300, ist: 330, npt: 345, ict: 420, wib: 420, hkt: 480, sgt: 480, pht: 480, awst: 480,
  jst: 540, kst: 540, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** Offset of a zone abbreviation in minutes east of UTC; undefined when not one chrono fixes. */
export function zoneOf(abbr: string): number | undefined {
  return Object.hasOwn(ZONES, abbr.toLowerCase()) ? ZONES[abbr.toLowerCase()] : undefined;
}

/** Month number of an English month name or abbreviation; undefined otherwise. */
export const monthOf = (name: string): number | undefined => MONTHS[name.slice(0, 3).toLowerCase()];

/** Clock fields from TIME's groups, with "PM" applied; null when out of range. */
export function readTime(h: string, mi: string, se: string | undefined, ap: string | undefined): { hour: number; minute: number; second: number } | null {
  let hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return null;
  if (ap) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
  }
  return { hour, minute, second: se === undefined ? 0 : Number(se) };
}

export const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const LABEL = '(?:[-–—•|]\\s*)?(?:(?:last\\s+)?(?:updated|published|posted)(?:\\s+on)?\\s*:?\\s+)?';
export const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap])?\\.?(?:m\\.?)?';
const MDY_TIME = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\s*(?:,\\s*at\\b|,|\\bat\\b|-)?\\s*${TIME}(?:\\s+([a-z]{1,4}))?$`,
  'i',
);

/** "November 19, 2019, 9:02 AM" and kin → parts; null for anything else. */
export function quickDateTime(s: string): QuickParts | null {
  const m = MDY_TIME.exec(s);
  if (!m) return null;
  const [, mon, d, y, h, mi, se, ap, zone] = m;
  const month = monthOf(mon);
  const day = Number(d);
  const t = readTime(h, mi, se, ap);
  if (!month || day < 1 || day > 31 || !t) return null;
  const offset = zone ? zoneOf(zone) : null;
  if (offset === undefined) return null;
  return { year: Number(y), month, day, ...t, offset };
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
