import { decodeHTML } from 'entities';
import { AGENCIES, BYLINE_PREFIX, BYLINE_STOP, CREDENTIAL, CREDENTIAL_WORD, FOR_OUTLET, GLUED_BY, HONORIFIC, NAME_PARTICLES, NEVER_IN_NAME, NOT_A_NAME_WORD, NOT_AUTHOR_ROLE, NOT_A_PERSON, TITLE_WORDS } from '../heuristics/metadata-words.ts';

/** Names the page uses for itself: an author equal to one of them is the site, not a person. */
export interface AuthorContext {
  siteNames: string[];
  host: string | null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const squash = (s: string) => fold(s).replace(/ /g, '');

/**
 * Raw author strings (meta values, JSON-LD names, byline text) → people's names: split
 * "A and B" / "A, B and C" / "By A | Reuters", titles and credentials after a comma dropped,
 * agencies, desks, site names, URLs and e-mails left out, ALL CAPS proper-cased, deduplicated.
 */
export function cleanAuthors(raws: string[], ctx: AuthorContext, minWords = 1): string[] {
  const out: string[] = [];
  const seen: string[] = [];
  for (const raw of raws) {
    const pieces = splitAuthorText(raw);
    const ok = pieces.map((p) => isPerson(p, ctx, minWords));
    // "Center for Drug Evaluation and Research": when a phrase piece is no person, a one-word
    // piece split off beside it ("Research") is a fragment of the same name, not a person.
    const phraseRejected = pieces.some((p, i) => !ok[i] && /\s/.test(p));
    for (let i = 0; i < pieces.length; i++) {
      const name = pieces[i];
      if (!ok[i] || (phraseRejected && !/\s/.test(name))) continue;
      const cased = properCase(name);
      const key = fold(cased);
      // "Jane" beside "Jane Doe" is the same person said twice.
      const dup = seen.findIndex((k) => k === key || k.startsWith(key + ' ') || key.startsWith(k + ' '));
      if (dup >= 0) {
        if (key.length > seen[dup].length) {
          seen[dup] = key;
          out[dup] = cased;
        }
        continue;
      }
      seen.push(key);
      out.push(cased);
    }
  }
  return out;
}

/** One byline string → candidate name pieces (not yet validated). */
export function splitAuthorText(raw: string): string[] {
  let s = decodeHTML(raw).replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(s);
  if (paren) s = paren[1];
  // "Jane Doe (with John Roe and Ann Lee)": the people in the parenthesis are co-authors.
  s = stripPrefix(s).replace(/\s*\((?:with|avec|mit|con|com|met|med)\s+([^()]+)\)/i, ', $1').replace(BYLINE_STOP, '');
  // "Jane Doe for The Guardian" → "Jane Doe"; "Center for Drug Evaluation" is one name, left whole.
  const outlet = FOR_OUTLET.exec(s);
  if (outlet && /\S\s+\S/.test(s.slice(0, outlet.index))) s = s.slice(0, outlet.index);
  const names: string[] = [];
  for (const chunk of s.split(/\s*(?:\||\s\/\s|•|·|;|\n|\s[-–—]\s)\s*/)) {
    // "Reviewed by Jane Roe", "Fact checked by…": a credit, but not an author.
    if (NOT_AUTHOR_ROLE.test(chunk)) continue;
    for (const part of stripPrefix(chunk).split(/,?\s+(?:and|AND|And|und|et|y|e|og|och|en)\s+|\s*&\s*/)) {
      const pieces = part.split(/\s*,\s*/).filter(Boolean);
      for (let i = 0; i < pieces.length; i++) {
        const p = tidyName(pieces[i]);
        // After a name, a title or credential piece ends the name list of this chunk.
        if (i > 0 && (TITLE_WORDS.test(p) || CREDENTIAL.test(p) || CREDENTIAL_WORD.test(p))) break;
        if (p) names.push(stripPrefix(p));
      }
    }
  }
  return names;
}

/**
 * One name piece, tidied: quotes and stray punctuation trimmed, a courtesy title dropped ("Dr Jane
 * Roe"), a trailing parenthesis dropped ("Jane Roe (JaneR)": a handle or outlet), an inner one
 * unwrapped ("Jane (Smith) Roe" → "Jane Smith Roe": it is part of the name).
 */
function tidyName(piece: string): string {
  let p = piece.replace(/^[\s"'“”‘’(\[:–—-]+|[\s"'“”‘’)\]:,.–—-]+$/g, '');
  p = p.replace(/\s*\([^()]*\)?$/, '').replace(/\(([^()]*)\)/g, '$1').replace(HONORIFIC, '');
  // "Colin Gray Colin Gray": a name shown twice (avatar caption and link) and joined.
  const w = p.split(' ');
  if (w.length % 2 === 0 && w.length >= 4 && w.slice(0, w.length / 2).join(' ') === w.slice(w.length / 2).join(' ')) p = w.slice(0, w.length / 2).join(' ');
  return p.replace(/^[\s"'“”‘’(\[:–—-]+|[\s"'“”‘’)\]:,.–—-]+$/g, '');
}

/** Leading byline words removed, repeatedly ("Posted by: By Jane" → "Jane"). */
export function stripPrefix(s: string): string {
  let prev: string;
  do {
    prev = s;
    s = s.replace(BYLINE_PREFIX, '').replace(GLUED_BY, '').trim();
  } while (s !== prev);
  return s;
}

/** Is this piece a person's name (as opposed to a desk, role, agency, site, URL or stray text)? */
export function isPerson(name: string, ctx: AuthorContext, minWords = 1): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/@|https?:|www\.|\.(?:com|org|net|co|io)\b|[<>{}=#|/\\]|\d/i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5 || words.length < minWords) return false;
  if (!nameShaped(words) && !(minWords === 1 && words.length >= 2 && words.length <= 3 && name === name.toLowerCase() && /^[\p{L}' -]+$/u.test(name))) return false;
  const key = fold(name);
  if (!key || NOT_A_PERSON.has(key) || AGENCIES.has(key)) return false;
  if (NOT_A_NAME_WORD.test(name)) return false;
  // A personal site is named after its author: an explicit author field (meta, JSON-LD) giving a
  // two- or three-word capitalised name is kept even when it equals the site's name.
  if (minWords === 1 && words.length >= 2 && words.length <= 3 && nameShaped(words)) return true;
  return !matchesSite(name, ctx);
}

/** Is this the site's own name (a stated site name, or the host's label: "Acme News" on acmenews.com)? */
export function matchesSite(name: string, ctx: AuthorContext): boolean {
  const sq = squash(name);
  if (!sq) return false;
  for (const site of ctx.siteNames) if (site && squash(site) === sq) return true;
  if (!ctx.host) return false;
  const label = hostLabel(ctx.host);
  return !!label && (label === sq || (sq.length > 4 && label.includes(sq) && !/\s/.test(name.trim())));
}

/**
 * Does this read as a name: every word capitalised (or a known particle: "van", "de"), or the
 * whole name in capitals; no interface words ("Updated", "Share") and no lone month name?
 */
function nameShaped(words: string[]): boolean {
  for (const w of words) {
    const k = w.toLowerCase().replace(/[.,'’]+$/, '');
    // An initial ("A." in "A. J. Neal") is not the article "a".
    if (NEVER_IN_NAME.has(k) && !/^\p{Lu}\.$/u.test(w)) return false;
    if (!/^[\p{Lu}\p{Lt}]/u.test(w) && !NAME_PARTICLES.has(k)) return false;
  }
  return true;
}

/** "www.example-news.co.uk" → "examplenews": the registrable label, punctuation dropped. */
export function hostLabel(host: string): string {
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  const label = parts.length > 2 && parts[parts.length - 2].length <= 3 ? parts[parts.length - 3] : parts[parts.length > 1 ? parts.length - 2 : 0];
  return (label ?? '').replace(/[^a-z0-9]/g, '');
}

/** "JANE O'DOE-SMITH" / "jane doe" → "Jane O'Doe-Smith" / "Jane Doe"; mixed-case names are left alone. */
export function properCase(name: string): string {
  const allCaps = !/\p{Ll}/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);
  const allLower = !/\p{Lu}/u.test(name) && /\s/.test(name);
  if (!allCaps && !allLower) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * An author profile URL ("/author/jane-doe/") → "Jane Doe"; null when the slug does not read as
 * a name. Used only when no source names the author in words.
 */
export function nameFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    return null;
  }
  const segs = path.split('/').filter(Boolean);
  const i = segs.findIndex((s) => /^(?:authors?|people|staff|profiles?|by|writers?|journalists?|contributors?|team|user)$/i.test(s));
  const slug = i >= 0 ? segs[i + 1] : segs[segs.length - 1];
  if (!slug) return null;
  const words = decodeURIComponent(slug).replace(/\.\w+$/, '').split(/[-_+.]+/).filter((w) => w && !/\d/.test(w));
  if (words.length < 2 || words.length > 4 || words.some((w) => w.length > 20)) return null;
  return words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}
