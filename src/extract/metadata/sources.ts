import type { Element } from 'domhandler';
import { classOf, idOf } from '../../parse/element.ts';
import { OUTSIDE_STORY, PAGE_CHROME } from '../heuristics/metadata-words.ts';
import { findDescendant, textOf, type Collected } from './collect.ts';
import { cleanAuthors, type AuthorContext } from './authors.ts';
import { bylineLabel, cardName, contains, firstText, ROLE_LABEL } from './byline-scope.ts';
import type { Sourced } from './headline.ts';
import { parseLenient } from './jsonld.ts';

/** Provenance name of a `<meta>` key: 'opengraph', 'twitter', 'meta:parsely', 'meta:dc', … */
export function sourceOfKey(key: string): string {
  if (key.startsWith('og:') || key.startsWith('article:')) return 'opengraph';
  if (key.startsWith('twitter:')) return 'twitter';
  const family = /^(parsely|sailthru|dc|dcterms|citation|cxenseparse)[-_.:]/.exec(key);
  if (family) return `meta:${family[1] === 'dcterms' ? 'dc' : family[1] === 'cxenseparse' ? 'cxense' : family[1]}`;
  return `meta:${key}`;
}

/** Every value for these keys, in key order, with its source. */
export function metaAll(meta: Map<string, string[]>, keys: readonly string[]): Sourced[] {
  const out: Sourced[] = [];
  for (const k of keys) for (const value of meta.get(k) ?? []) out.push({ value, source: sourceOfKey(k) });
  return out;
}

export function metaFirst(meta: Map<string, string[]>, keys: readonly string[]): Sourced | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return { value: v, source: sourceOfKey(k) };
  }
  return null;
}

/** Parse.ly's `parsely-page` JSON blob → the same keys its separate tags would use. */
export function expandParselyPage(meta: Map<string, string[]>): void {
  const blob = meta.get('parsely-page')?.[0];
  if (!blob) return;
  const data = parseLenient(blob);
  if (typeof data !== 'object' || data === null) return;
  const d = data as Record<string, unknown>;
  const put = (key: string, v: unknown) => {
    const vals = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (vals.length && !meta.has(key)) meta.set(key, vals);
  };
  put('parsely-title', d.title);
  put('parsely-pub-date', d.pub_date);
  put('parsely-author', d.author ?? d.authors);
  put('parsely-section', d.section);
  put('parsely-tags', d.tags);
  put('parsely-link', d.link);
  put('parsely-image-url', d.image_url);
}

/**
 * Is the element inside comments, related lists, footers or author bio boxes? With `byline` (the
 * scope of a byline element) navigation counts as well, and the classes of `<body>`/`<html>` are
 * not read: themes write site-wide switches there ("no-sidebar", "tweak-related-products-…",
 * "newsletter-style-light"), which hid every byline on such pages. With `storyFlags` (the
 * headline's `<h1>`) they are not read once an `<article>`/`<main>` encloses the element: a
 * page-wide switch says nothing about what sits inside the story's own element. Elsewhere (an
 * `<h1>` outside any article, microdata, dates) they are still read: stopping at `<body>` for
 * every `<h1>` was measured to cost a Readability title, and for all readers a WCXB author.
 */
export function outsideStory(el: Element, depth = 14, byline = false, boxOk = false, storyFlags = false): boolean {
  let chrome = false;
  let story = false;
  let p = el.parent as Element | null;
  for (let d = 0; p && p.attribs && d < depth; d++, p = p.parent as Element | null) {
    const name = p.name;
    if ((byline || (storyFlags && story)) && (name === 'body' || name === 'html')) break;
    if (byline && name === 'nav') return true;
    if (name === 'article' || name === 'main') story = true;
    else if (name === 'footer' || name === 'aside') chrome = true;
    const cls = classOf(p);
    const id = idOf(p);
    if (cls === undefined && id === undefined) continue;
    let hint = id === undefined ? cls! : cls === undefined ? id : `${cls} ${id}`;
    if (boxOk) hint = hint.replace(AUTHOR_BOX, ' ');
    let outside = OUTSIDE_STORY.test(hint) || (byline && MENU.test(hint));
    let page = PAGE_CHROME.test(hint);
    // "no-sidebars", "has-comments": a page-layout flag on a wrapper, not what the wrapper is (read again without them, only on a hit).
    if ((outside || page) && hint.includes('-')) {
      hint = hint.replace(LAYOUT_FLAG, ' ');
      outside = OUTSIDE_STORY.test(hint) || (byline && MENU.test(hint));
      page = PAGE_CHROME.test(hint);
    }
    if (outside) return true;
    if (page) chrome = true;
  }
  return chrome && !story;
}

/** The author-box hints of OUTSIDE_STORY: a bio box at the story's end, but the byline itself when right under the headline. */
const AUTHOR_BOX = /author-?(?:bio|box|info|card)|about-?the-?author/gi;
/** How many text nodes after the headline an author-info block is the byline rather than a bio box. */
const BOX_BYLINE_REACH = 20;

/** Class tokens that state the page's layout ("no-sidebar", "has-comments", "with-related"), removed before the hints are read. */
const LAYOUT_FLAG = /(?:^|\s)(?:no|has|with|without|hide|show)-\S*/gi;

/** Navigation menus: an author link there ("Our writers", a columnist's page) is not this story's byline. */
const MENU = /(?:^|[\s_-])(?:menu|nav|navbar|navigation)(?:$|[\s_-])/i;

/** Value of a microdata property element, per its tag (meta content, time datetime, link href, text). */
function itempropValue(el: Element): string {
  const a = el.attribs;
  if (a.content) return a.content.trim();
  if (el.name === 'time' && a.datetime) return a.datetime.trim();
  if ((el.name === 'link' || el.name === 'a') && a.href && el.name === 'link') return a.href;
  if (el.name === 'img' && a.src) return a.src;
  return textOf(el, 300);
}

/** Microdata facts: headline, authors, dates, language, from itemprops outside comments and related lists. */
export interface Microdata {
  headline: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  language: string | null;
}

export function readMicrodata(itemprops: Element[]): Microdata {
  const md: Microdata = { headline: null, authors: [], published: null, modified: null, language: null };
  for (const el of itemprops) {
    const props = el.attribs.itemprop.toLowerCase().split(/\s+/);
    for (const p of props) {
      if (p === 'headline' && !md.headline && !outsideStory(el)) md.headline = itempropValue(el) || null;
      else if ((p === 'datepublished' || p === 'datecreated') && !md.published && !outsideStory(el)) md.published = itempropValue(el) || null;
      else if (p === 'datemodified' && !md.modified && !outsideStory(el)) md.modified = itempropValue(el) || null;
      else if (p === 'inlanguage' && !md.language) md.language = itempropValue(el) || null;
      else if ((p === 'author' || p === 'creator') && md.authors.length < 10 && !outsideStory(el)) {
        const nameEl = el.attribs.itemscope !== undefined ? findDescendant(el, (d) => /\bname\b/i.test(d.attribs.itemprop ?? '')) : null;
        const v = nameEl ? itempropValue(nameEl) : itempropValue(el);
        if (v) md.authors.push(v);
      }
    }
  }
  return md;
}

/**
 * The visible byline: the byline-marked element (class/id byline/author/writer, or a rel=author
 * link) nearest the headline, outside comments, bios and related lists, whose text reads as names;
 * byline elements beside it (same parent) add co-authors. Of several elements sharing one class
 * in different places (a related-stories list of cards), only the first is the story's.
 */
export function readBylines(c: Pick<Collected, 'bylines' | 'bylineOrders'>, ctx: AuthorContext, anchor = -1): Sourced[] {
  let found: Element | null = null;
  let names: string[] = [];
  const keyOf = (el: Element) => `${el.name} ${el.attribs.class ?? ''}`;
  const count = new Map<string, number>();
  for (const el of c.bylines) count.set(keyOf(el), (count.get(keyOf(el)) ?? 0) + 1);
  const seen = new Map<string, Element>();
  const cands: { el: Element; order: number }[] = [];
  for (let i = 0; i < c.bylines.length; i++) {
    const el = c.bylines[i];
    const order = c.bylineOrders[i] ?? i;
    const underHeadline = anchor >= 0 && order >= anchor && order - anchor <= BOX_BYLINE_REACH;
    if (outsideStory(el, 14, true) && !(underHeadline && !outsideStory(el, 14, true, true))) continue;
    const key = keyOf(el);
    const first = seen.get(key);
    if (!first) seen.set(key, el);
    else if ((count.get(key) ?? 0) >= LIST_CARDS && first.parent !== el.parent && !contains(first, el)) continue;
    cands.push({ el, order });
  }
  const dist = (o: number) => (anchor < 0 ? o : o >= anchor ? o - anchor : (anchor - o) * 3);
  cands.sort((x, y) => dist(x.order) - dist(y.order));
  for (const { el } of cands) {
    if (ROLE_LABEL.test(bylineLabel(el))) continue;
    const text = textOf(el, 260);
    if (!text) continue;
    if (text.length > 250) {
      // An author card with a long bio: its first text, alone in an element of its own, is the name.
      const card = cardName(el, ctx);
      if (card) {
        found = el;
        names = [card];
        break;
      }
      continue;
    }
    let got = cleanAuthors([text], ctx, 2);
    // An author card: the name, then the job title or a bio in elements of their own ("Emma Ryan" /
    // "Writer"): the first text alone is the name, whether or not the joined text also read as one.
    const firstRaw = firstText(el);
    const first = firstRaw === text ? got : cleanAuthors([firstRaw], ctx, 2);
    if (!got.length) got = first;
    else if (first.length === 1) got = got.map((g) => (g.startsWith(first[0] + ' ') ? first[0] : g));
    if (got.length) {
      found = el;
      names = got;
      break;
    }
  }
  if (found) {
    for (const el of c.bylines) {
      if (el !== found && el.parent === found.parent && el.attribs.class === found.attribs.class && !found.children.includes(el) && !ROLE_LABEL.test(bylineLabel(el))) {
        names = cleanAuthors([...names, textOf(el, 200)], ctx);
      }
    }
  }
  const source = found && found.name === 'a' && /\bauthor\b/i.test(found.attribs.rel ?? '') ? 'rel-author' : 'byline-text';
  return names.map((value) => ({ value, source }));
}

/** Byline elements sharing one class this many times in different places are a list of story cards. */
const LIST_CARDS = 3;
