import type { Document } from 'domhandler';
import type { Message } from '../../model/article.ts';
import type { DateContext } from '../dates.ts';
import { collect, textOf, type Collected } from './collect.ts';
import { readJsonLd, type LdFacts } from './jsonld.ts';
import type { AuthorContext } from './authors.ts';
import { pickAuthors } from './byline-pick.ts';
import { chooseHeadline, foldTitle, type Sourced, type TitleContext } from './headline.ts';
import { pickDates, PLAIN_DATE_KEYS, type DateCandidate } from './when.ts';
import { dateFromUrl } from './url-date.ts';
import { shownDates } from './date-shown.ts';
import { detectLanguage, normalizeLanguage } from './language.ts';
import { expandParselyPage, metaAll, metaFirst, outsideStory, readMicrodata, type Microdata } from './sources.ts';
import { readDateLines, readStateDates, readTimes } from './sources-dates.ts';
import { K } from './keys.ts';
import { hostOf, pathOf, resolveUrl } from './urls.ts';
import { tidySection, tidySiteName } from './tidy.ts';
import { readTags } from './tags.ts';

/** The page-level facts, reconciled from every metadata source the page offers. */
export interface PageMetadata {
  headline: string | null;
  description: string | null;
  siteName: string | null;
  section: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  language: string | null;
  canonicalUrl: string | null;
  url: string | null;
  tags: string[];
  /** Lead image URL (og:image, JSON-LD image). */
  image: string | null;
  /** JSON-LD `articleBody`, when the page embeds it: a hint for locating the content. */
  articleBody: string | null;
  /** False when a published/updated time was found but no zone was stated or configured. */
  zoned: boolean;
  provenance: Record<string, string>;
  messages: Message[];
}

export interface MetadataContext extends DateContext {
  url: string | null;
}

/** Everything read from the page once, shared by the field readers. */
export interface Sources {
  c: Collected;
  ld: LdFacts | null;
  md: Microdata;
  ctx: MetadataContext;
  messages: Message[];
  prov: Record<string, string>;
}

/** First non-empty candidate; records its provenance under `field`. */
function take(s: Sources, field: string, cands: (Sourced | null | undefined)[]): string | null {
  for (const c of cands) {
    const v = c?.value.replace(/\s+/g, ' ').trim();
    if (c && v) {
      s.prov[field] = c.source;
      return v;
    }
  }
  return null;
}

const ldv = (value: string | null | undefined): Sourced | null => (value ? { value, source: 'json-ld' } : null);

/**
 * Read the page's metadata: one DOM walk collects every source (JSON-LD, OpenGraph, Twitter,
 * named metas, microdata, `<time>`, bylines, `<title>`, `<h1>`), then each field is reconciled
 * by its own priority list with sanity checks; `provenance` says which source won.
 */
export function readMetadata(doc: Document, ctx: MetadataContext): PageMetadata {
  const c = collect(doc);
  expandParselyPage(c.meta);
  const messages: Message[] = [];
  const s: Sources = { c, ld: readJsonLd(c.jsonLd, ctx.url, messages), md: readMicrodata(c.itemprops), ctx, messages, prov: {} };
  const { ld } = s;
  const siteName = tidySiteName(take(s, 'siteName', [...metaAll(c.meta, K.siteName.slice(0, 1)), ldv(ld?.siteName), ...metaAll(c.meta, K.siteName.slice(1))]));
  const section = tidySection(take(s, 'section', [metaFirst(c.meta, K.section.slice(0, 1)), ldv(ld?.section), metaFirst(c.meta, K.section.slice(1))]));
  const canonicalUrl = readCanonical(s);
  const host = hostOf(ctx.url) ?? hostOf(canonicalUrl);
  const siteNames = plausibleSiteNames([siteName, ld?.siteName, ...(c.meta.get('og:site_name') ?? []), ...(c.meta.get('application-name') ?? [])], c.title);
  const { headline, anchor } = readHeadline(s, { siteNames, host, section });
  const description = take(s, 'description', [metaFirst(c.meta, K.description.slice(0, 2)), ldv(ld?.description), metaFirst(c.meta, K.description.slice(2))]);
  const authors = readAuthorsField(s, { siteNames, host }, anchor);
  const dates = pickDates(dateCandidates(s, canonicalUrl, anchor), ctx, messages);
  if (!dates.published && dates.updated) {
    dates.published = dates.updated;
    messages.push({ level: 'info', code: 'date.published-from-updated', text: 'The page gives only an updated date; it is used as the published date too.' });
  }
  if (dates.published) s.prov.published = dates.published.source;
  if (dates.updated) s.prov.updated = dates.updated.source;
  const unzoned = [dates.published, dates.updated].some((d) => d && d.hasTime && !d.zoned);
  if (unzoned) messages.push({ level: 'info', code: 'date.no-zone', text: 'The page states a time without a zone and none was configured; it is given without offset.' });
  const language = readLanguage(s, `${headline ?? ''}. ${description ?? ''}`);
  return {
    headline, description, siteName, section, authors,
    published: dates.published?.iso ?? null,
    updated: dates.updated?.iso ?? null,
    language, canonicalUrl, url: ctx.url,
    tags: readTags(s),
    image: resolveUrl(take(s, 'image', [metaFirst(c.meta, K.image), ldv(ld?.image), c.links.get('image_src')?.[0] ? { value: c.links.get('image_src')![0], source: 'link' } : null]), ctx.url),
    articleBody: ld?.articleBody ?? null,
    zoned: !unzoned,
    provenance: s.prov,
    messages,
  };
}

/** Longer than this, a "site name" is a page title put in the wrong field. */
const MAX_SITE_NAME = 60;

/**
 * Site names usable to recognise a title's site tail: a page that writes its own title into
 * og:site_name (or a WebPage name into the JSON-LD site) would otherwise have its headline read
 * as a site segment and cut away.
 */
function plausibleSiteNames(names: (string | null | undefined)[], title: string | null): string[] {
  const t = title ? foldTitle(title) : '';
  return names.filter((x): x is string => !!x && x.length <= MAX_SITE_NAME && foldTitle(x) !== t);
}

/** The headline, and the text-node order of the `<h1>` showing it (-1 if none): bylines and dates sit near it. */
function readHeadline(s: Sources, tctx: TitleContext): { headline: string | null; anchor: number } {
  const { c, ld, md } = s;
  const metas: Sourced[] = [ldv(ld?.headline), ...metaAll(c.meta, K.headline.slice(0, 2)), md.headline ? { value: md.headline, source: 'microdata' } : null, ...metaAll(c.meta, K.headline.slice(2))]
    .filter((x): x is Sourced => !!x)
    .map((x) => ({ value: x.value.replace(/\s+/g, ' ').trim(), source: x.source }));
  const h1 = c.h1s.map((h, i) => ({ text: textOf(h, 400), order: c.h1Orders[i], ok: !outsideStory(h, 8, false, false, true) }))
    .filter((h) => h.ok && h.text.length > 1 && h.text.length < 350);
  const title = c.title?.replace(/\s+/g, ' ').trim() || null;
  const got = chooseHeadline(metas, h1.map((h) => h.text), title, tctx);
  const headline = got ? take(s, 'headline', [got]) : null;
  const key = headline ? foldTitle(headline) : '';
  const shown = h1.find((h) => foldTitle(h.text) === key) ?? h1.find((h) => key && foldTitle(h.text).includes(key)) ?? h1[0];
  // An <h1> the story filter doubted (a "newsletter" wrapper) still anchors the byline when it shows the headline.
  const same = shown ? -1 : c.h1s.findIndex((h) => key !== '' && foldTitle(textOf(h, 400)) === key);
  return { headline, anchor: shown?.order ?? (same >= 0 ? c.h1Orders[same] : -1) };
}

/** Authors (see pickAuthors), with the winning source recorded in provenance. */
function readAuthorsField(s: Sources, actx: AuthorContext, anchor: number): string[] {
  const got = pickAuthors(s.c, s.ld, s.md, actx, anchor);
  if (!got) return [];
  s.prov.authors = got.source;
  return got.names;
}

/** Date candidates in priority order: JSON-LD, metas, microdata, `<time>`, the URL, visible date lines. */
function dateCandidates(s: Sources, canonicalUrl: string | null, anchor: number): DateCandidate[] {
  const { c, ld, md } = s;
  const out: DateCandidate[] = [];
  const add = (raw: string | null | undefined, source: string, kind: DateCandidate['kind']) => {
    if (raw) out.push({ raw, source, kind });
  };
  add(ld?.published, 'json-ld', 'published');
  add(ld?.modified, 'json-ld', 'updated');
  for (const m of metaAll(c.meta, K.published)) add(m.value, m.source, 'published');
  for (const m of metaAll(c.meta, K.updated)) add(m.value, m.source, 'updated');
  for (const m of metaAll(c.meta, PLAIN_DATE_KEYS.published)) add(m.value, m.source, 'published');
  for (const m of metaAll(c.meta, PLAIN_DATE_KEYS.updated)) add(m.value, m.source, 'updated');
  add(md.published, 'microdata', 'published');
  add(md.modified, 'microdata', 'updated');
  out.push(...readTimes(c.times, c.timeOrders, anchor));
  add(dateFromUrl(canonicalUrl) ?? dateFromUrl(s.ctx.url), 'url', 'published');
  if (!out.some((x) => x.kind === 'published')) out.push(...readDateLines(c, anchor));
  if (!out.some((x) => x.kind === 'published')) out.push(...readStateDates(c.scripts));
  const shown = shownDates(c, anchor, c.htmlLang ?? c.meta.get('og:locale')?.[0] ?? null, s.ctx)[0];
  if (shown) out.push({ raw: shown.value.iso, source: 'date-shown', kind: 'published', shown });
  return out;
}

function readLanguage(s: Sources, text: string): string | null {
  const { c, ld, md } = s;
  const cands: Sourced[] = [
    c.htmlLang ? { value: c.htmlLang, source: 'html-lang' } : null,
    ...metaAll(c.meta, K.language),
    ldv(ld?.language),
    md.language ? { value: md.language, source: 'microdata' } : null,
  ].filter((x): x is Sourced => !!x);
  for (const cand of cands) {
    const tag = normalizeLanguage(cand.value);
    if (tag) {
      s.prov.language = cand.source;
      return tag;
    }
  }
  const detected = detectLanguage(text.replace(/^\.\s*|\s*\.\s*$/g, ''));
  if (detected) s.prov.language = 'detected';
  return detected;
}

/** Canonical URL: link rel=canonical, og:url, JSON-LD url, resolved; a site-root canonical for an article page is ignored. */
function readCanonical(s: Sources): string | null {
  const { c, ld, ctx } = s;
  const cands: Sourced[] = [
    ...(c.links.get('canonical') ?? []).map((value) => ({ value, source: 'link-canonical' })),
    ...metaAll(c.meta, K.canonical),
    ldv(ld?.url),
  ].filter((x): x is Sourced => !!x);
  const pagePath = pathOf(ctx.url);
  const articleish = !!ld || /article/i.test(c.meta.get('og:type')?.[0] ?? '') || (pagePath !== null && pagePath !== '/');
  for (const cand of cands) {
    const abs = resolveUrl(cand.value, ctx.url);
    if (!abs || !/^https?:\/\//i.test(abs) || /[{}]|undefined|null$/.test(abs)) continue;
    if (articleish && pathOf(abs) === '/' && !new URL(abs).search) {
      s.messages.push({ level: 'info', code: 'metadata.canonical-ignored', text: `The canonical URL ${abs} (${cand.source}) points at the site root, not this article; ignored.` });
      continue;
    }
    s.prov.canonicalUrl = cand.source;
    return abs;
  }
  return null;
}
