import type { Element } from 'domhandler';
import { fromParts, normalizeDate, type DateContext, type DateValue } from '../dates.ts';
import { parseDateLine } from '../date-line.ts';
import type { Collected, OrderedText } from './collect.ts';
import { onLocalDay, statedOffsets } from './date-zone.ts';
import { dateFromUrl } from './url-date.ts';

/**
 * The date a reader sees in the story's header: the dated line nearest the headline, with what
 * its label says it is. Metadata dates are often a CMS's bookkeeping (a migration, a re-save, a
 * render stamp); the header line is what the page tells its readers.
 */
export interface ShownDate {
  /** The local day as shown (`YYYY-MM-DD`), never shifted by a zone. */
  day: string;
  value: DateValue;
  /** What the label says: 'updated' ("Last updated:"), 'published' ("Published", "originally published"), or null (no label). */
  label: 'published' | 'updated' | null;
  /** The machine day of the `<time datetime>` the text sits in, if any: a second reading of the same date. */
  machineDay: string | null;
  /** The other reading of an ambiguous numeric date ("03/10/2023"), if it is a valid day. */
  altDay: string | null;
  /** The whole `datetime` of that `<time>` (its zone or clock places a UTC stamp on the local day). */
  machine?: string | null;
  /** Non-zero zone offsets (minutes) the page's `<time>` values state: candidates for the page's own zone. */
  offsets?: number[];
  /** The day written in the page's URL, if any: the CMS's local day, a second witness of the shown day. */
  urlDay?: string | null;
}

/** How far (in text nodes; the parser keeps no blank ones at block edges) after / before the headline the shown date may sit. */
const AFTER = 35;
const BEFORE = 15;
/** How far after the headline a date labelled "Published" may sit (a line under the story text). */
const STORY_REACH = 600;
/** How many text nodes (whitespace ones included) a separate label ("Last updated:") may sit before its date. */
const LABEL_GAP = 5;

const UPDATED_WORD = /^(?:last\s+)?(?:updated|modified|revised|edited)\b/i;
const PUBLISHED_WORD = /^(?:(?:first|originally)\s+)?(?:published|posted)\b/i;
const LABEL_PREFIX = /^(?:(?:last|first|originally)\s+)?(?:updated|published|posted|modified|revised|edited)(?:\s+(?:on|at))?\s*:?\s*/i;
/** "This article was originally published on 26 Sep 2019 at 4:12pm but …" → the date after the phrase. */
const ORIGINALLY = /\boriginally\s+(?:published|posted)\s+(?:on\s+|in\s+)?(.{6,40}?)(?=\s+(?:but|and|by|in)\b|[,;.(]|$)/i;
/** "· 12 min read", "| 5 minute read": reading-time tails after the date. */
const READ_TAIL = /\s*[·•|–-]?\s*\d+\s*(?:min(?:ute)?s?)\.?\s*read\b.*$/i;
/** "January 20th, 2025 by JWU": a byline after a year ends the date. */
const BY_TAIL = /(?<=\b(?:19|20)\d{2})\s*[·•|,–-]?\s*by\s+\S.*$/i;
/** A numeric date ("03/10/2023", "31.10.2021"): which number is the day depends on the page's language. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Do readers of this page language write the day first ("03/10/2023" = 3 October)? English-US and no-language pages write month first. */
export function dayFirst(lang: string | null): boolean {
  if (!lang) return false;
  const l = lang.toLowerCase().replace('_', '-');
  if (l === 'en' || l === 'en-us' || l.startsWith('en-us') || l === 'en-ph') return false;
  return true;
}

/**
 * The shown dates near the headline, nearest first (at most a few); a line saying "originally
 * published on …" first of all. With no date near the headline, the first line labelled
 * "Published …" farther down the story (a footer under the text).
 */
export function shownDates(c: Collected, anchor: number, lang: string | null, ctx: DateContext & { url?: string | null }): ShownDate[] {
  if (anchor < 0) return [];
  const out: ShownDate[] = [];
  const near = c.dateTexts.filter((t) => t.order - anchor <= AFTER && anchor - t.order <= BEFORE);
  near.sort((a, b) => dist(a, anchor) - dist(b, anchor));
  const orig = near.findIndex((t) => ORIGINALLY.test(t.text));
  if (orig > 0) near.unshift(...near.splice(orig, 1));
  if (!near.length) {
    const labelled = c.dateTexts.find((t) => t.order >= anchor && t.order - anchor <= STORY_REACH && publishedLabel(t, c.dateLabels));
    if (labelled) near.push(labelled);
  }
  for (const t of near.slice(0, 4)) {
    const s = readShown(t, c.dateLabels, lang, ctx);
    // Dotted numeric dates ("03.02.2025") are written day first everywhere: nothing to settle.
    if (s) out.push(s.altDay && !DOTTED.test(t.text) ? settleReading(s, c.times, ctx) : s);
  }
  // The page's zone is looked for only where it can matter: a shown day the URL also gives.
  const urlDay = out.length ? dateFromUrl(ctx.url ?? null) : null;
  if (urlDay && out.some((s) => s.day === urlDay)) {
    const offsets = statedOffsets(c.times);
    for (const s of out) Object.assign(s, { offsets, urlDay });
  }
  return out;
}

/** Only this many `<time>` elements are read to settle an ambiguous numeric date. */
const MAX_SETTLE_TIMES = 20;
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})/;
const DOTTED = /\d\.\d{1,2}\.\d/;

/**
 * An ambiguous numeric date ("02-12-2025") read by the language's order is re-read the other way
 * when the page itself writes that other day unambiguously in a `<time datetime>` (a "recent
 * posts" entry for the same story, a second header) and never the first reading: the page's own
 * ISO value says which number is the month.
 */
export function settleReading(s: ShownDate, times: Element[], ctx: DateContext): ShownDate {
  let alt = false;
  for (const el of times.slice(0, MAX_SETTLE_TIMES)) {
    const day = ISO_DAY.exec(el.attribs.datetime ?? '')?.[1];
    if (day === s.day) return s;
    if (day === s.altDay) alt = true;
  }
  if (!alt || !s.altDay) return s;
  const [y, m, d] = s.altDay.split('-').map(Number);
  return { ...s, day: s.altDay, value: fromParts({ year: y, month: m, day: d }, ctx), altDay: null };
}

/** Is the text a "Published …"/"Posted …" line, by its own words or a label just before it? */
function publishedLabel(t: OrderedText, labels: OrderedText[]): boolean {
  if (PUBLISHED_WORD.test(t.text)) return true;
  const before = labels.find((l) => l.order < t.order && t.order - l.order <= LABEL_GAP);
  return !!before && PUBLISHED_WORD.test(before.text);
}

const dist = (t: OrderedText, anchor: number) => (t.order >= anchor ? t.order - anchor : (anchor - t.order) * 3);

/** One date text → a shown date, or null when it is not a whole day (month-only, a sentence). */
export function readShown(t: OrderedText, labels: OrderedText[], lang: string | null, ctx: DateContext): ShownDate | null {
  let text = t.text.replace(/^[\s•·|–—-]+/, '');
  let label: ShownDate['label'] = null;
  const orig = ORIGINALLY.exec(text);
  if (orig) {
    text = orig[1];
    label = 'published';
  } else if (UPDATED_WORD.test(text)) label = 'updated';
  else if (PUBLISHED_WORD.test(text)) label = 'published';
  else {
    const before = labels.find((l) => l.order < t.order && t.order - l.order <= LABEL_GAP);
    if (before) label = UPDATED_WORD.test(before.text) ? 'updated' : PUBLISHED_WORD.test(before.text) ? 'published' : null;
  }
  text = text.replace(LABEL_PREFIX, '').replace(READ_TAIL, '').replace(BY_TAIL, '').trim();
  const num = NUMERIC.exec(text);
  // Month names are read in English only: on a page in another language they are embedded content (a quoted post).
  if (!num && lang && !/^en\b/i.test(lang) && !/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  let value: DateValue | null = null;
  let altDay: string | null = null;
  if (num) {
    const [a, b, y] = [+num[1], +num[3], +num[4]];
    const df = num[2] === '.' || a > 12 || (b <= 12 && dayFirst(lang));
    const [d, m] = df ? [a, b] : [b, a];
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    value = fromParts({ year: y, month: m, day: d }, ctx);
    if (a <= 12 && b <= 12 && a !== b) altDay = fromParts({ year: y, month: d, day: m }, ctx).iso;
  } else {
    const line = parseDateLine(text, ctx);
    value = line?.published ?? line?.updated ?? null;
    // Relative times ("3 days ago") need the capture time, which a saved page does not carry.
    if (value && /\bago\b/i.test(text)) return null;
    if (!value && text.length <= 40 && /\b\d{4}-\d{2}-\d{2}\b/.test(text)) value = normalizeDate(text, ctx);
  }
  if (!value) return null;
  const machine = machineOf(t.parent ?? null);
  const machineDay = machine ? /^(\d{4}-\d{2}-\d{2})/.exec(machine)?.[1] ?? null : null;
  return { day: value.iso.slice(0, 10), value, label, machineDay, altDay, machine };
}

/** The `datetime` of a `<time>` around the text, trimmed; null if none. */
function machineOf(parent: Element | null): string | null {
  for (let p = parent, d = 0; p && d < 2; p = p.parent as Element | null, d++) {
    if (p.name === 'time') return p.attribs?.datetime?.trim() || null;
  }
  return null;
}

/** A published value as pickDates holds it. */
type Picked = DateValue & { source: string };

const DAY_MS = 86_400_000;
/** Zone offsets in use run from UTC−12 to UTC+14: the local days one instant can fall on. */
const WEST_MS = 12 * 3600_000;
const EAST_MS = 14 * 3600_000;

/** Could `day` be the local calendar day of `v`'s instant somewhere (a zone shift, not a disagreement)? */
function sameInstantDay(day: string, v: Picked): boolean {
  if (v.iso.slice(0, 10) === day) return true;
  if (!v.hasTime) return false;
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  if (!v.zoned) return Math.abs(dayStart - Date.parse(`${v.iso.slice(0, 10)}T00:00:00Z`)) <= DAY_MS;
  const t = Date.parse(v.iso);
  return t + EAST_MS >= dayStart && t - WEST_MS < dayStart + DAY_MS;
}

/** Does the shown date say the same as the metadata date (any reading of it, any zone)? */
function agrees(s: ShownDate, v: Picked, stamp: boolean): boolean {
  const d = v.iso.slice(0, 10);
  if (s.day === d || s.machineDay === d || s.altDay === d) return true;
  // Identical published and modified stamps are no evidence of the day, except through their zone.
  return (!stamp || v.zoned) && sameInstantDay(s.day, v);
}

/**
 * Reconcile the metadata's published date with the date shown under the headline. First, a UTC
 * stamp whose instant falls on the shown day in an offset the page states, when the URL's date
 * is that day too, is written in that offset (date-zone.ts): same instant, the page's local day.
 * (Measured: without the URL's witness, the WCXB truths kept the UTC day as often as not.) Then the shown date replaces it when
 * the page labels it "Published", or when it is unlabelled and neither the metadata's published
 * nor its modified date: the metadata date is then bookkeeping the page does not show (a
 * migration, a CMS item's creation, a site-wide stamp). Measured on the WCXB dev pages: a later
 * unlabelled date equal to neither metadata date was the truth on every page where it occurred,
 * while an unlabelled shown modified date is an update without its label (truths split), so that
 * one leaves the published date. Identical published and modified stamps are such bookkeeping
 * too, so a day apart counts then unless their zone explains it. A shown date labelled "Updated"
 * never becomes the published date; it fills `updated` when the metadata has none.
 */
export function preferShown(
  out: { published: Picked | null; updated: Picked | null },
  shown: ShownDate | null,
  messages: { level: 'info' | 'warn'; code: string; text: string }[],
): void {
  const p = out.published;
  if (!shown || !p) return;
  if (shown.label !== 'updated' && shown.urlDay === shown.day) {
    const local = onLocalDay(p, shown.day, [shown.machine ?? null, shown.value.hasTime ? shown.value.iso : null], shown.offsets ?? []);
    if (local) {
      out.published = { ...local, source: p.source };
      messages.push({ level: 'info', code: 'date.local-day', text: `The published stamp ${p.iso} (${p.source}) was written in the page's own zone, which puts it on the day shown (${shown.day}).` });
      return;
    }
  }
  // A published date already read from the page's text lines is what the page shows; only a "Published" label outranks it.
  if (p.source === 'date-text' && shown.label !== 'published') return;
  const u = out.updated;
  const stamp = !!u && u.iso === p.iso;
  if (agrees(shown, p, stamp)) return;
  const value: Picked = { ...shown.value, source: 'date-shown' };
  if (shown.label === 'updated') {
    if (!u) out.updated = value;
    return;
  }
  // Unlabelled, the metadata's modified day is an update shown without its label: the first publication stays.
  if (shown.label === null && u && !stamp && agrees(shown, u, false)) return;
  out.published = value;
  messages.push({
    level: 'info', code: 'date.shown-over-metadata',
    text: `The date shown under the headline (${shown.day}) was used instead of the metadata's published date ${p.iso} (${p.source}), which the page does not show.`,
  });
}
