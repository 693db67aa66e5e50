/**
 * Character-level helpers for the scanner: character classes, the end-tag search for raw text,
 * and name interning.
 *
 * Name interning: while it scans a tag or attribute name, the scanner folds the lower-cased
 * characters into a hash; a known name is then found without slicing a new string, lower-casing
 * it or hashing it again, and every element or attribute gets the same shared string (cheaper
 * property keys, less garbage). Unknown names fall back to slice + toLowerCase.
 */
import { hotCode } from '../element.ts';

/** Character classes for ASCII; non-ASCII characters are class 0 (part of a name). */
export const CC_SPACE = 1;
export const CC_GT = 2;
export const CC_SLASH = 4;
export const CC_EQ = 8;
export const CC_UPPER = 16;
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const c of [32, 10, 9, 13, 12]) t[c] = CC_SPACE;
  t[62] = CC_GT;
  t[47] = CC_SLASH;
  t[61] = CC_EQ;
  for (let c = 65; c <= 90; c++) t[c] = CC_UPPER;
  return t;
})();

/** HTML whitespace: space, \n, \t, \r, \f. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

export function isAlpha(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}

/**
 * Index of the `</name` (any case) that ends a raw-text element, followed by whitespace, '/' or
 * '>'; -1 if there is none. `name` is lower-case ASCII letters.
 */
export function findEndTag(html: string, from: number, name: string): number {
  const n = name.length;
  let i = from;
  for (;;) {
    i = html.indexOf('</', i);
    if (i < 0) return -1;
    let k = 0;
    while (k < n && (html.charCodeAt(i + 2 + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === n) {
      const t = html.charCodeAt(i + 2 + n);
      if (t === 62 || t === 47 || isSpace(t)) return i;
    }
    i += 2;
  }
}

/** One hash step over a lower-cased char code (the scanner inlines the same formula). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

export function hashName(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = hashStep(h, name.charCodeAt(i));
  return h;
}

/** Known lower-case names (ASCII) → a value, looked up by the scanner's hash and source range. */
export class NameTable<V> {
  private readonly byHash = new Map<number, { name: string; value: V }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [name, value] of entries) {
      const h = hashName(name);
      const list = this.byHash.get(h);
      if (list) list.push({ name, value });
      else this.byHash.set(h, [{ name, value }]);
    }
  }

  /** The value for the name at html[start, end) with hash h, if known; `upper`: it has A–Z. */
  find(html: string, start: number, end: number, h: number, upper: boolean): V | undefined {
    const list = this.byHash.get(h);
    if (list === undefined) return undefined;
    for (let j = 0; j < list.length; j++) {
      const { name, value } = list[j];
      if (name.length === end - start && sameName(html, start, name, upper)) return value;
    }
    return undefined;
  }
}

function sameName(html: string, start: number, name: string, upper: boolean): boolean {
  if (!upper) return html.startsWith(name, start);
  for (let k = 0; k < name.length; k++) {
    const c = html.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** Attribute names common enough on news pages to be worth interning. */
export const COMMON_ATTRIBUTES: readonly string[] = (
  'class id href src style type rel name content property alt title width height target lang charset ' +
  'itemprop itemscope itemtype datetime role tabindex async defer crossorigin media integrity http-equiv ' +
  'value action method for placeholder decoding fetchpriority loading srcset sizes viewbox fill d xmlns ' +
  'stroke focusable data-src data-srcset data-id data-testid data-type data-component data-module ' +
  'aria-label aria-hidden aria-expanded aria-controls aria-labelledby aria-describedby aria-live ' +
  'hidden disabled checked selected autocomplete frameborder allow allowfullscreen scrolling colspan ' +
  'rowspan border cellpadding cellspacing align valign bgcolor color face size nonce referrerpolicy ' +
  'sandbox poster preload controls autoplay muted playsinline download hreflang dir translate ' +
  'itemid data-href data-url data-original data-lazy-src data-image data-slot onclick onload onerror'
).split(' ');

/** An interned attribute name, and what the parser records of it for the element's fields (see element.ts). */
export interface AttrName {
  name: string;
  hot: number;
}

export const ATTRIBUTE_NAMES = new NameTable<AttrName>(COMMON_ATTRIBUTES.map((n) => [n, { name: n, hot: hotCode(n) }]));

/** Is html[start, end) only HTML white space (space, tab, LF, CR, FF)? */
export function isBlank(html: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = html.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}
