import { decodeHTML } from 'entities';
import { AGENCIES, BYLINE_STOP, CREDIT_NOISE, CREDIT_ORG_WORD, GENERIC_CREDIT, NEVER_IN_NAME, NOT_AUTHOR_ROLE, NOT_A_PERSON } from '../heuristics/metadata-words.ts';
import { textOf, type Collected } from './collect.ts';
import { matchesSite, stripPrefix, type AuthorContext } from './authors.ts';
import { outsideStory } from './sources.ts';
import { nearHeadline } from './sources-dates.ts';
import { inComments } from './byline-scope.ts';

/**
 * The author credit of a page that names no person: a team or desk ("By the Acme Team"), an
 * organisation or a user handle the page itself states as its author (JSON-LD / meta author, a
 * byline). Used only when no source yields a person. Generic words alone ("Staff", "Admin") and
 * the site's name where the page does not state it as the author are never a credit.
 */
export interface Credit {
  names: string[];
  source: string;
}

/** Metadata credits (stated author fields), then visible ones (byline elements, "By …" lines near the headline). */
export function readCredit(c: Collected, ldCredits: string[], metaRaws: { value: string; source: string }[], ctx: AuthorContext, anchor: number): Credit | null {
  const fromLd = cleanCredits(ldCredits);
  if (fromLd.length) return { names: fromLd, source: 'json-ld' };
  for (const m of metaRaws) {
    const names = cleanCredits([m.value]);
    if (names.length) return { names, source: m.source };
  }
  for (const el of c.bylines.slice(0, 20)) {
    const text = textOf(el, 120);
    if (!text || text.length > 100 || outsideStory(el, 14, true)) continue;
    const names = cleanCredits([text]).filter((n) => visibleCredit(text, n, ctx));
    if (names.length) return { names, source: 'byline-credit' };
  }
  for (const t of nearHeadline(c.bylineTexts, anchor).slice(0, 6)) {
    if (anchor >= 0 && (t.order < anchor || t.order - anchor > NEAR_CREDIT)) continue;
    if (t.parent && inComments(t.parent)) continue;
    const names = cleanCredits([t.text]).filter((n) => visibleCredit(t.text, n, ctx));
    if (names.length) return { names, source: 'byline-credit' };
  }
  // An unlabelled team line right under the headline ("The Acme Team").
  for (const l of c.nameLines) {
    if (anchor < 0 || l.order <= anchor || l.order - anchor > NEAR_TEAM_LINE) continue;
    const names = TEAM_WORD.test(l.text) ? cleanCredits([l.text]) : [];
    if (names.length) return { names, source: 'byline-credit' };
  }
  return null;
}

/** How many text nodes after the headline an unlabelled team line may sit, and the words that make it one. */
const NEAR_TEAM_LINE = 8;
const TEAM_WORD = /\b(?:team|staff|desk|editors|editorial|newsroom|contributors)\b/i;

/** How many text nodes after the headline a visible "By …" credit line may sit. */
const NEAR_CREDIT = 60;

/**
 * Shown text is a credit only when it says so: it opens with "By"/"Written by", names a team or
 * desk, is the site's own name, or is a single user handle in an author-marked element. Other
 * short text in author-classed elements ("HR Strategy", a category) is not.
 */
function visibleCredit(text: string, name: string, ctx: AuthorContext): boolean {
  // A name is capitalised ("Acme Editorial Team", "the Acme Team"); lower-case words after "By" are prose ("By creating maps").
  const words = name.split(/\s+/);
  const capitalised = words.every((w, i) => !/^\p{L}/u.test(w) || /^[\p{Lu}\p{N}]/u.test(w) || CREDIT_ORG_WORD.test(w) || (i < words.length - 1 && /^(?:the|of|and|for|de|van|von)$/i.test(w)));
  if (words.length > 1 && !capitalised) return false;
  if (stripPrefix(text) !== text.trim()) return true;
  if (CREDIT_ORG_WORD.test(name) || matchesSite(name, ctx)) return true;
  return /^[\p{L}\p{N}_.-]{3,30}$/u.test(name) && /\p{Ll}/u.test(name);
}

/** Raw credit strings → tidy credits: prefixes and trailing dates cut, generic words, roles, URLs and e-mails left out. */
export function cleanCredits(raws: string[]): string[] {
  const out: string[] = [];
  for (const raw of raws) {
    let s = decodeHTML(raw).replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    if (/@|https?:|www\./i.test(s)) continue;
    s = stripPrefix(s).replace(BYLINE_STOP, '');
    for (const chunk of s.split(/\s*(?:\||•|·|;|\s[-–—]\s)\s*/)) {
      if (NOT_AUTHOR_ROLE.test(chunk)) continue;
      const c = stripPrefix(chunk).split(/\s*,\s*/)[0].replace(/^[\s"'“”‘’:–—-]+|[\s"'“”‘’:,.–—-]+$/g, '');
      if (isCredit(c) && !out.some((o) => o.toLowerCase() === c.toLowerCase())) out.push(c);
    }
  }
  return out;
}

/** A stated credit worth reporting: a few words with letters, no date or interface text, not a generic role alone. */
function isCredit(s: string): boolean {
  if (s.length < 2 || s.length > 60 || !/\p{L}/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  if (/\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}/.test(s)) return false;
  if (words.some((w) => CREDIT_NOISE.has(w.toLowerCase().replace(/[.,:!?]+$/, '')))) return false;
  // "by this.", "by them": one common word after "by" is prose.
  if (words.length === 1 && NEVER_IN_NAME.has(s.toLowerCase())) return false;
  const key = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const bare = key.replace(/^(?:the|our|your)\s+/, '');
  if (NOT_A_PERSON.has(key) || NOT_A_PERSON.has(bare) || GENERIC_CREDIT.has(bare)) return false;
  // Wire copy credited only to an agency stays without author, as before (agencies are not people).
  if (AGENCIES.has(key) || AGENCIES.has(bare)) return false;
  return true;
}
