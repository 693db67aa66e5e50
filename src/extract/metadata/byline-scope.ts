import type { AnyNode, Element } from 'domhandler';
import { findDescendant, textOf } from './collect.ts';
import { cleanAuthors, type AuthorContext } from './authors.ts';

/**
 * Is this element inside a comment thread? Byline texts there ("Posted by John") name commenters.
 * Narrower than bylineOutside: page wrappers named "newsletter" or a sidebar layout must not hide
 * the one real byline line.
 */
export function inComments(el: Element): boolean {
  let p: Element | null = el;
  for (let d = 0; p && p.attribs && d < 14; d++, p = p.parent as Element | null) {
    const { class: cls, id } = p.attribs;
    if ((cls !== undefined && COMMENTS.test(cls)) || (id !== undefined && COMMENTS.test(id))) return true;
  }
  return false;
}

const COMMENTS = /comment|repl(?:y|ies)|respond|disqus/i;

/** A label ending in a non-author role: the name after "Fact checked by" / "Reviewed by:" is not an author. */
export const ROLE_LABEL = /(?:reviewed|checked|edited|updated|researched|verified|illustrated|photographed|photos?|translated)\s+by\s*:?$/i;

/** Up to `n` non-blank texts before the element, nearest first (earlier siblings', then the parents' earlier siblings'). */
function textsBefore(el: Element, n: number): string[] {
  const out: string[] = [];
  let node: AnyNode | null = el;
  for (let up = 0; up < 3 && node; up++, node = node.parent) {
    for (let sib = node.prev; sib; sib = sib.prev) {
      const t = sib.type === 'text' ? sib.data.trim() : sib.type === 'tag' ? textOf(sib, 120) : '';
      if (t && out.push(t) >= n) return out;
    }
  }
  return out;
}

/** A bare "by" / "by:" label, whose role may sit in the element before it ("<a>Medically reviewed</a> by <a>Jane</a>"). */
const BARE_BY = /^by\s*:?$/i;

/**
 * The label in front of a byline element: the nearest text, or, when that is a bare "by" after a
 * role ("<a>Medically reviewed</a> by <a>Jane Roe</a>"), the role label read whole.
 */
export function bylineLabel(el: Element): string {
  const [near, before] = textsBefore(el, 2);
  if (!near) return '';
  if (!BARE_BY.test(near) || !before) return near;
  const joined = `${before} ${near}`;
  return ROLE_LABEL.test(joined) ? joined : near;
}

/** A text that only labels the byline ("Author", "Written by:", "Co-authors"). */
const LABEL_ONLY = /^(?:(?:co-?)?authors?|by|(?:written|posted|published)\s+by|written|words)\s*:?$/i;

/** The element's first non-blank text that is not a label (script and style skipped), whitespace folded. */
export function firstText(root: Element): string {
  const stack: AnyNode[] = [...root.children].reverse();
  for (let seen = 0; stack.length && seen < 80; seen++) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const t = n.data.replace(/\s+/g, ' ').trim();
      if (t && !LABEL_ONLY.test(t)) return t;
    } else if (n.type === 'tag') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return '';
}

/** Is `inner` a descendant of `outer`? */
export function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/**
 * The name heading an author card whose bio makes the whole too long to read as a byline: the
 * card's first text, when it is one person's name and sits in an element of its own (a heading,
 * link or span), not at the start of the bio's prose.
 */
export function cardName(el: Element, ctx: AuthorContext): string | null {
  const first = firstText(el);
  if (!first || first.length > 60) return null;
  const holder = findDescendant(el, (d) => d.children.some((k) => k.type === 'text' && k.data.trim() !== '' && !LABEL_ONLY.test(k.data.trim())), 40);
  if (!holder || textOf(holder, 80) !== first) return null;
  const got = cleanAuthors([first], ctx, 2);
  return got.length === 1 ? got[0] : null;
}
