import type { Dateline } from '../model/article.ts';
import {
  DATELINE_SCAN_CHARS, DATELINE_WITH_AGENCY, DATELINE_WITH_CAPS, MIN_PLACE_CAPITALS, NOT_PLACES,
} from './heuristics/text-dateline.ts';

/**
 * "KUALA LUMPUR, Malaysia (AP) — …", "LONDON, Jan 5 (Reuters) - …", "PARIS (AFP) - …",
 * "WASHINGTON — …" at the start of a story → place and agency. `matched` is the dateline as
 * printed (with its dash), so callers can keep the paragraph verbatim and still know where it ends.
 * Null when the paragraph does not open with a dateline.
 */
export function parseDateline(firstParagraph: string): (Dateline & { matched: string }) | null {
  const text = firstParagraph.trimStart();
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null; // both patterns open with a capital A–Z (tested before slicing: speed)
  const head = text.slice(0, DATELINE_SCAN_CHARS);
  if (!mayOpenWithDateline(head)) return null;
  const caps = DATELINE_WITH_CAPS.exec(head);
  if (caps) {
    const place = caps[1].trim();
    const agency = caps[2]?.trim() || null;
    if (isPlace(place, agency !== null)) return { place, agency, matched: caps[0] };
  }
  const titled = DATELINE_WITH_AGENCY.exec(head);
  if (titled) {
    const place = titled[1].trim();
    const agency = titled[2].trim();
    // "Officials (AP) —" is not a place: a title-case place must not be a single common word.
    if (place.includes(' ') || place.includes(',') || /^[A-Z][a-z]{3,}$/.test(place)) {
      return { place, agency, matched: titled[0] };
    }
  }
  return null;
}

/**
 * Cheap exact pre-screen (speed): both dateline patterns end with a dash — an em or en dash, or "-"/"--"
 * after a space. A line without one is no dateline, and most lines (no dash) skip both regexes.
 */
function mayOpenWithDateline(head: string): boolean {
  for (let i = 1; i < head.length; i++) {
    const d = head.charCodeAt(i);
    if (d === 0x2014 || d === 0x2013 || (d === 45 && head.charCodeAt(i - 1) === 32)) return true;
  }
  return false;
}

/** A caps place is believable if it has two capitals and, without an agency, is not a known non-place. */
function isPlace(place: string, hasAgency: boolean): boolean {
  const capitals = place.replace(/[^A-Z]/g, '').length;
  if (capitals < MIN_PLACE_CAPITALS) return false;
  const capsPart = place.split(',')[0].trim();
  if (!hasAgency && NOT_PLACES.has(capsPart)) return false;
  // Without an agency, demand a place-like word of 3+ letters ("NEW YORK", "WASHINGTON").
  if (!hasAgency && !/[A-Z]{3,}/.test(capsPart)) return false;
  return true;
}
