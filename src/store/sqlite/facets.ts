/**
 * Filter values as FTS5 tokens, so a filtered search is one FTS query — doclists intersected
 * inside the index — instead of a join that visits every matching row. Each article's `facets`
 * column holds one token per section, site, host, author, month and day (UTC) of its story
 * time, and a marker when it is a copy. Tokens are `z` + kind + a 64-bit hash in base 36 + `0`: letters
 * and digits only (one token for the unicode61 tokenizer), and nothing a reader would type.
 * Hash collisions could only add false matches; the exact check stays in SQL for dates.
 */
import { fnv1a, mix } from '../fingerprint.ts';
import { slugify } from '../slug.ts';

type Kind = 'section' | 'site' | 'author' | 'month' | 'day' | 'copy';
const LETTER: Record<Kind, string> = { section: 's', site: 'h', author: 'a', month: 'm', day: 'd', copy: 'c' };

export function facetToken(kind: Kind, value: string): string {
  const h1 = fnv1a(value);
  const h2 = mix(h1, 0x27d4eb2f);
  return `z${LETTER[kind]}${h1.toString(36)}${h2.toString(36)}0`;
}

export const normSite = (s: string) => s.trim().toLowerCase().replace(/^www\./, '');
export const normAuthor = (s: string) => s.trim().toLowerCase();
export const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The facets column of an article row (all values as stored in `articles`). */
export function facetsOf(r: { section_slug: string | null; site: string | null; host: string | null; authors: string; copy_of: string | null; sort_ts: number }): string {
  const t: string[] = [];
  if (r.section_slug) t.push(facetToken('section', r.section_slug));
  for (const s of new Set([r.site, r.host].filter((x): x is string => !!x).map(normSite))) t.push(facetToken('site', s));
  for (const a of new Set(r.authors.split('\n').filter(Boolean).map(normAuthor))) t.push(facetToken('author', a));
  t.push(facetToken('month', monthOf(r.sort_ts)), facetToken('day', dayOf(r.sort_ts)));
  if (r.copy_of) t.push(facetToken('copy', 'yes'));
  return t.join(' ');
}

const DAY = 86_400_000;
const isMidnight = (ms: number) => ms % DAY === 0;

/**
 * Tokens covering [from, to) exactly when both are UTC midnights: whole months as month tokens,
 * the ragged ends as day tokens. Null when the span is too long to list (then months narrow
 * and SQL checks the bounds).
 */
function dayRange(from: number, to: number, maxTokens = 100): string[] | null {
  const out: string[] = [];
  for (let d = from; d < to; ) {
    const date = new Date(d);
    const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    if (date.getUTCDate() === 1 && nextMonth <= to) {
      out.push(facetToken('month', monthOf(d)));
      d = nextMonth;
    } else {
      out.push(facetToken('day', dayOf(d)));
      d += DAY;
    }
    if (out.length > maxTokens) return null;
  }
  return out;
}

/** Months from `from` to `to` (epoch ms, inclusive), or null when more than `max`. */
function months(from: number, to: number, max: number): string[] | null {
  const out: string[] = [];
  const d = new Date(Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), 1));
  while (d.getTime() <= to) {
    out.push(monthOf(d.getTime()));
    if (out.length > max) return null;
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** Day/month tokens ORed for an exact window at most: past a few, a join on `article_times` is cheaper. */
const MAX_EXACT_TOKENS = 4;
/** Months ORed to narrow an inexact window before SQL checks its bounds. */
const MAX_NARROWING_MONTHS = 3;

/**
 * How a date window is searched: `tokens` to OR inside the index, and whether SQL must still
 * check the exact bounds (`exact: false`, a join on the narrow `article_times` table). A long
 * OR of tokens costs a doclist seek per token per match, so only short lists are used: whole
 * days and months when both bounds are UTC midnights, else up to three months to narrow.
 */
export function dateFacets(since: number | null, until: number | null): { tokens: string[]; exact: boolean } {
  if (since === null && until === null) return { tokens: [], exact: true };
  if (since !== null && until !== null && isMidnight(since) && isMidnight(until)) {
    const days = dayRange(since, until, MAX_EXACT_TOKENS);
    if (days) return { tokens: days, exact: true };
  }
  const span = since !== null && until !== null ? months(since, until - 1, MAX_NARROWING_MONTHS) : null;
  return { tokens: span ? span.map((m) => facetToken('month', m)) : [], exact: false };
}

export interface FacetFilter {
  section?: string | null;
  author?: string | null;
  site?: string | null;
  includeCopies?: boolean;
  /** Epoch ms bounds, already parsed. */
  since?: number | null;
  until?: number | null;
}

/**
 * The FTS5 expression that restricts `match` (the user's query, already escaped) to the text
 * columns and to the filters. Dates are days and months here; see `dateFacets` for when SQL checks bounds.
 */
export function facetMatch(match: string, f: FacetFilter): string {
  let q = `{headline description text authors} : (${match})`;
  const and: string[] = [];
  if (f.section) and.push(facetToken('section', slugify(f.section)));
  if (f.site) and.push(facetToken('site', normSite(f.site)));
  if (f.author) and.push(facetToken('author', normAuthor(f.author)));
  for (const a of and) q += ` AND facets : ${a}`;
  const dates = dateFacets(f.since ?? null, f.until ?? null);
  // An empty exact window matches nothing; an empty inexact one leaves the check to SQL.
  if (dates.tokens.length) q += ` AND facets : (${dates.tokens.join(' OR ')})`;
  else if (dates.exact && (f.since != null || f.until != null)) q += ` AND facets : ${facetToken('day', 'none')}`;
  if (!f.includeCopies) q += ` NOT facets : ${facetToken('copy', 'yes')}`;
  return q;
}
