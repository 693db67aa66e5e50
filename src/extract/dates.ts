import { createRequire } from 'node:module';

type Chrono = typeof import('chrono-node');
let chronoModule: Chrono | null = null;

/**
 * chrono-node, loaded on first use: importing it costs ~0.45 s of CPU, and most processes (a CLI
 * run, an ingest worker on pages with ISO dates) never need it now that the quick readers take
 * the common forms. It ships CommonJS, so `require` loads it synchronously.
 */
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as Chrono;
  return chronoModule;
}
import { quickDateTime, quickMailDate, quickWrittenDate } from './date-quick.ts';
import { quickGermanDate } from './date-quick-de.ts';
import { quickDateInSentence, quickDmyTime, quickJsDate, quickMonthYear, quickNumericDate, quickTimeFirst, type QuickValue } from './date-quick-more.ts';

/** A date/time as Dateline reports it: ISO 8601, with the offset only when it is known. */
export interface DateValue {
  iso: string;
  /** False when the source stated no zone and none was configured: `iso` then has no offset. */
  zoned: boolean;
  /** False for date-only values ("11 July 2025"): `iso` is then `YYYY-MM-DD`. */
  hasTime: boolean;
}

export interface DateContext {
  timezone: string | null;
  referenceTime: Date;
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Intl.DateTimeFormat is costly to build (~0.1 ms); one per zone is kept (bounded: zones are few). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    if (formatters.size < 512) formatters.set(zone, f);
  }
  return f;
}

/** Offset in minutes of an IANA zone or "+08:00" string at a given UTC instant; null if unknown. */
export function zoneOffsetMinutes(zone: string, at: Date): number | null {
  const fixed = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone.trim());
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(?:UTC|GMT|Z)$/i.test(zone.trim())) return 0;
  try {
    const parts = zoneFormatter(zone).formatToParts(at);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return Math.round((asUtc - at.getTime()) / 60000);
  } catch {
    return null;
  }
}

/** Wall-clock fields plus an optional known offset → DateValue (applying `ctx.timezone` if no offset). */
export function fromParts(
  p: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; offset?: number | null },
  ctx: Pick<DateContext, 'timezone'>,
): DateValue {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return { iso: date, zoned: false, hasTime: false };
  const time = `${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}`;
  let offset = p.offset ?? null;
  if (offset === null && ctx.timezone) {
    const guess = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute ?? 0, p.second ?? 0);
    offset = zoneOffsetMinutes(ctx.timezone, new Date(guess));
  }
  if (offset === null) return { iso: `${date}T${time}`, zoned: false, hasTime: true };
  return { iso: `${date}T${time}${formatOffset(offset)}`, zoned: true, hasTime: true };
}

const ISO_IN_TEXT = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/i;

/**
 * Text this long is a sentence (a caption, an editor's note, a footer), not a date line: only its
 * first written date is read (quickDateInSentence), never chrono, which costs milliseconds a call
 * and reads casual words in prose ("today", "number 22") as dates.
 */
const SENTENCE_LENGTH = 80;

/** The chrono-free readers, commonest forms first (date-quick*.test.ts check each against chrono). */
function quickRead(s: string): QuickValue | null {
  return quickWrittenDate(s) ?? quickMailDate(s) ?? quickDateTime(s) ?? quickNumericDate(s) ?? quickTimeFirst(s)
    ?? quickDmyTime(s) ?? quickJsDate(s) ?? quickMonthYear(s) ?? quickGermanDate(s);
}

/** ISO 8601 and epoch numbers; undefined when `s` is neither. */
function readMachine(s: string, ctx: DateContext): DateValue | null | undefined {
  const m = ISO_RE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se, z] = m;
    let offset: number | null = null;
    if (z) offset = z.toUpperCase() === 'Z' ? 0 : zoneOffsetMinutes(z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z, new Date());
    return fromParts(
      { year: +y, month: +mo, day: +d, hour: h === undefined ? undefined : +h, minute: mi === undefined ? undefined : +mi, second: se === undefined ? undefined : +se, offset },
      ctx,
    );
  }
  if (!/^\d{10,13}$/.test(s)) return undefined;
  const d = new Date(s.length === 13 ? Number(s) : Number(s) * 1000);
  if (d.getUTCFullYear() < 1990 || d.getUTCFullYear() > 2100) return null;
  return fromParts({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offset: 0 }, ctx);
}

/** A leading dash or bullet and a "Published on:"-style label, a trailing bullet: chrono reads past them too. */
const LEAD = /^(?:[-–—•·|]\s*)?(?:(?:last\s+)?(?:updated|modified|published|posted|checked)(?:\s+on)?\s*:?\s+)?/i;
const TRAIL = /\s*[-–—•·|]$/;

/**
 * Normalise a machine- or human-written date string (meta tags, JSON-LD, `<time datetime>`,
 * visible text) to a DateValue. Returns null when nothing date-like is found.
 */
export function normalizeDate(raw: string, ctx: DateContext): DateValue | null {
  // "2025-12-17UTC07:30:00+00:00", "2025-12-17 UTC 07:30": a CMS quirk for the ISO "T".
  const s = raw.trim().replace(/^(\d{4}-\d{2}-\d{2})\s*UTC\s*(?=\d{2}:)/i, '$1T')
    // "2019-11-19 02:24:00 UTC": the ISO form with the zone spelt out.
    .replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)\s*(?:UTC|GMT)$/i, '$1Z');
  if (!s) return null;
  const machine = readMachine(s, ctx);
  if (machine !== undefined) return machine;
  // "기사입력 :[ 2018-08-25 15:24 ]": an ISO value among symbols and other scripts only (nothing chrono could read besides it).
  const iso = ISO_IN_TEXT.exec(s);
  if (iso && !/[a-z0-9]/i.test(s.replace(iso[0], ''))) return normalizeDate(iso[0], ctx);
  if (s.length >= SENTENCE_LENGTH) {
    const v = quickDateInSentence(s, quickRead);
    return v ? fromParts(v, ctx) : null;
  }
  const quick = quickRead(s);
  if (quick) return fromParts(quick, ctx);
  // "- Mar 27, 2024", "Last checked: 2025-10-28": read without the marks only when a quick reader
  // takes the rest; otherwise chrono gets the text as it was.
  const bare = s.replace(LEAD, '').replace(TRAIL, '');
  if (bare && bare !== s) {
    const v = readMachine(bare, ctx) ?? (quickRead(bare) && fromParts(quickRead(bare)!, ctx));
    if (v) return v;
  }
  return readChrono(s, ctx);
}

/** The slow path: chrono's English parser, first result. */
function readChrono(s: string, ctx: DateContext): DateValue | null {
  const first = chrono().parse(s, ctx.referenceTime)[0];
  if (!first) return null;
  const c = first.start;
  // A clock time alone ("5:11:10") says nothing about the day: chrono would date it to the reference day.
  if (!c.isCertain('year') && !c.isCertain('day')) return null;
  const hasTime = c.isCertain('hour');
  return fromParts(
    {
      year: c.get('year') ?? 0,
      month: c.get('month') ?? 1,
      day: c.get('day') ?? 1,
      hour: hasTime ? c.get('hour') ?? 0 : undefined,
      minute: hasTime ? c.get('minute') ?? 0 : undefined,
      second: hasTime ? c.get('second') ?? 0 : undefined,
      offset: c.isCertain('timezoneOffset') ? c.get('timezoneOffset') ?? null : null,
    },
    ctx,
  );
}
