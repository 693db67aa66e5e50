import type { AnyNode, Element, Text } from 'domhandler';
import { attrFlags, classOf, HAS_ROLE, idOf, MAY_HIDE } from '../../parse/element.ts';
import { BLOCK_TAGS, NEGATIVE_WORDS, POSITIVE_WORDS, SKIP_TAGS, SOFT_NEGATIVE_WORDS } from '../heuristics/content.ts';

/** DOM helpers over domhandler nodes. Every walk is iterative: pages nest 100,000 deep in the wild. */

export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const isText = (n: AnyNode): n is Text => n.type === 'text';

/** Words of an element's class and id: "article-body mainContent" → article, body, main, content, articlebody, maincontent. */
export function classWords(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (raw.length < 2) return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    const lower = token.toLowerCase();
    const parts = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_\-:.]+/);
    for (const p of parts) if (p) words.push(p);
    if (parts.length > 1) words.push(lower.replace(/[_\-:.]/g, ''));
  }
  return words;
}

export interface ClassVerdict {
  positive: boolean;
  /** A negative word that removes furniture. */
  negative: boolean;
  /** Only soft negative words matched: lowers a score, removes nothing on its own. */
  softNegative: boolean;
}

const NONE: ClassVerdict = { positive: false, negative: false, softNegative: false };
/** Pages repeat the same class strings hundreds of times: judge each distinct string once. */
const verdictByString = new Map<string, ClassVerdict>();
const MAX_CACHED = 50_000;

export function classVerdict(el: Element): ClassVerdict {
  const cls = classOf(el);
  const id = idOf(el);
  const role = (attrFlags(el) & HAS_ROLE) !== 0 ? el.attribs.role : undefined;
  if (!cls && !id && !role) return NONE;
  // Most elements carry a class alone: its string is the key as it is (no concatenation).
  const key = !id && !role ? cls! : `${cls ?? ''}#${id ?? ''}#${role ?? ''}`;
  let verdict = verdictByString.get(key);
  if (verdict) return verdict;
  verdict = judge(el);
  if (verdictByString.size >= MAX_CACHED) verdictByString.clear();
  verdictByString.set(key, verdict);
  return verdict;
}

function judge(el: Element): ClassVerdict {
  const words = classWords(el);
  let positive = false;
  let negative = false;
  let soft = false;
  for (const w of words) {
    if (POSITIVE_WORDS.has(w)) positive = true;
    else if (NEGATIVE_WORDS.has(w)) {
      if (SOFT_NEGATIVE_WORDS.has(w)) soft = true;
      else negative = true;
    }
  }
  const role = el.attribs.role;
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo' || role === 'dialog' || role === 'menu' || role === 'alert') negative = true;
  // Embedded posts (tweets, Instagram) sit in "social-embed" wrappers but are part of the story.
  if (negative && (words.includes('embed') || words.includes('embedded') || words.includes('tweet'))) negative = false;
  return { positive, negative, softNegative: soft && !negative };
}

/** Hidden by markup: `hidden`, `aria-hidden`, or an inline `display:none` / `visibility:hidden`. */
export function isHidden(el: Element): boolean {
  if ((attrFlags(el) & MAY_HIDE) === 0) return false;
  const a = el.attribs;
  // React's streaming server rendering parks finished parts in `<div hidden id="S:n">` and moves
  // them into place with a script: that text is the page's, not hidden furniture.
  if (a.hidden !== undefined) return !(a.id && /^S:\d+$/.test(a.id));
  if (a['aria-hidden'] === 'true' && el.name !== 'img' && el.name !== 'figure') return true;
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/** Elements whose subtree is never text of the story. */
export function isSkipped(el: Element): boolean {
  return el.type !== 'tag' || SKIP_TAGS.has(el.name) || isHidden(el);
}

/** Whitespace-collapsed text of a subtree (skipping script/style/hidden); block boundaries become spaces. */
export function textOf(root: AnyNode): string {
  const out: string[] = [];
  const stack: (AnyNode | string)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') out.push(n);
    else if (isText(n)) out.push(n.data);
    else if (n.type === 'root') {
      const ch = (n as unknown as Element).children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    } else if (isElement(n)) {
      if (n !== root && isSkipped(n)) continue;
      if (BLOCK_TAGS.has(n.name)) {
        out.push(' ');
        stack.push(' ');
      }
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    }
  }
  return collapse(out.join(''));
}

/** Collapse runs of white space (including NBSP and zero-width characters) to single spaces. */
export function collapse(s: string): string {
  return isCollapsed(s) ? s : s.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
}

/**
 * Already collapsed: single ASCII spaces between non-space characters, and none of the other
 * characters `collapse` rewrites. Most texts are, and a scan costs less than a replace.
 */
function isCollapsed(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let prevSpace = true; // a leading space needs trimming
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 33 || (c >= 0xa0 && isWideSpace(c))) return false;
    else prevSpace = false;
  }
  return !prevSpace;
}

/** The non-ASCII white space of JavaScript's `\s`, plus the zero-width characters `collapse` folds. */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Ancestors of a node, root first, the node itself last. */
function pathOf(n: AnyNode): AnyNode[] {
  const path: AnyNode[] = [];
  for (let cur: AnyNode | null = n; cur; cur = cur.parent) path.push(cur);
  return path.reverse();
}

/**
 * Sort comparator for document order, for the few containers of a story: walks up from both
 * nodes to where their paths part and compares the two siblings there (no per-page index needed).
 */
export function documentOrder(a: AnyNode, b: AnyNode): number {
  if (a === b) return 0;
  const pa = pathOf(a), pb = pathOf(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return -1; // a is an ancestor of b
  if (i === pb.length) return 1;
  const parent = pa[i - 1] as Element | undefined;
  if (!parent) return 0;
  return parent.children.indexOf(pa[i] as Element['children'][number]) - parent.children.indexOf(pb[i] as Element['children'][number]);
}

/** The element's first ancestor-or-self with the given tag name. */
export function closest(el: Element, name: string): Element | null {
  let cur: Element | null = el;
  while (cur) {
    if (cur.name === name) return cur;
    cur = cur.parent && isElement(cur.parent as AnyNode) ? (cur.parent as Element) : null;
  }
  return null;
}

/** Resolve a URL against a base; null for anything that is not http(s) (javascript:, data:, mailto: stay out). */
export function resolveUrl(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#')) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}
