import type { AnyNode, Element } from 'domhandler';
import { attrFlags, HAS_ITEMPROP } from '../../parse/element.ts';
import { ARTICLE_BODY_ITEMPROPS, BLOCK_TAGS, FURNITURE_TAGS, MIN_SCORING_CHARS, PARAGRAPH_TAGS } from '../heuristics/content.ts';
import { classVerdict, isElement, isSkipped } from './dom.ts';
import type { StatsTable } from './stats.ts';

/**
 * Container scoring: every paragraph of prose votes for the elements above it (its parent fully,
 * its grandparent half, further ancestors less), an element's own class/id and tag shift its
 * score, and link-heavy elements lose in proportion to their link density. The highest scorer is
 * the story's container. Readability made this family of heuristics well known; the weights here
 * are Dateline's own.
 */

export interface Candidate {
  el: Element;
  score: number;
}

const TAG_BASE: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, header: -5, footer: -10, nav: -20, aside: -15,
};

/** Score an element gets for being what it is, before any paragraph votes. */
export function ownWeight(el: Element): number {
  let w = TAG_BASE[el.name] ?? 0;
  // Class words count on block containers only: inline `span.text-muted` says nothing of content.
  if (!BLOCK_TAGS.has(el.name)) return w;
  const v = classVerdict(el);
  if (v.positive) w += 25;
  if (v.negative) w -= 25;
  else if (v.softNegative) w -= 10;
  const itemprop = (attrFlags(el) & HAS_ITEMPROP) !== 0 ? el.attribs.itemprop : undefined;
  if (itemprop && itemprop.split(/\s+/).some((p) => ARTICLE_BODY_ITEMPROPS.has(p))) w += 40;
  return w;
}

/** Does a div/section hold its text directly (no block children)? Then it is a paragraph too. */
function isTextDiv(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && BLOCK_TAGS.has(c.name)) return false;
  return true;
}

/**
 * Skip subtrees that are furniture, unless they hold most of the page's text (a wrapper
 * `div.has-sidebar` around the whole page must not take the story with it).
 */
function isUnlikely(el: Element, stats: StatsTable, pageChars: number): boolean {
  if (FURNITURE_TAGS.has(el.name)) return stats.get(el).chars < pageChars * 0.5;
  const v = classVerdict(el);
  if (!v.negative || v.positive || el.name === 'body' || el.name === 'article' || el.name === 'main') return false;
  return stats.get(el).chars < pageChars * 0.4;
}

/** Score every element that prose votes for; returns candidates best first. */
export function scoreCandidates(root: Element, stats: StatsTable): Candidate[] {
  const scores = new Map<Element, number>();
  const pageChars = stats.get(root).chars || 1;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || isSkipped(n)) continue;
    if (n !== root && isUnlikely(n, stats, pageChars)) continue;
    const para = PARAGRAPH_TAGS.has(n.name) || ((n.name === 'div' || n.name === 'section') && isTextDiv(n));
    if (para) vote(n, n.parent, stats.get(n), scores);
    else {
      const loose = looseText(n, stats);
      if (loose.chars >= MIN_SCORING_CHARS) vote(n, n, loose, scores);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    if (para && (n.name === 'td' || n.name === 'li' || n.name === 'blockquote')) {
      // Layout tables and list-based layouts hold paragraphs inside cells: let those vote as well.
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i];
        if (isElement(c) && (c.name === 'p' || c.name === 'div')) stack.push(c);
      }
    }
  }
  const out: Candidate[] = [];
  for (const [el, s] of scores) out.push({ el, score: s * (1 - stats.linkDensity(el)) });
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * Text that sits in an element between its block children (`<div>Text<br>more<div>…</div></div>`):
 * a paragraph without a `<p>`, which votes for the element itself.
 */
function looseText(el: Element, stats: StatsTable): { chars: number; commas: number } {
  const own = stats.get(el);
  let chars = own.chars - own.linkChars;
  let commas = own.commas;
  for (const c of el.children) {
    if (!isElement(c) || !BLOCK_TAGS.has(c.name)) continue;
    const s = stats.get(c);
    chars -= s.chars - s.linkChars;
    commas -= s.commas;
  }
  return { chars, commas };
}

function vote(_p: Element, first: AnyNode | null, s: { chars: number; commas: number }, scores: Map<Element, number>): void {
  if (s.chars < MIN_SCORING_CHARS) return;
  const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
  let anc = first;
  for (let level = 0; level < 5 && anc && isElement(anc as AnyNode); level++) {
    const el = anc as Element;
    let cur = scores.get(el);
    if (cur === undefined) cur = ownWeight(el);
    const divisor = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    scores.set(el, cur + points / divisor);
    anc = el.parent;
  }
}
