import type { Message } from '../../model/article.ts';
import { normalizeDate, type DateContext, type DateValue } from '../dates.ts';
import { preferShown, type ShownDate } from './date-shown.ts';

/** One date some source offers, in priority order within its kind. */
export interface DateCandidate {
  raw: string;
  source: string;
  kind: 'published' | 'updated';
  /** Set on the date shown under the headline: not a candidate of its own, it is reconciled with the picks. */
  shown?: ShownDate;
}

export interface PickedDates {
  published: (DateValue & { source: string }) | null;
  updated: (DateValue & { source: string }) | null;
}

/** Published dates before this year are doubted: the web news era starts around 1995. */
export const EARLIEST_YEAR = 1995;
/** A published date this far past the reference time is doubted (clock skew and zones allowed for). */
const FUTURE_SLACK_MS = 36 * 3600_000;

/** Instant of an ISO value in ms (zone-less values read as UTC: close enough to order two dates). */
export function instantOf(iso: string): number {
  const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : zoned ? iso : `${iso}Z`);
}

function sane(v: DateValue, ctx: DateContext): boolean {
  const year = Number(v.iso.slice(0, 4));
  if (year < EARLIEST_YEAR) return false;
  return instantOf(v.iso) <= ctx.referenceTime.getTime() + FUTURE_SLACK_MS;
}

const ISO_START = /^\s*\d{4}-\d{2}-\d{2}/;
const richness = (v: DateValue) => (v.hasTime ? 1 : 0) + (v.zoned ? 1 : 0);

/**
 * Pick published and updated from the candidates: the first sane one of each kind wins, then a
 * later candidate for the same day that adds the time or the zone refines it. A published date
 * in the future or before 1995 is doubted (skipped, with a message); an updated date before the
 * published one is dropped (swapped when both are visible text lines). Last, the date shown under
 * the headline is reconciled with the published pick (see preferShown).
 */
export function pickDates(cands: DateCandidate[], ctx: DateContext, messages: Message[]): PickedDates {
  const out: PickedDates = { published: null, updated: null };
  const doubted = new Set<string>();
  let shown: ShownDate | null = null;
  for (const c of cands) {
    if (c.shown) {
      if (!shown && sane(c.shown.value, ctx)) shown = c.shown;
      continue;
    }
    const kind = kindOf(c);
    const cur0 = out[kind];
    // Once a kind is settled, only cheap ISO values may still refine it (chrono costs ~0.5 ms a call).
    if (cur0 && (richness(cur0) === 2 || !ISO_START.test(c.raw))) continue;
    const v = normalizeDate(c.raw, ctx);
    if (!v) continue;
    if (!sane(v, ctx)) {
      if (!doubted.has(c.raw)) {
        doubted.add(c.raw);
        messages.push({ level: 'info', code: 'date.doubted', text: `The ${kind} date "${c.raw.slice(0, 60)}" (${c.source}) is implausible and was not used.` });
      }
      continue;
    }
    const cur = out[kind];
    if (!cur) out[kind] = { ...v, source: c.source };
    else if (cur.iso.slice(0, 10) === v.iso.slice(0, 10) && richness(v) > richness(cur)) out[kind] = { ...v, source: cur.source };
  }
  const { published: p, updated: u } = out;
  if (p && u && updatedFirst(p, u)) {
    // Measured: metadata whose modified date precedes its published one is mostly a republished
    // story (the published value is the one the page shows), so only visible text lines, whose
    // kinds are guessed from their labels, are swapped.
    if (u.source === p.source && p.source === 'date-text') {
      out.published = u;
      out.updated = p;
      messages.push({ level: 'info', code: 'date.swapped', text: `The ${p.source} updated date was before its published date; the two were swapped.` });
    } else {
      out.updated = null;
      messages.push({ level: 'info', code: 'date.updated-before-published', text: `The updated date (${u.source}) was before the published date (${p.source}) and was dropped.` });
    }
  }
  preferShown(out, shown, messages);
  // A shown published date later than the metadata's modified one leaves no sense to that update.
  if (out.published && out.updated && out.published !== p && updatedFirst(out.published, out.updated)) out.updated = null;
  return out;
}

/** An update word ("We updated this review on March 4, 2025") before the first digit of a text line. */
const UPDATE_BEFORE_DATE = /^[^\d]*\b(?:updated|revised|refreshed)\b[^\d]*\d/i;

/**
 * The kind a candidate really is. A visible text line whose words say it was updated before they
 * give the date ("Editor's note: we updated our review on March 4, 2025 …") dates an update, not
 * the first publication, whatever label-less line reader took it for.
 */
function kindOf(c: DateCandidate): DateCandidate['kind'] {
  return c.kind === 'published' && c.source === 'date-text' && UPDATE_BEFORE_DATE.test(c.raw) ? 'updated' : c.kind;
}

/** Is `u` before `p`? By the instant when both have a time, else by the day. */
function updatedFirst(p: DateValue, u: DateValue): boolean {
  if (p.hasTime && u.hasTime) return instantOf(u.iso) < instantOf(p.iso) - 60_000;
  return u.iso.slice(0, 10) < p.iso.slice(0, 10);
}

/** Plain `<meta name>` keys some CMSs use for the dates, read after the well-known ones (keys.ts). */
export const PLAIN_DATE_KEYS = { published: ['published', 'article:published_at', 'created'], updated: ['updated', 'modified'] } as const;
