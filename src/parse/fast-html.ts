/**
 * Dateline's own HTML → DOM parser: a drop-in for htmlparser2's
 * `parseDocument(html, {decodeEntities, lowerCaseTags, lowerCaseAttributeNames})` that builds the
 * same domhandler node classes 2.5–3.5x faster (bench/parse.ts), so parsing fits the per-page budget.
 *
 * Why it is faster: htmlparser2 runs a resumable per-character state machine (it must accept
 * input in chunks). Here the whole document is one string, so the scanner jumps with `indexOf`:
 * text runs to the next '<', comments to the next '--', raw-text elements (script, style…) to
 * their end tag, quoted attribute values to their closing quote. Strings are only sliced, never
 * built character by character, and entity decoding runs only on runs that contain '&'.
 * White space alone at a block boundary (indentation: most text nodes of a page) is not kept as
 * a node, so every later walk over the tree is shorter; the visible text is the same.
 *
 * Tree building (implied end tags, stray end tags, scopes) is in fast-html/tree.ts; everything is
 * iterative and linear in the input size, however deep or malformed; comments, doctypes and CDATA
 * in fast-html/declarations.ts. The Scanner class stays whole (the file is just over 300 lines):
 * its methods share the scan position, the pending text and the attribute fields on the hot path.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { Document, Element } from 'domhandler';
import { HOT_CLASS, HOT_ID, type HtmlElement } from './element.ts';
import { TreeBuilder } from './fast-html/tree.ts';
import { bogusComment, markupDeclaration } from './fast-html/declarations.ts';
import { F_BLOCK_WS, F_PLAINTEXT, F_RAW, F_RCDATA, TAGS, type TagInfo } from './fast-html/tags.ts';
import {
  ATTRIBUTE_NAMES, CC_EQ, CC_GT, CC_SLASH, CC_SPACE, CC_UPPER, CHAR_CLASS, NameTable, findEndTag, isAlpha, isBlank,
} from './fast-html/names.ts';

const GT = 62, SLASH = 47, BANG = 33, QMARK = 63, EQ = 61, DQ = 34, SQ = 39;
const RAWISH = F_RAW | F_RCDATA | F_PLAINTEXT;
const TAG_END = CC_SPACE | CC_GT | CC_SLASH;
const ATTR_NAME_END = CC_SPACE | CC_GT | CC_SLASH | CC_EQ;
const UNQUOTED_END = CC_SPACE | CC_GT;

interface KnownTag {
  /** The source name (lower-case): "image" stays "image" inside svg. */
  name: string;
  info: TagInfo;
}
const TAG_NAMES = new NameTable<KnownTag>([...TAGS].map(([name, info]): [string, KnownTag] => [name, { name, info }]));

/**
 * Parse a whole HTML document. Never throws on malformed markup; tag and attribute names are
 * lower-cased, entities decoded in text and attribute values.
 */
export function parseDocument(html: string): Document {
  const scanner = new Scanner(html);
  scanner.run();
  return scanner.tb.doc;
}

class Scanner {
  readonly tb = new TreeBuilder();
  private readonly html: string;
  private readonly len: number;
  /** Cached index of the first '&' at or after the last range asked about (-1: none left). */
  private amp = -2;
  /** Set by attributes(): the tag ended with '/>'. */
  private selfClosing = false;
  /** Set by attributes() for the element's fields (see element.ts). */
  private hotClass: string | null = null;
  private hotId: string | null = null;
  private hotHas = 0;
  /** Set by scanTagName(). */
  private nameHash = 0;
  private nameUpper = false;

  constructor(html: string) {
    this.html = html;
    this.len = html.length;
  }

  run(): void {
    const html = this.html, len = this.len;
    let pos = 0;
    let textStart = 0;
    while (pos < len) {
      const lt = html.indexOf('<', pos);
      if (lt < 0) break;
      const c = html.charCodeAt(lt + 1);
      let next: number;
      if (isAlpha(c)) {
        next = this.startTag(lt, textStart);
      } else if (c === SLASH) {
        const c2 = html.charCodeAt(lt + 2);
        if (c2 !== c2) break; // "</" at the very end stays text
        if (isAlpha(c2)) next = this.endTag(lt, textStart);
        else {
          this.flush(textStart, lt);
          // "</>" is dropped; "</" + non-letter is a bogus comment.
          next = c2 === GT ? lt + 3 : bogusComment(html, lt + 2, this.tb);
        }
      } else if (c === BANG) {
        this.flush(textStart, lt);
        next = markupDeclaration(html, lt, this.tb);
      } else if (c === QMARK) {
        this.flush(textStart, lt);
        next = bogusComment(html, lt + 1, this.tb);
      } else {
        pos = lt + 1; // '<' not starting markup is text ("a < b", "<3")
        continue;
      }
      pos = textStart = next;
    }
    this.flush(textStart, len);
  }

  /** Does [start, end) contain '&'? Queries come in increasing order, so one scan serves all. */
  private hasAmp(start: number, end: number): boolean {
    let a = this.amp;
    if (a === -1) return false;
    if (a < start) {
      a = this.html.indexOf('&', start);
      this.amp = a;
      if (a < 0) return false;
    }
    return a < end;
  }

  /**
   * The text before a tag: dropped when it is only white space and the tag is a block boundary
   * (see F_BLOCK_WS) outside pre/svg — most of a page's text nodes are such indentation, and every
   * later walk over the tree pays for each node.
   */
  private flushBefore(start: number, end: number, info: TagInfo | undefined): void {
    if (end <= start) return;
    if (info !== undefined && (info.flags & F_BLOCK_WS) !== 0 && isBlank(this.html, start, end) && !this.tb.keepsSpace()) return;
    this.flush(start, end);
  }

  private flush(start: number, end: number): void {
    if (end <= start) return;
    const data = this.html.slice(start, end);
    this.tb.text(this.hasAmp(start, end) ? decodeHTML(data) : data);
  }

  // ------------------------------------------------------------------ tags

  /** `<name …>` at lt, after text from textStart. Returns where scanning resumes (len when the tag runs off the end). */
  private startTag(lt: number, textStart: number): number {
    const html = this.html;
    const i = this.scanTagName(lt + 1);
    if (i < 0) { this.flush(textStart, lt); return this.len; } // EOF inside a tag: the tag is dropped
    const known = TAG_NAMES.find(html, lt + 1, i, this.nameHash, this.nameUpper);
    const name = known !== undefined ? known.name : this.sliceLower(lt + 1, i, this.nameUpper);
    // Null-prototype objects are born in V8's dictionary mode. Pages mix hundreds of attribute
    // orders, so shaped objects would make every `attribs.class` read megamorphic: measured 3–4×
    // slower over the extractor's walks than a dictionary lookup.
    const attribs: Record<string, string> = Object.create(null);
    const info = known !== undefined ? known.info : undefined;
    // Text first: hasAmp() answers ranges in increasing order only.
    this.flushBefore(textStart, lt, info);
    this.hotClass = this.hotId = null;
    this.hotHas = 0;
    const end = html.charCodeAt(i) === GT ? ((this.selfClosing = false), i + 1) : this.attributes(i, attribs);
    if (end < 0) return this.len;
    const tb = this.tb;
    const foreign = tb.inForeign();
    if (info !== undefined && (info.flags & RAWISH) !== 0 && !foreign) return this.rawText(info, attribs, end);
    this.stamp(tb.startTag(info, name, attribs, this.selfClosing, foreign, true));
    return end;
  }

  /** `</name …>` at lt, after text from textStart. */
  private endTag(lt: number, textStart: number): number {
    const html = this.html;
    const i = this.scanTagName(lt + 2);
    const gt = i < 0 ? -1 : html.charCodeAt(i) === GT ? i : html.indexOf('>', i);
    if (gt < 0) { this.flush(textStart, lt); return this.len; }
    const known = TAG_NAMES.find(html, lt + 2, i, this.nameHash, this.nameUpper);
    this.flushBefore(textStart, lt, known?.info);
    if (known !== undefined) this.tb.endTag(known.info, known.name);
    else this.tb.endTag(undefined, this.sliceLower(lt + 2, i, this.nameUpper));
    return gt + 1;
  }

  /**
   * A tag name from i up to whitespace, '/' or '>'. Returns its end (-1 if the input ends first)
   * and leaves the hash of its lower-cased characters and whether it had A–Z in nameHash/nameUpper.
   */
  private scanTagName(i: number): number {
    const html = this.html;
    let h = 0;
    let upper = false;
    let c = html.charCodeAt(i);
    for (;;) {
      if (c < 128) {
        const k = CHAR_CLASS[c];
        if ((k & TAG_END) !== 0) break;
        if (k === CC_UPPER) { upper = true; c += 32; }
      } else if (c !== c) return -1;
      h = (Math.imul(h, 31) + c) | 0;
      c = html.charCodeAt(++i);
    }
    this.nameHash = h;
    this.nameUpper = upper;
    return i;
  }

  /** Give a new element the attribute fields attributes() recorded. */
  private stamp(el: Element | null): void {
    if (el === null) return;
    const e = el as HtmlElement;
    e.classAttr = this.hotClass;
    e.idAttr = this.hotId;
    e.has = this.hotHas;
  }

  private sliceLower(start: number, end: number, upper: boolean): string {
    const raw = this.html.slice(start, end);
    return upper ? raw.toLowerCase() : raw;
  }

  /**
   * Attributes from i (just after the tag name) to the closing '>'. Fills `attribs` (first of a
   * duplicated name wins) and returns the index after '>', or -1 when the input ends first.
   */
  private attributes(i: number, attribs: Record<string, string>): number {
    const html = this.html;
    let count = 0;
    for (;;) {
      let c = html.charCodeAt(i);
      while (c < 128 && CHAR_CLASS[c] === CC_SPACE) c = html.charCodeAt(++i);
      if (c === GT) { this.selfClosing = false; return i + 1; }
      if (c === SLASH) {
        if (html.charCodeAt(i + 1) === GT) { this.selfClosing = true; return i + 2; }
        i++;
        continue;
      }
      if (c !== c) return -1;
      // Name: the first character is taken whatever it is (even '='), then up to ws / / > =.
      const ns = i;
      let upper = false;
      if (c >= 65 && c <= 90) { upper = true; c += 32; }
      let h = c;
      c = html.charCodeAt(++i);
      for (;;) {
        if (c < 128) {
          const k = CHAR_CLASS[c];
          if ((k & ATTR_NAME_END) !== 0) break;
          if (k === CC_UPPER) { upper = true; c += 32; }
        } else if (c !== c) return -1;
        h = (Math.imul(h, 31) + c) | 0;
        c = html.charCodeAt(++i);
      }
      const known = ATTRIBUTE_NAMES.find(html, ns, i, h, upper);
      const name = known !== undefined ? known.name : this.sliceLower(ns, i, upper);
      while (c < 128 && CHAR_CLASS[c] === CC_SPACE) c = html.charCodeAt(++i);
      let value = '';
      if (c === EQ) {
        c = html.charCodeAt(++i);
        while (c < 128 && CHAR_CLASS[c] === CC_SPACE) c = html.charCodeAt(++i);
        if (c === DQ || c === SQ) {
          const q = html.indexOf(c === DQ ? '"' : "'", i + 1);
          if (q < 0) return -1;
          value = this.attrValue(i + 1, q);
          i = q + 1;
        } else if (c !== GT) {
          const vs = i;
          while (!(c < 128 && (CHAR_CLASS[c] & UNQUOTED_END) !== 0)) {
            if (c !== c) return -1;
            c = html.charCodeAt(++i);
          }
          value = this.attrValue(vs, i);
        }
      }
      if (count === 0 || !Object.hasOwn(attribs, name)) {
        count++;
        if (name === '__proto__') Object.defineProperty(attribs, name, { value, enumerable: true, writable: true, configurable: true });
        else attribs[name] = value;
        if (known !== undefined && known.hot !== 0) {
          const hot = known.hot;
          if (hot === HOT_CLASS) this.hotClass = value;
          else if (hot === HOT_ID) this.hotId = value;
          else this.hotHas |= hot;
        }
      }
    }
  }

  private attrValue(start: number, end: number): string {
    if (start === end) return '';
    const v = this.html.slice(start, end);
    return this.hasAmp(start, end) ? decodeHTMLAttribute(v) : v;
  }

  /**
   * A raw-text element (script, style, xmp, iframe, noembed, noframes), an escapable one (title,
   * textarea: entities decoded) or plaintext: its content is text up to the matching end tag,
   * found by search; markup-looking strings inside (`'</div>'` in a script) stay text.
   */
  private rawText(info: TagInfo, attribs: Record<string, string>, from: number): number {
    const html = this.html, len = this.len;
    const el = this.tb.startTag(info, info.name, attribs, false, false, false);
    this.stamp(el);
    const close = (info.flags & F_PLAINTEXT) !== 0 ? -1 : findEndTag(html, from, info.name);
    const stop = close < 0 ? len : close;
    if (el !== null && stop > from) {
      const data = html.slice(from, stop);
      this.tb.textInto(el, (info.flags & F_RCDATA) !== 0 && this.hasAmp(from, stop) ? decodeHTML(data) : data);
    }
    if (close < 0) return len;
    const gt = html.indexOf('>', close + 2 + info.name.length);
    return gt < 0 ? len : gt + 1;
  }
}
