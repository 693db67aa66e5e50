import type { AnyNode, Element } from 'domhandler';
import { attrFlags, HAS_ITEMTYPE } from '../../parse/element.ts';
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

  /**
   * Post-order walk of `root`; skipped subtrees count as empty. The stack is three parallel
   * arrays (element, next child index, inside a link) so a frame costs no allocation.
   */
  static build(root: AnyNode): StatsTable {
    const st = new StatsTable();
    if (!isElement(root) && !('children' in root)) return st;
    const els: Element[] = [root as Element];
    const stats: NodeStats[] = [{ chars: 0, linkChars: 0, commas: 0, paragraphs: 0 }];
    const next: number[] = [0];
    const inLink: boolean[] = [false];
    let top = 0;
    while (top >= 0) {
      const ch = els[top].children;
      const i = next[top];
      if (i < ch.length) {
        next[top] = i + 1;
        const n = ch[i];
        if (isText(n)) {
          const t = textStats(n.data);
          if (t.chars === 0) continue;
          const s = stats[top];
          s.chars += t.chars;
          s.commas += t.commas;
          if (inLink[top]) s.linkChars += t.chars;
        } else if (isElement(n) && !isSkipped(n)) {
          if (n.name === 'article' || (attrFlags(n) & HAS_ITEMTYPE) !== 0) st.storyCandidates.push(n);
          top++;
          els[top] = n;
          next[top] = 0;
          inLink[top] = inLink[top - 1] || n.name === 'a';
          stats[top] = { chars: 0, linkChars: 0, commas: 0, paragraphs: n.name === 'p' ? 1 : 0 };
        }
        continue;
      }
      const s = stats[top];
      st.table.set(els[top], s);
      top--;
      if (top >= 0) {
        const parent = stats[top];
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.commas += s.commas;
        parent.paragraphs += s.paragraphs;
      }
    }
    return st;
  }
}
