/**
 * Tree building for the fast HTML parser: the stack of open elements and the browser-like rules
 * that close elements implicitly (a block closes an open <p>, <li> closes the previous <li>, cells
 * and rows close their open siblings…) or ignore stray end tags.
 *
 * HTML's rules are phrased as walks down the stack ("is there a <p> in button scope?"); walking
 * makes malformed input quadratic (100,000 unclosed <div>s and as many stray tags). Instead, for
 * every tag id and every category (special, scope boundary, heading…) the builder keeps the
 * depth of the innermost open one, each pushed element remembering the previous depth to restore
 * when it is popped. "X is in scope" is then `top[X] >= top[boundaries]`: O(1), no recursion.
 * The builder stays one class (just over 300 lines): every rule reads and writes those stacks.
 */
import { Text, type Element } from 'domhandler';
import { newComment, newDirective, newDocument } from './rare-nodes.ts';
import { HtmlElement } from '../element.ts';
import type { ChildNode, ParentNode } from 'domhandler';
import {
  CATEGORY_COUNT, C_CORE, C_HEADING, C_INTEGRATION, C_SCOPE, C_SPECIAL, C_TSCOPE, E_BLOCK, E_BR, E_HEADING, E_LI,
  E_OTHER, E_P, E_TABLE, F_BREAKOUT, F_HEAD_OK, F_VOID, ID, KNOWN_COUNT, S_A, S_BODY, S_BUTTON, S_CELL, S_CLOSE_P,
  S_DDT, S_FORM, S_HEAD, S_HEADING, S_HTML, S_LI, S_OPTGROUP, S_OPTION, S_RTP, S_TR, S_TSECTION, TAGS, type TagInfo,
} from './tags.ts';

const B_SPECIAL = 31 - Math.clz32(C_SPECIAL);
const B_CORE = 31 - Math.clz32(C_CORE);
const B_SCOPE = 31 - Math.clz32(C_SCOPE);
const B_TSCOPE = 31 - Math.clz32(C_TSCOPE);
const B_HEADING = 31 - Math.clz32(C_HEADING);
const B_INTEGRATION = 31 - Math.clz32(C_INTEGRATION);
const P_INFO = TAGS.get('p')!;
const BR_INFO = TAGS.get('br')!;

type Attribs = Record<string, string>;

export class TreeBuilder {
  readonly doc = newDocument();
  /** The current node: where new children go. */
  private cur: ParentNode = this.doc;
  private depth = 0;
  // The stack of open elements, as parallel arrays indexed by depth.
  private readonly els: Element[] = [];
  private readonly ids: number[] = [];
  private readonly catsOf: number[] = [];
  /** For the element at depth d: the previous innermost open element with the same id. */
  private readonly prevSame: number[] = [];
  /** Tag id → depth of the innermost open element with that id, or -1. */
  private readonly tops: number[] = new Array<number>(KNOWN_COUNT).fill(-1);
  /** Per category: depths of the open elements in it (innermost last); catTop caches the last. */
  private readonly catStacks: number[][] = Array.from({ length: CATEGORY_COUNT }, () => []);
  private readonly catTop: number[] = new Array<number>(CATEGORY_COUNT).fill(-1);
  /** Ids for tag names the table does not know (custom elements, svg children), per parse. */
  private readonly unknown = new Map<string, number>();
  private seenHead = false;

  /** Inside svg/math and not inside an HTML integration point (foreignObject, desc, title…). */
  inForeign(): boolean {
    const s = this.tops[ID.svg], m = this.tops[ID.math];
    if (s < 0 && m < 0) return false;
    return (s > m ? s : m) > this.catTop[B_INTEGRATION];
  }

  /** Inside `<pre>`/`<listing>` or svg/math, where white space is content. */
  keepsSpace(): boolean {
    return this.tops[ID.pre] >= 0 || this.tops[ID.listing] >= 0 || this.inForeign();
  }

  text(data: string): void {
    const kids = this.cur.children;
    const last = kids.length > 0 ? kids[kids.length - 1] : null;
    if (last instanceof Text) last.data += data;
    else this.append(new Text(data));
  }

  /** Text into an element that is not the current node (raw-text elements are never pushed). */
  textInto(el: Element, data: string): void {
    const t = new Text(data);
    t.parent = el;
    el.children.push(t);
  }

  comment(data: string): void {
    this.append(newComment(data));
  }

  doctype(body: string): void {
    this.append(newDirective('!doctype', `!${body}`));
  }

  /**
   * A start tag. `info` is the table entry (undefined for unknown names), `name` the lower-cased
   * source name. Returns the element, or null when the tag is ignored (a second <body>, <form>…).
   * `push` is false for raw-text elements, whose content the tokenizer adds itself.
   */
  startTag(info: TagInfo | undefined, name: string, attribs: Attribs, selfClosing: boolean, foreign: boolean, push: boolean): Element | null {
    if (foreign) {
      // (<image> in svg is svg's own element, not the <img> alias that would break out.)
      if (info === undefined || (info.flags & F_BREAKOUT) === 0 || info.name !== name) {
        return this.foreignStart(info, name, attribs, selfClosing);
      }
      while (this.inForeign()) this.popTo(Math.max(this.tops[ID.svg], this.tops[ID.math]));
    }
    if (info === undefined) {
      this.closeHeadIfCurrent();
      const el = new HtmlElement(name, attribs, []);
      this.append(el);
      this.push(el, this.unknownId(name), 0);
      return el;
    }
    if ((info.flags & F_HEAD_OK) === 0) this.closeHeadIfCurrent();
    if (info.start !== 0 && !this.applyStartRule(info, attribs)) return null;
    const el = new HtmlElement(info.name, attribs, []);
    this.append(el);
    if (push && (info.flags & F_VOID) === 0) {
      if (selfClosing && (info.id === ID.svg || info.id === ID.math)) return el;
      this.push(el, info.id, info.cats);
    }
    return el;
  }

  endTag(info: TagInfo | undefined, name: string): void {
    if (info === undefined) {
      const id = this.unknown.get(name);
      if (id !== undefined) this.closeIfAtOrAbove(this.tops[id], this.catTop[B_SPECIAL]);
      return;
    }
    const t = this.tops[info.id];
    switch (info.end) {
      case E_OTHER: this.closeIfAtOrAbove(t, this.catTop[B_SPECIAL]); break;
      case E_BLOCK: this.closeIfAtOrAbove(t, this.catTop[B_SCOPE]); break;
      case E_TABLE: this.closeIfAtOrAbove(t, this.catTop[B_TSCOPE]); break;
      case E_LI: this.closeIfAtOrAbove(t, Math.max(this.catTop[B_SCOPE], this.tops[ID.ol], this.tops[ID.ul])); break;
      case E_HEADING: this.closeIfAtOrAbove(this.catTop[B_HEADING], this.catTop[B_SCOPE]); break;
      case E_P:
        // </p> without an open <p> makes an empty one, as browsers do.
        if (!this.closeP()) this.append(new HtmlElement(P_INFO.name, Object.create(null), []));
        break;
      case E_BR: this.append(new HtmlElement(BR_INFO.name, Object.create(null), [])); break;
      default: break; // E_IGNORE (</body>, </html>), E_VOID
    }
  }

  // ------------------------------------------------------------------ rules

  /** False when the start tag is to be ignored. */
  private applyStartRule(info: TagInfo, attribs: Attribs): boolean {
    const tops = this.tops, catTop = this.catTop;
    switch (info.start) {
      case S_CLOSE_P: this.closeP(); break;
      case S_HEADING:
        this.closeP();
        if (this.depth > 0 && (this.catsOf[this.depth - 1] & C_HEADING) !== 0) this.popTo(this.depth - 1);
        break;
      case S_LI: {
        const li = tops[ID.li];
        if (li >= 0 && li > Math.max(catTop[B_CORE], tops[ID.dd], tops[ID.dt])) this.popTo(li);
        this.closeP();
        break;
      }
      case S_DDT: {
        const d = Math.max(tops[ID.dd], tops[ID.dt]);
        if (d >= 0 && d > Math.max(catTop[B_CORE], tops[ID.li])) this.popTo(d);
        this.closeP();
        break;
      }
      case S_CELL: this.closeCell(); break;
      case S_TR: this.closeRow(); break;
      case S_TSECTION: {
        const s = Math.max(tops[ID.tbody], tops[ID.thead], tops[ID.tfoot]);
        if (s >= 0 && s > catTop[B_TSCOPE]) this.popTo(s);
        else this.closeRow();
        break;
      }
      case S_OPTION: this.popIfCurrent(ID.option); break;
      case S_OPTGROUP: this.popIfCurrent(ID.option); this.popIfCurrent(ID.optgroup); break;
      case S_RTP: this.popIfCurrent(ID.rt); this.popIfCurrent(ID.rp); break;
      case S_A: {
        // <a> inside an open <a>: close the outer one when only phrasing elements lie between.
        const a = tops[ID.a];
        if (a >= 0 && a > catTop[B_SPECIAL]) this.popTo(a);
        break;
      }
      case S_BUTTON: this.closeIfAtOrAbove(tops[ID.button], catTop[B_SCOPE]); break;
      case S_FORM:
        if (tops[ID.form] >= 0) return false;
        this.closeP();
        break;
      case S_BODY:
        if (tops[ID.body] >= 0) return this.mergeAttribs(tops[ID.body], attribs);
        if (tops[ID.head] >= 0) this.popTo(tops[ID.head]);
        break;
      case S_HTML:
        if (tops[ID.html] >= 0) return this.mergeAttribs(tops[ID.html], attribs);
        break;
      case S_HEAD:
        if (this.seenHead || tops[ID.body] >= 0) return false;
        this.seenHead = true;
        break;
      default: break;
    }
    return true;
  }

  /** A repeated <html>/<body> adds the attributes the open one lacks; the tag itself is dropped. */
  private mergeAttribs(depth: number, attribs: Attribs): false {
    const target = this.els[depth].attribs;
    for (const k of Object.keys(attribs)) if (!Object.hasOwn(target, k)) target[k] = attribs[k];
    (this.els[depth] as HtmlElement).refresh();
    return false;
  }

  private foreignStart(info: TagInfo | undefined, name: string, attribs: Attribs, selfClosing: boolean): Element {
    const el = new HtmlElement(name, attribs, []);
    this.append(el);
    if (!selfClosing) {
      // Only integration points keep their HTML categories inside svg/math.
      const cats = info !== undefined && (info.cats & C_INTEGRATION) !== 0 ? info.cats : 0;
      this.push(el, info !== undefined && info.name === name ? info.id : this.unknownId(name), cats);
    }
    return el;
  }

  /** Close an open <p> in button scope; true if there was one. */
  private closeP(): boolean {
    const p = this.tops[ID.p];
    if (p < 0 || p < Math.max(this.catTop[B_SCOPE], this.tops[ID.button])) return false;
    this.popTo(p);
    return true;
  }

  private closeCell(): void {
    const cell = Math.max(this.tops[ID.td], this.tops[ID.th]);
    if (cell >= 0 && cell > this.catTop[B_TSCOPE]) this.popTo(cell);
  }

  private closeRow(): void {
    const tr = this.tops[ID.tr];
    if (tr >= 0 && tr > this.catTop[B_TSCOPE]) this.popTo(tr);
    else this.closeCell();
  }

  private closeHeadIfCurrent(): void {
    if (this.depth > 0 && this.ids[this.depth - 1] === ID.head) this.popTo(this.depth - 1);
  }

  private popIfCurrent(id: number): void {
    if (this.depth > 0 && this.ids[this.depth - 1] === id) this.popTo(this.depth - 1);
  }

  /** Close the element at depth `at` (and everything inside it) if it is open at or above `floor`. */
  private closeIfAtOrAbove(at: number, floor: number): void {
    if (at >= 0 && at >= floor) this.popTo(at);
  }

  // ------------------------------------------------------------------ stack

  private unknownId(name: string): number {
    let id = this.unknown.get(name);
    if (id === undefined) {
      id = this.tops.length;
      this.tops.push(-1);
      this.unknown.set(name, id);
    }
    return id;
  }

  private append(node: ChildNode): void {
    const parent = this.cur;
    const kids = parent.children;
    const n = kids.length;
    if (n > 0) {
      const prev = kids[n - 1];
      prev.next = node;
      node.prev = prev;
    }
    node.parent = parent;
    kids.push(node);
  }

  private push(el: Element, id: number, cats: number): void {
    const d = this.depth++;
    this.els[d] = el;
    this.ids[d] = id;
    this.catsOf[d] = cats;
    this.prevSame[d] = this.tops[id];
    this.tops[id] = d;
    for (let c = cats; c !== 0; c &= c - 1) {
      const b = 31 - Math.clz32(c & -c);
      this.catStacks[b].push(d);
      this.catTop[b] = d;
    }
    this.cur = el;
  }

  /** Pop every open element at depth >= d. */
  private popTo(d: number): void {
    while (this.depth > d) {
      const i = --this.depth;
      this.tops[this.ids[i]] = this.prevSame[i];
      for (let c = this.catsOf[i]; c !== 0; c &= c - 1) {
        const b = 31 - Math.clz32(c & -c);
        const s = this.catStacks[b];
        s.pop();
        this.catTop[b] = s.length > 0 ? s[s.length - 1] : -1;
      }
    }
    this.cur = d > 0 ? this.els[d - 1] : this.doc;
  }
}
