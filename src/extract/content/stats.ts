import type { AnyNode, Element } from 'domhandler';
import { isElement, isSkipped, isText } from './dom.ts';

/** Per-element text statistics, computed once bottom-up and shared by scoring and cleaning. */
export interface NodeStats {
  /** Characters of visible text (white space runs counted once). */
  chars: number;
  /** Characters of that text inside links. */
  linkChars: number;
  /** Commas (Latin and CJK): prose has them, menus do not. */
  commas: number;
  /** Number of `<p>` elements below. */
  paragraphs: number;
}

const ZERO: NodeStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0 };

/** Counts of the text being summed; one scratch object, so a text node costs no allocation. */
const scratch = { chars: 0, commas: 0 };

function textStats(data: string): typeof scratch {
  let chars = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      if (!space) {
        chars++;
        space = true;
      }
      continue;
    }
    space = false;
    chars++;
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
  }
  scratch.chars = chars;
  scratch.commas = commas;
  return scratch;
}

export class StatsTable {
  private readonly table = new Map<Element, NodeStats>();
  /** `<article>`s and elements with an `itemtype`, in document order: the possible story roots. */
  readonly storyCandidates: Element[] = [];

  get(el: Element): NodeStats {
    return this.table.get(el) ?? ZERO;
  }

  linkDensity(el: Element): number {
    const s = this.get(el);
    return s.chars ? s.linkChars / s.chars : 0;
  }

  /** Post-order walk of `root` with an explicit stack; skipped subtrees count as empty. */
  static build(root: AnyNode): StatsTable {
    const st = new StatsTable();
    type Frame = { el: Element; s: NodeStats; i: number; inLink: boolean };
    if (!isElement(root) && !('children' in root)) return st;
    const rootEl = root as Element;
    const stack: Frame[] = [{ el: rootEl, s: { chars: 0, linkChars: 0, commas: 0, paragraphs: 0 }, i: 0, inLink: false }];
    while (stack.length) {
      const f = stack[stack.length - 1];
      const ch = f.el.children;
      if (f.i < ch.length) {
        const n = ch[f.i++];
        if (isText(n)) {
          const t = textStats(n.data);
          if (t.chars === 0) continue;
          f.s.chars += t.chars;
          f.s.commas += t.commas;
          if (f.inLink) f.s.linkChars += t.chars;
        } else if (isElement(n) && !isSkipped(n)) {
          if (n.name === 'article' || n.attribs.itemtype !== undefined) st.storyCandidates.push(n);
          stack.push({ el: n, s: { chars: 0, linkChars: 0, commas: 0, paragraphs: n.name === 'p' ? 1 : 0 }, i: 0, inLink: f.inLink || n.name === 'a' });
        }
        continue;
      }
      stack.pop();
      st.table.set(f.el, f.s);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.s.chars += f.s.chars;
        parent.s.linkChars += f.s.linkChars;
        parent.s.commas += f.s.commas;
        parent.s.paragraphs += f.s.paragraphs;
      }
    }
    return st;
  }
}
