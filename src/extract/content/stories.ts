import type { AnyNode, Element } from 'domhandler';
import { classVerdict, collapse, isElement, isSkipped, resolveUrl, textOf } from './dom.ts';
import type { StatsTable } from './stats.ts';

/**
 * Continuous-scroll pages print several stories one after another, each in its own `<article>`
 * (or schema.org Article item) with its own headline. Each such story root is extracted on its
 * own; a page with one story (the usual case) has no roots and is handled as a whole.
 */
export interface StoryRoot {
  el: Element;
  /** The story's own headline element text (h1/h2 near its top), if it prints one. */
  headline: string | null;
  /** `<time datetime>` inside the story, raw. */
  time: string | null;
  /** The story's own address when its headline links to it or the root carries one. */
  url: string | null;
}

const ARTICLE_TYPES = /(^|\/)(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle)$/;
/** A story root holds real prose: enough non-link text in several paragraphs. */
const MIN_STORY_CHARS = 800;
const MIN_STORY_PARAGRAPHS = 3;

function isStoryElement(el: Element): boolean {
  if (el.name === 'article') return true;
  const t = el.attribs.itemtype;
  return !!t && el.attribs.itemscope !== undefined && ARTICLE_TYPES.test(t.trim());
}

function qualifies(el: Element, stats: StatsTable): boolean {
  const s = stats.get(el);
  if (s.chars - s.linkChars < MIN_STORY_CHARS || s.paragraphs < MIN_STORY_PARAGRAPHS) return false;
  const v = classVerdict(el);
  return !(v.negative && !v.positive);
}

/** The outermost qualifying story elements, in document order (candidates come from the stats walk). */
function outermostStories(root: Element, stats: StatsTable): Element[] {
  const out: Element[] = [];
  const taken = new Set<Element>();
  for (const el of stats.storyCandidates) {
    if (el === root || !isStoryElement(el) || !qualifies(el, stats)) continue;
    let inside = false;
    for (let p = el.parent; p && p !== root; p = p.parent) if (taken.has(p as Element)) { inside = true; break; }
    if (inside) continue;
    taken.add(el);
    out.push(el);
  }
  return out;
}

/** First element matching `pred` in document order within `root`, looking at most `limit` elements. */
function findFirst(root: Element, pred: (e: Element) => boolean, limit = 400): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  let seen = 0;
  while (stack.length && seen++ < limit) {
    const n = stack.pop()!;
    if (!isElement(n) || isSkipped(n)) continue;
    if (pred(n)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}

function describe(el: Element, base: string | null): StoryRoot & { h1: boolean } {
  const h = findFirst(el, (e) => e.name === 'h1' || e.name === 'h2');
  const headline = h ? collapse(textOf(h)) || null : null;
  const link = h ? findFirst(h, (e) => e.name === 'a' && !!e.attribs.href, 20) : null;
  const own = el.attribs['data-url'] ?? el.attribs['data-href'] ?? el.attribs.itemid;
  const url = resolveUrl(own ?? link?.attribs.href, base);
  const t = findFirst(el, (e) => e.name === 'time' && !!e.attribs.datetime);
  return { el, headline, time: t?.attribs.datetime ?? null, url, h1: h?.name === 'h1' };
}

/**
 * Story roots when the page holds two or more full stories, each with its own headline;
 * otherwise an empty list (one story: the whole page is scored as usual).
 */
export function findStoryRoots(root: Element, stats: StatsTable, base: string | null): StoryRoot[] {
  const stories = outermostStories(root, stats);
  if (stories.length < 2) return [];
  const described = stories.map((el) => describe(el, base));
  // Every story must print its own headline, and the headlines must differ: otherwise these
  // are parts of one story (a page that wraps sections in <article>).
  if (described.some((d) => !d.headline)) return [];
  if (new Set(described.map((d) => d.headline!.toLowerCase())).size !== described.length) return [];
  // Separate stories carry a story's marks — a top-level headline, or a time and an address of
  // their own; sections of one long article, or items of a list page, do not.
  const ownUrls = described.every((d) => d.url) && new Set(described.map((d) => d.url)).size === described.length;
  const marked = described.every((d) => d.h1) || (ownUrls && described.every((d) => d.time));
  return marked ? described.map(({ h1: _h1, ...rest }) => rest) : [];
}
