import { textOf, type Collected } from './collect.ts';
import type { LdFacts } from './jsonld.ts';
import type { Sourced } from './headline.ts';
import { K } from './keys.ts';
import { metaAll, readBylines, type Microdata } from './sources.ts';
import { nearHeadline } from './sources-dates.ts';
import { readCredit } from './byline-credit.ts';
import { bylineLabel, inComments, ROLE_LABEL } from './byline-scope.ts';
import { cleanAuthors, matchesSite, nameFromUrl, stripPrefix, type AuthorContext } from './authors.ts';
import { TITLE_WORDS } from '../heuristics/metadata-words.ts';

/** The authors chosen, and the source that gave them (for provenance). */
export interface AuthorPick {
  names: string[];
  source: string;
}

/** A source's people; `weak` when every name is one word or the site's own name (a handle or a site credit, maybe). */
interface Group extends AuthorPick {
  weak: boolean;
}

/**
 * Authors: the first source that yields people wins (JSON-LD, metas, microdata, the visible
 * byline), except that a full two-word name in the visible byline beats metadata that gives only
 * a one-word handle or the site's own name; another source naming the same people and more (a
 * co-author list) then replaces it. A "By …" line right under the headline naming other people
 * overrules the winner (see shownByline). When no source names a person, the page's stated credit (a
 * team, desk, organisation or handle: see byline-credit.ts), then a profile URL's slug.
 */
export function pickAuthors(c: Collected, ld: LdFacts | null, md: Microdata, actx: AuthorContext, anchor: number): AuthorPick | null {
  const isUrl = (v: string) => /^(?:https?:)?\/\//i.test(v) || v.startsWith('/');
  const metaVals = authorMetas(c);
  const weakName = (n: string) => !/\s/.test(n) || matchesSite(n, actx);
  const groups: Group[] = [
    { source: 'json-ld', raws: ld?.authors ?? [] },
    ...groupBySource(metaVals.filter((m) => !isUrl(m.value))),
    { source: 'microdata', raws: md.authors },
  ].map((g) => {
    const names = cleanAuthors(g.raws, actx);
    return { source: g.source, names, weak: names.every(weakName) };
  }).filter((g) => g.names.length);
  // Metadata naming two or more people is a full co-author list: the visible byline cannot add to it.
  const visible = groups.some((g) => !g.weak && g.names.length > 1) ? [] : readBylines(c, actx, anchor);
  if (visible.length) groups.push({ source: visible[0].source, names: visible.map((v) => v.value), weak: false });
  const weakOnly = !groups.some((g) => !g.weak);
  if (weakOnly) {
    // A "By Jane Doe" line under the headline beats metadata giving only a handle or the site's name;
    // with no metadata at all, any byline line near the headline will do.
    const near = nearHeadline(c.bylineTexts, anchor).filter((x) => !(x.parent && inComments(x.parent)))
      .filter((x) => !groups.length || (anchor >= 0 && x.order > anchor && x.order - anchor <= BY_LINE_REACH && BY_PREFIXED.test(x.text)));
    for (const x of near) {
      const t = cleanAuthors([x.text], actx, 2);
      if (t.length) {
        groups.push({ source: 'byline-text', names: t, weak: false });
        break;
      }
    }
  }
  if (!groups.length) {
    const n = nameBesideAvatar(c, anchor, actx);
    if (n) groups.push({ source: 'name-line', names: [n], weak: false });
  }
  if (groups.length) {
    const best = widest(groups.find((g) => !g.weak) ?? groups[0], groups);
    const stated = METADATA_SOURCE.test(best.source);
    const shown = stated || best.source === 'byline-text' ? shownByline(c, actx, anchor, !stated) : null;
    return shown && !shown.some((n) => best.names.some((m) => samePerson(n, m))) ? { names: shown, source: 'byline-text' } : best;
  }
  const credit = readCredit(c, ld?.credits ?? [], metaVals.filter((m) => !isUrl(m.value)), actx, anchor);
  if (credit) return credit;
  const urls = [...(ld?.authorUrls ?? []), ...metaVals.filter((m) => isUrl(m.value)).map((m) => m.value), ...(c.links.get('author') ?? [])];
  for (const u of urls) {
    const n = nameFromUrl(u);
    if (n && cleanAuthors([n], actx).length) return { names: [n], source: 'author-url' };
  }
  return null;
}

/** `best`, or a source naming the same people and more (a co-author list where another source gives only the first). */
function widest(best: Group, groups: Group[]): AuthorPick {
  const key = (n: string) => n.toLowerCase();
  for (const g of groups) {
    if (g === best) continue;
    const have = new Set(g.names.map(key));
    if (g.names.length > best.names.length && best.names.every((n) => have.has(key(n)))) best = g;
  }
  return { names: best.names, source: best.source };
}

/** Sources that are stated metadata rather than text shown on the page. */
const METADATA_SOURCE = /^(?:json-ld|opengraph|twitter|microdata|meta:)/;
/** How many text nodes after the headline a "By …" line sits when it is the story's own byline. */
const SHOWN_BY_REACH = 30;
/** A bare "By" label before the name's own element ("<span>By</span> <a>Jane Roe</a>"). */
const BY_LABEL = /^(?:(?:written|posted|words|story|reported)\s+)?by\s*:?$/i;

/**
 * The people a "By …" line right under the headline names, or null: two-word names, or with
 * `handles` also one word alone on the line ("By Amanda"). The line must be its element's whole
 * text (not "… by Acme Review." in a paragraph); a reviewer's line ("Medically reviewed by") is
 * skipped. When they are not the chosen source's people, the shown byline wins: a CMS fills the
 * author field with the account that posted the story (an editor, a previous writer), and a
 * byline element further down may name someone else (a quoted book's author).
 */
function shownByline(c: Collected, actx: AuthorContext, anchor: number, handles: boolean): string[] | null {
  if (anchor < 0) return null;
  for (const x of c.bylineTexts) {
    if (x.order <= anchor || x.order - anchor > SHOWN_BY_REACH || (x.parent && inComments(x.parent))) continue;
    const label = x.parent ? bylineLabel(x.parent) : '';
    if (!BY_PREFIXED.test(x.text) && !BY_LABEL.test(label)) continue;
    // The line is its element's whole text: "… according to a survey by Acme Review." inside a paragraph is prose.
    if (ROLE_LABEL.test(label) || (x.parent && textOf(x.parent, 200) !== x.text)) continue;
    // "By Amanda", "By MixmasterFred": one word alone on the line is the writer's name or handle.
    const one = handles && /^\S+$/.test(stripPrefix(x.text));
    const names = cleanAuthors([x.text], actx, one ? 1 : 2);
    if (names.length) return names;
  }
  return null;
}

/** Same person, allowing a middle name or initial the other source leaves out ("Jane A. Roe" ~ "Jane Roe"). */
function samePerson(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  return wa[0] === wb[0] && wa[wa.length - 1] === wb[wb.length - 1];
}

/** How many text nodes after the headline a "By …" line may overrule weak metadata. */
const BY_LINE_REACH = 40;
const BY_PREFIXED = /^(?:(?:written|posted|words|story|reported)\s+)?by\b/i;

/** Matches the label Yoast and similar plugins put beside the author in twitter:labelN / twitter:dataN. */
const WRITTEN_BY_LABEL = /^(?:written|posted|published)\s+by$|^authors?$|^by$/i;

/**
 * Author metas in priority order (citation "Last, First" turned round), then the author shown
 * in a "Written by" twitter label/data pair.
 */
function authorMetas(c: Collected): Sourced[] {
  const out = metaAll(c.meta, K.author).map((m) => (m.source === 'meta:citation' ? { ...m, value: invertName(m.value) } : m));
  for (let i = 1; i <= 4; i++) {
    const label = c.meta.get(`twitter:label${i}`)?.[0];
    const data = c.meta.get(`twitter:data${i}`)?.[0];
    if (label && data && WRITTEN_BY_LABEL.test(label.trim())) out.push({ value: data, source: 'twitter' });
  }
  return out;
}

/** How close (in text nodes) an image whose alt names the person must be: an author avatar. */
const AVATAR_GAP = 20;
/** An image alt that says it shows the author ("Photo of author", "Author avatar"). */
const AUTHOR_ALT = /\bauthor\b/i;
/** How many text nodes after a name line its job title may follow ("Jane Doe" / "Senior Writer"). */
const TITLE_GAP = 2;

/** A short job title ("Tech Writer", "Senior Editor"): two or three words, the last a role ("Travel Documentation" is not). */
function isJobTitle(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 3 && ROLE_WORD.test(words[words.length - 1]);
}

/** One word that is a role (TITLE_WORDS, whole). */
const ROLE_WORD = new RegExp(`^(?:${TITLE_WORDS.source})$`, 'i');

/**
 * The last resort for authors: a line under the headline that is only a person's name, confirmed
 * as a byline by what sits beside it (see nameLineConfirmed). A name line alone, or beside a date
 * alone, was measured too loose: section labels ("Final Thoughts") pass it.
 */
function nameBesideAvatar(c: Collected, anchor: number, actx: AuthorContext): string | null {
  if (anchor < 0) return null;
  for (const line of c.nameLines) {
    if (line.order <= anchor || line.order - anchor > 40) continue;
    if (line.parent && ROLE_LABEL.test(bylineLabel(line.parent))) continue;
    if (!nameLineConfirmed(c, line.text, line.order, anchor)) continue;
    const names = cleanAuthors([line.text], actx, 2);
    if (names.length === 1) return names[0];
  }
  return null;
}

/**
 * An unlabelled name line is a byline when the page marks it as a person: an avatar beside it
 * whose alt names the same person (or says "author"), an image anywhere under the headline whose
 * alt is that name (plus a word or two: "Jane Doe headshot"), a job title on the next line ("Tech Writer"), or an author-profile
 * link whose address spells the name ("/authors/jane-doe").
 */
function nameLineConfirmed(c: Collected, text: string, order: number, anchor: number): boolean {
  const key = text.toLowerCase();
  for (const a of c.imgAlts) {
    const alt = a.text.toLowerCase().trim();
    if (alt === key || (alt.startsWith(key + ' ') && alt.slice(key.length + 1).split(/\s+/).length <= 2)) return true;
    if (Math.abs(a.order - order) <= AVATAR_GAP && (alt.includes(key) || AUTHOR_ALT.test(alt))) return true;
  }
  // Only the first name line under the headline: further down, a list of short headings is no author card.
  const first = c.nameLines.find((l) => l.order > anchor);
  if (first && first.order === order) {
    const next = c.nameLines.find((l) => l.order > order);
    if (next && next.order - order <= TITLE_GAP && isJobTitle(next.text)) return true;
  }
  for (const el of c.bylines) {
    if (el.name !== 'a' || !el.attribs.href) continue;
    const slug = nameFromUrl(el.attribs.href);
    if (slug && slug.toLowerCase() === key) return true;
  }
  return false;
}

/** Citation metas write "Last, First": turned round so the comma is not read as two names. */
function invertName(v: string): string {
  const m = /^([^,]{2,40}),\s*([^,]{2,40})$/.exec(v.trim());
  return m ? `${m[2]} ${m[1]}` : v;
}

function groupBySource(vals: Sourced[]): { source: string; raws: string[] }[] {
  const out: { source: string; raws: string[] }[] = [];
  for (const v of vals) {
    const g = out.find((x) => x.source === v.source);
    if (g) g.raws.push(v.value);
    else out.push({ source: v.source, raws: [v.value] });
  }
  return out;
}
