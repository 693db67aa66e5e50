/**
 * The element Dateline's parser builds: domhandler's `Element`, plus the attributes that every
 * walk of the extractor asks about, kept in fields.
 *
 * Why: `attribs` is a dictionary-mode object (see fast-html.ts: shaped objects would make every
 * read megamorphic), and a dictionary read costs a hash probe in a separate backing store — a
 * cache miss or two per element. The extractor's walks ask each element for its class, id and
 * whether it may be hidden a dozen times or more, and most elements have none of these: measured
 * on the benchmark pages, ten dictionary reads per element cost about five times ten field reads.
 * The parser fills the fields as it reads the attributes, so they cost nothing to make.
 *
 * Trees from elsewhere (a plain domhandler `Element`) still work: the accessors below fall back
 * to `attribs`.
 */
import { Element } from 'domhandler';

/** `has` bits: the element carries this attribute (whatever its value). */
export const HAS_HIDDEN = 1;
export const HAS_ARIA_HIDDEN = 2;
export const HAS_STYLE = 4;
export const HAS_ITEMPROP = 8;
export const HAS_ITEMTYPE = 16;
export const HAS_ROLE = 32;
/** Any attribute that can hide an element: `hidden`, `aria-hidden`, `style`. */
export const MAY_HIDE = HAS_HIDDEN | HAS_ARIA_HIDDEN | HAS_STYLE;

/** The attribute names behind the `has` bits. */
const FLAG_NAMES: readonly [string, number][] = [
  ['hidden', HAS_HIDDEN], ['aria-hidden', HAS_ARIA_HIDDEN], ['style', HAS_STYLE],
  ['itemprop', HAS_ITEMPROP], ['itemtype', HAS_ITEMTYPE], ['role', HAS_ROLE],
];

/** What the parser records for an attribute name: 0 (nothing), HOT_CLASS, HOT_ID or a `has` bit. */
export const HOT_CLASS = -1;
export const HOT_ID = -2;
export function hotCode(name: string): number {
  if (name === 'class') return HOT_CLASS;
  if (name === 'id') return HOT_ID;
  for (const [n, bit] of FLAG_NAMES) if (n === name) return bit;
  return 0;
}

export class HtmlElement extends Element {
  /** The class attribute, null when absent. */
  classAttr: string | null = null;
  /** The id attribute, null when absent. */
  idAttr: string | null = null;
  /** HAS_* bits. */
  has = 0;

  /** Set the fields from `attribs` (after the attributes changed: a repeated `<body>` merges its own). */
  refresh(): void {
    const a = this.attribs;
    this.classAttr = a.class ?? null;
    this.idAttr = a.id ?? null;
    this.has = flagsFrom(a);
  }
}

function flagsFrom(a: Record<string, string>): number {
  let has = 0;
  for (const [n, bit] of FLAG_NAMES) if (a[n] !== undefined) has |= bit;
  return has;
}

/** The class attribute, or undefined. */
export function classOf(el: Element): string | undefined {
  const v = (el as HtmlElement).classAttr;
  return v === undefined ? el.attribs.class : v ?? undefined;
}

/** The id attribute, or undefined. */
export function idOf(el: Element): string | undefined {
  const v = (el as HtmlElement).idAttr;
  return v === undefined ? el.attribs.id : v ?? undefined;
}

/** The HAS_* bits of an element. */
export function attrFlags(el: Element): number {
  const v = (el as HtmlElement).has;
  return v === undefined ? flagsFrom(el.attribs) : v;
}
