import type { Element } from 'domhandler';
import { fromParts, type DateValue } from '../dates.ts';

/**
 * The page's own zone, for a published stamp given in UTC. Many CMSs write their metadata stamps
 * in UTC ("2025-12-19T02:41:41+00:00") while the page shows the local day ("December 18, 2025");
 * the local day is the one readers (and the page's URL) give the story. When the shown day is not
 * the stamp's UTC day, an offset the page itself states is looked for that puts the same instant
 * on the shown day; the stamp is then written in that offset (same instant, local day).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MACHINE = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i;
/** Zone offsets in use run from UTC−12 to UTC+14, in steps of a quarter hour. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;
/** Only this many `<time>` elements are read for offsets (the page's first ones: header, story, comments). */
const MAX_TIMES = 20;

/** Minutes east of UTC of an ISO offset suffix ("Z", "-05:00", "+0530"). */
function offsetMinutes(z: string): number {
  if (/^z$/i.test(z)) return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Distinct non-zero offsets stated in the `datetime` of the page's `<time>` elements, in document order. */
export function statedOffsets(times: Element[]): number[] {
  const out: number[] = [];
  for (const el of times.slice(0, MAX_TIMES)) {
    const m = MACHINE.exec(el.attribs.datetime ?? '');
    if (!m || !m[7]) continue;
    const off = offsetMinutes(m[7]);
    if (off !== 0 && !out.includes(off)) out.push(off);
  }
  return out;
}

/**
 * The offset implied by a wall-clock reading of the same instant: a shown time whose clock differs
 * from the stamp's UTC clock by whole quarter hours within the zones in use ("17:18:13" shown for
 * 01:18:13 UTC is UTC−8). A stated offset on the reading is ignored: pages often label local
 * clock times "+00:00". Null when the reading has no time or cannot be the same instant.
 */
export function clockOffset(reading: string, instantMs: number): number | null {
  const m = MACHINE.exec(reading);
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, se === undefined ? new Date(instantMs).getUTCSeconds() : +se);
  const diff = (wall - instantMs) / 60_000;
  if (diff === 0 || !Number.isInteger(diff) || diff % 15 !== 0 || diff < MIN_OFFSET || diff > MAX_OFFSET) return null;
  return diff;
}

/**
 * A UTC published stamp re-written in the page's offset when that puts it on `day` (the shown
 * local day); null when the stamp is not UTC, is already on that day, or no offset the page
 * offers explains the difference. `readings` are the shown date's own machine/clock values (their
 * offsets and clock differences are tried first); `offsets` the page's other stated offsets.
 */
export function onLocalDay(p: DateValue, day: string, readings: (string | null)[], offsets: number[]): DateValue | null {
  if (!p.hasTime || !p.zoned || !p.iso.endsWith('+00:00') || p.iso.slice(0, 10) === day || !DAY.test(day)) return null;
  const t = Date.parse(p.iso);
  if (Number.isNaN(t)) return null;
  const tries: number[] = [];
  for (const r of readings) {
    if (!r) continue;
    const z = MACHINE.exec(r)?.[7];
    if (z && offsetMinutes(z) !== 0) tries.push(offsetMinutes(z));
    const c = clockOffset(r, t);
    if (c !== null) tries.push(c);
  }
  tries.push(...offsets);
  for (const off of tries) {
    const local = new Date(t + off * 60_000);
    if (local.toISOString().slice(0, 10) !== day) continue;
    return fromParts({
      year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
      hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(), offset: off,
    }, { timezone: null });
  }
  return null;
}
