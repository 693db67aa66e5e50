import type { AnyNode, Element } from 'domhandler';
import { classVerdict, documentOrder, isElement } from './dom.ts';
import type { Candidate } from './score.ts';
import type { StatsTable } from './stats.ts';

/**
 * From scored candidates to the story's container(s): the top candidate, lifted to a common
 * ancestor when its close rivals live beside it (a story split across several wrappers), then
 * joined by those siblings that look like more of the same story.
 */
export function selectContainers(cands: Candidate[], stats: StatsTable): Element[] {
  const top = substantialTop(cands, stats);
  if (!top) return [];
  const scoreOf = new Map(cands.map((c) => [c.el, c.score] as const));
  const el = liftToCommonAncestor(top, cands, stats);
  const parent = el.parent;
  if (!parent || !isElement(parent as AnyNode)) return [el];
  const topScore = scoreOf.get(el) ?? top.score;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = el.attribs.class ?? '';
  const out: Element[] = [];
  addSiblings(el, parent as Element, { scoreOf, topScore, threshold, topClass, stats }, out);
  addSameKind(top.el, cands, out, stats);
  return out.length > 1 ? out.sort(documentOrder) : out;
}

interface SiblingContext {
  scoreOf: Map<Element, number>;
  topScore: number;
  threshold: number;
  topClass: string;
  stats: StatsTable;
}

function addSiblings(el: Element, parent: Element, c: SiblingContext, out: Element[]): void {
  const { scoreOf, topScore, threshold, topClass, stats } = c;
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === el) {
      out.push(sib);
      continue;
    }
    if (classVerdict(sib).negative) continue;
    let bonus = 0;
    if (topClass && sib.attribs.class === topClass) bonus = topScore * 0.2;
    const s = scoreOf.get(sib);
    if (s !== undefined && s + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.name === 'p' || (sib.name === 'div' && stats.get(sib).paragraphs === 0)) {
      const st = stats.get(sib);
      const ld = stats.linkDensity(sib);
      if ((st.chars > 80 && ld < 0.25) || (st.chars > 30 && ld === 0 && st.commas > 0)) out.push(sib);
    }
  }
}

/**
 * Stories split into several same-kind chunks around images or ads (`div.post-content` three
 * times, in different wrappers): the other chunks join, in document order.
 */
function addSameKind(top: Element, cands: Candidate[], out: Element[], stats: StatsTable): void {
  const cls = top.attribs.class;
  if (!cls) return;
  const best = cands[0].score;
  for (const c of cands.slice(1, 30)) {
    if (c.el.name !== top.name || c.el.attribs.class !== cls || c.score < Math.max(5, best * 0.1)) continue;
    if (stats.linkDensity(c.el) > 0.3) continue;
    const anc = ancestors(c.el);
    if (out.some((o) => o === c.el || anc.includes(o) || ancestors(o).includes(c.el))) continue;
    out.push(c.el);
  }
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let cur = el.parent;
  while (cur && isElement(cur as AnyNode)) {
    out.push(cur as Element);
    cur = cur.parent;
  }
  return out;
}

/**
 * When three or more strong candidates (≥ 75% of the best) share an ancestor within ten levels,
 * the story is spread over them: take the ancestor. Ten, not six: page builders (Elementor,
 * Gutenberg blocks, Svelte/React components) wrap each text widget in seven or eight layers of its
 * own, and with six the lift failed and a single widget became the story. Otherwise climb while
 * the parent adds little beyond the candidate (a wrapper with the same text).
 */
function liftToCommonAncestor(top: Candidate, cands: Candidate[], stats: StatsTable): Element {
  const topAnc = new Set(ancestors(top.el));
  const topChars = stats.get(top.el).chars;
  const rivals = cands.slice(1, 6).filter(
    (c) => c.el !== top.el && c.score >= top.score * 0.75 && !topAnc.has(c.el) && !ancestors(c.el).includes(top.el) && stats.get(c.el).chars >= topChars * 0.3,
  );
  let el = top.el;
  if (rivals.length >= 2) {
    const chain = ancestors(top.el).slice(0, 10);
    const rivalAncestors = rivals.map((r) => new Set(ancestors(r.el)));
    const insideOf = (anc: Element) => rivalAncestors.filter((a) => a.has(anc)).length;
    const usable = chain.filter((anc) => anc.name !== 'body' && anc.name !== 'html');
    // The lowest ancestor holding every rival, else the lowest holding two: a listicle's items sit in
    // several sections, and an ancestor holding two of them would cut the list in half.
    const all = usable.find((anc) => insideOf(anc) === rivals.length);
    el = all ?? usable.find((anc) => insideOf(anc) >= 2) ?? el;
  }
  const own = stats.get(el).chars;
  for (let i = 0; i < 3; i++) {
    const p = el.parent;
    if (!p || !isElement(p as AnyNode)) break;
    const pe = p as Element;
    if (pe.name === 'body' || pe.name === 'html') break;
    if (stats.get(pe).chars > own * 1.15) break;
    el = pe;
  }
  return el;
}

/** A winner with less text than this is a label or a widget unless nothing near its score holds more. */
const SMALL_WINNER_CHARS = 200;
const RIVAL_SCORE_SHARE = 0.6;
const RIVAL_MORE_TEXT = 5;

/**
 * The best candidate, unless it holds almost no text (a title bar whose class says "content") while one
 * of the next candidates scores nearly as well with several times its text: then that one.
 */
function substantialTop(cands: Candidate[], stats: StatsTable): Candidate | undefined {
  const top = cands[0];
  if (!top) return undefined;
  const chars = stats.get(top.el).chars;
  if (chars >= SMALL_WINNER_CHARS) return top;
  return cands.slice(1, 10).find((c) => c.score >= top.score * RIVAL_SCORE_SHARE && stats.get(c.el).chars >= Math.max(SMALL_WINNER_CHARS, chars * RIVAL_MORE_TEXT)) ?? top;
}
