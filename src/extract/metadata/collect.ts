import type { AnyNode, Document, Element } from 'domhandler';
import { attrFlags, classOf, HAS_ITEMPROP, idOf } from '../../parse/element.ts';
import { BYLINE_HINT, BYLINE_AVOID, DATE_HINT } from '../heuristics/metadata-words.ts';

/**
 * Everything the metadata readers need, gathered in ONE walk over the DOM: metadata costs
 * ~0.5 ms a page, which rules out a selector query per field.
 */
export interface Collected {
  htmlLang: string | null;
  title: string | null;
  /** `<meta>` by lower-cased property / name / http-equiv / itemprop → contents, in document order. */
  meta: Map<string, string[]>;
  /** `<link rel=…>`: lower-cased rel token → hrefs. */
  links: Map<string, string[]>;
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Other inline scripts (no type, or a JSON type): app state such as `__NEXT_DATA__`, read only as a late fallback. */
  scripts: Element[];
  /** Elements with an `itemprop` (other than `<meta>`/`<link>` ones, which also land in `meta`). */
  itemprops: Element[];
  /** `<time>` elements. */
  times: Element[];
  h1s: Element[];
  /** Elements whose class/id says byline/author/writer, and `rel=author` links, in document order. */
  bylines: Element[];
  /** Text-node order where each of `bylines` starts: the byline nearest the headline is the story's, not a related card's. */
  bylineOrders: number[];
  /** Elements whose class/id says date/time/published: the visible date lines. */
  dateLines: Element[];
  /** Short text nodes that read as a byline ("By Jane Doe", or the text after a "Written by" label), with their order. */
  bylineTexts: OrderedText[];
  /** Short text nodes that contain a written date, with their order (and parent: a `<time>` carries its machine value). */
  dateTexts: OrderedText[];
  /** Short text nodes that are only a date label ("Last updated:", "Published on"): they name the kind of the date after them. */
  dateLabels: OrderedText[];
  /** Text-node order where each of `times` starts: the one nearest the headline is the story's. */
  timeOrders: number[];
  /** Text-node order of each of `h1s`: visible bylines and dates sit near the headline. */
  h1Orders: number[];
  /** Short lines just after an `<h1>` that are only a capitalised name ("Jane Doe"): an unlabelled byline, maybe. */
  nameLines: OrderedText[];
  /** Short `alt` texts of images after an `<h1>` (with the text-node order where they sit): author avatars name their person. */
  imgAlts: OrderedText[];
}

/** A text and its position among the page's text nodes (document order). */
export interface OrderedText {
  text: string;
  order: number;
  /** The element the text sits in (byline and date texts): comment and bio-box bylines are told apart by it; a `<time>` parent carries its machine value. */
  parent?: Element | null;
}

/** Text nodes longer than this are prose, not a byline or date line. */
const MAX_LINE = 120;
/** A label the byline's name follows in its own element: "Written by", "Author:", "This post was written by" (a credit line under the story). */
const BY_LABEL = /^(?:written|posted|published|words|story|reported|article|post)?\s*by\s*:?$|^(?:this|the)\s+(?:post|article|story|piece)\s+(?:was\s+)?written\s+by\s*:?$|^authors?\s*:?$|^von\s*:?$|^par\s*:?$|^por\s*:?$/i;
const BY_TEXT = /^(?:(?:this\s+(?:post|article|story|piece)\s+(?:was\s+)?)?written\s+|posted\s+|words\s+|story\s+)?by\s*:?\s+[\p{Lu}\d]/iu;
/** A cheap screen for text that holds a date: a 4-digit year with a month name or a numeric day/month. */
const HAS_DATE = /\b(?:19|20)\d{2}\b/;
const DATE_SHAPE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|enero|feb|märz|okt|dez)[a-zé]*\.?\s|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b/i;

const MAX_CANDIDATES = 60;


/** How many text nodes (whitespace ones included) after a "Written by" label the name may come. */
const LABEL_REACH = 6;

interface WalkState {
  order: number;
  /** Order of the last "Written by" label seen, while waiting for the name after it. */
  labelAt: number;
}

/** Cheap screens run on every text node before any normalising (most nodes are whitespace or prose). */
const MAYBE_BYLINE = /\b(?:by|authors?|von|par|por)\b/i;
/** One regex screen for both (measured: cheaper than substring checks or two regexes). */
const SCREEN = /\b(?:by|authors?|von|par|por|19\d\d|20\d\d|updated|published|posted|modified)\b/i;
/** A text node that is only a date label (the date itself sits in the next element). */
const DATE_LABEL = /^(?:(?:last|first|originally)\s+)?(?:updated|published|posted|modified|revised)(?:\s+(?:on|at))?\s*:?$/i;
/** A sentence stating the first publication ("This article was originally published on 26 Sep 2019 …"): longer than a date line. */
const ORIGINALLY = /\boriginally\s+(?:published|posted)\b/i;

/** Records a text node that may be a byline or a date line. Every text node counts one in `order`. */
function visitText(data: string, c: Collected, st: WalkState, parent: Element | null): void {
  const order = st.order++;
  if (data.length > MAX_LINE * 3) return;
  if (data.length <= MAX_NAME_LINE + 20 && c.h1Orders.length && order - c.h1Orders[c.h1Orders.length - 1] <= NAME_REACH && c.nameLines.length < 10) {
    const t = data.trim();
    if (t.length <= MAX_NAME_LINE && NAME_LINE.test(t) && !(parent && NOT_NAME_PARENT.has(parent.name))) c.nameLines.push({ text: t, order, parent });
  }
  const pending = st.labelAt >= 0 && order - st.labelAt <= LABEL_REACH;
  if (!pending && !SCREEN.test(data)) return;
  const maybeBy = MAYBE_BYLINE.test(data);
  const maybeDate = HAS_DATE.test(data);
  const t = data.replace(/\s+/g, ' ').trim();
  if (t.length <= 30 && DATE_LABEL.test(t) && c.dateLabels.length < MAX_CANDIDATES) c.dateLabels.push({ text: t, order });
  if (t.length > MAX_LINE && maybeDate && ORIGINALLY.test(t) && c.dateTexts.length < MAX_CANDIDATES) c.dateTexts.push({ text: t, order, parent });
  if (!t || t.length > MAX_LINE) return;
  if (pending && c.bylineTexts.length < MAX_CANDIDATES) {
    c.bylineTexts.push({ text: t, order, parent });
    st.labelAt = -1;
  } else if (maybeBy && BY_LABEL.test(t)) st.labelAt = order;
  else if (maybeBy && BY_TEXT.test(t) && c.bylineTexts.length < MAX_CANDIDATES) c.bylineTexts.push({ text: t, order, parent });
  if (maybeDate && DATE_SHAPE.test(t) && c.dateTexts.length < MAX_CANDIDATES) c.dateTexts.push({ text: t, order, parent });
}

/** A line that is only a capitalised name of two to four words ("Jane Doe", "Mary-Ann O'Neil", "A. J. Neal"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const MAX_NAME_LINE = 40;
/** A name line in a top heading, button, list item or table header is a label or a section title, not a byline (h4–h6 often hold the name in an author card). */
const NOT_NAME_PARENT = new Set(['h1', 'h2', 'h3', 'button', 'li', 'label', 'th', 'option', 'strong', 'b', 'title']);
/** How many text nodes after an `<h1>` an unlabelled name line may come. */
const NAME_REACH = 40;

/** Deeper than this, a page is pathological: its innermost nodes are not visited. */
const MAX_DEPTH = 400;

/** The one DOM walk (recursive: cheaper than an explicit stack, and bounded by MAX_DEPTH). */
export function collect(doc: Document): Collected {
  const c: Collected = {
    htmlLang: null, title: null, meta: new Map(), links: new Map(), jsonLd: [], scripts: [],
    itemprops: [], times: [], h1s: [], bylines: [], bylineOrders: [], dateLines: [], bylineTexts: [], dateTexts: [], dateLabels: [], timeOrders: [], h1Orders: [], nameLines: [], imgAlts: [],
  };
  walk(doc.children, c, { order: 0, labelAt: -1 }, 0);
  return c;
}

function walk(nodes: AnyNode[], c: Collected, st: WalkState, depth: number): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'text') {
      visitText(node.data, c, st, node.parent as Element | null);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (el.name === 'h1' && c.h1Orders.length < 10) c.h1Orders.push(st.order);
    else if (el.name === 'time' && c.timeOrders.length < MAX_CANDIDATES) c.timeOrders.push(st.order);
    else if (el.name === 'img' && c.h1Orders.length && c.imgAlts.length < 30) {
      const alt = el.attribs.alt;
      if (alt && alt.length > 4 && alt.length <= 80 && st.order - c.h1Orders[c.h1Orders.length - 1] <= NAME_REACH * 2 && !isLogo(el)) c.imgAlts.push({ text: alt, order: st.order });
    }
    const nBylines = c.bylines.length;
    const descend = visit(el, c);
    if (c.bylines.length > nBylines) c.bylineOrders.push(st.order);
    if (descend && depth < MAX_DEPTH) walk(el.children, c, st, depth + 1);
  }
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A link to an author's profile page ("/author/jane-doe", "/contributors/jane-doe", "?author=Jane+Doe"): its text is a byline, maybe. */
const AUTHOR_LINK = /\/(?:authors?|contributors?|writers?|journalists?|columnists?)\/[^/?#\s]|[?&]_?author=/i;

/** A fast pre-screen for BYLINE_HINT / DATE_HINT: plain words (measured cheaper than substring loops). */
const QUICK_HINT = /author|byline|by-line|writer|contributor|creator|journalist|posted|date|time|publish|updated/i;

/** Records what one element offers; returns whether to descend into it. */
function visit(el: Element, c: Collected): boolean {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      if (c.htmlLang === null && a.lang) c.htmlLang = a.lang;
      return true;
    case 'title':
      if (c.title === null && !insideSvg(el)) c.title = textOf(el, 600);
      return false;
    case 'meta':
      readMetaTag(el, c);
      return false;
    case 'link':
      if (a.rel && a.href) for (const rel of a.rel.toLowerCase().split(/\s+/)) push(c.links, rel, a.href);
      if (a.itemprop) c.itemprops.push(el);
      return false;
    case 'script':
      if (a.type && /ld\+json/i.test(a.type)) c.jsonLd.push(textOf(el, 2_000_000, true));
      else if (!a.src && (!a.type || /json|javascript/i.test(a.type)) && c.scripts.length < MAX_CANDIDATES) c.scripts.push(el);
      return false;
    case 'style': case 'noscript': case 'svg': case 'template': case 'iframe':
      return false;
    case 'time':
      if (c.times.length < MAX_CANDIDATES) c.times.push(el);
      break;
    case 'h1':
      if (c.h1s.length < 10) c.h1s.push(el);
      break;
  }
  if ((attrFlags(el) & HAS_ITEMPROP) !== 0 && a.itemprop && c.itemprops.length < 200) c.itemprops.push(el);
  const cls = classOf(el);
  const id = idOf(el);
  if ((cls !== undefined && QUICK_HINT.test(cls)) || (id !== undefined && QUICK_HINT.test(id))) {
    const hint = `${cls ?? ''} ${id ?? ''}`;
    if (BYLINE_HINT.test(hint) && !BYLINE_AVOID.test(hint) && c.bylines.length < MAX_CANDIDATES) c.bylines.push(el);
    else if (DATE_HINT.test(hint) && c.dateLines.length < MAX_CANDIDATES) c.dateLines.push(el);
  } else if (el.name === 'a' && c.bylines.length < MAX_CANDIDATES && ((a.rel && /\bauthor\b/i.test(a.rel)) || (a.href && AUTHOR_LINK.test(a.href)))) {
    c.bylines.push(el);
  }
  return true;
}

function readMetaTag(el: Element, c: Collected): void {
  const a = el.attribs;
  const content = a.content ?? a.value;
  if (content === undefined) return;
  const value = content.trim();
  if (!value) return;
  const keys = a.property ?? a.name ?? a['http-equiv'] ?? a.itemprop;
  if (a.itemprop) c.itemprops.push(el);
  if (!keys) return;
  // RDFa allows several space-separated properties in one attribute.
  for (const k of keys.trim().toLowerCase().split(/\s+/)) push(c.meta, k, value);
}

const LOGO = /logo|brand|icon|partner|sponsor/i;

/** A publisher's logo names the outlet, not a person: its alt must not confirm a name line. */
function isLogo(img: Element): boolean {
  const p = img.parent as Element | null;
  const a = img.attribs;
  return LOGO.test(`${a.alt ?? ''} ${a.class ?? ''} ${a.src ?? ''} ${p?.attribs?.class ?? ''}`);
}

function insideSvg(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'svg') return true;
  return false;
}

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'section', 'header', 'footer', 'ul', 'ol', 'figure', 'figcaption', 'dd', 'dt']);

/**
 * Text content of a node, whitespace folded, stopping after `limit` characters. `raw` keeps the
 * text of script elements (JSON-LD) untouched. Block boundaries become a newline-free space.
 */
export function textOf(node: AnyNode, limit = 2000, raw = false): string {
  if (raw) {
    let s = '';
    for (const k of (node as Element).children ?? []) if (k.type === 'text') s += k.data;
    return s;
  }
  const parts: string[] = [];
  let len = 0;
  const stack: AnyNode[] = [node];
  while (stack.length && len < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push(n.data);
      len += n.data.length;
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const el = n as Element;
    if (SKIP_TEXT.has(el.name)) continue;
    if (BLOCK.has(el.name)) parts.push(' ');
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const s = parts.join('').replace(/\s+/g, ' ').trim();
  return s.length > limit ? s.slice(0, limit) : s;
}

/** First descendant (depth-first) for which `test` holds. */
export function findDescendant(root: Element, test: (el: Element) => boolean, maxNodes = 400): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  let seen = 0;
  while (stack.length && seen++ < maxNodes) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (test(el)) return el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return null;
}
