import type { Document, Element } from 'domhandler';
import type { Block, Image, Link, Message } from '../../model/article.ts';
import { isElement } from './dom.ts';
import { StatsTable } from './stats.ts';
import { scoreCandidates } from './score.ts';
import { selectContainers } from './select.ts';
import { serialise } from './blocks.ts';
import { filterBlocks } from './filters.ts';
import { findStoryRoots } from './stories.ts';

/** The story's content as found in the DOM. */
export interface ContentResult {
  body: Block[];
  images: Image[];
  links: Link[];
  messages: Message[];
}

export interface ContentContext {
  url: string | null;
  headline: string | null;
  /** JSON-LD articleBody, when the page has one: helps choose among candidate containers. */
  articleBody: string | null;
}

function findBody(doc: Document): Element | null {
  let html: Element | null = null;
  for (const c of doc.children) if (isElement(c) && c.name === 'html') html = c;
  const scope = html ?? doc;
  for (const c of scope.children) if (isElement(c) && c.name === 'body') return c;
  return html;
}

/**
 * Find the story in the page: score containers by the prose they hold, pick the best (with its
 * sibling parts), serialise it to blocks, and filter out what is chrome.
 */
export function extractContent(doc: Document, ctx: ContentContext): ContentResult {
  return extractStories(doc, ctx)[0] ?? { body: [], images: [], links: [], messages: [], story: null };
}

/** One story's content, and — on pages with several stories — what its own markup says of it. */
export interface StoryContent extends ContentResult {
  /** Null for a page holding one story; the story's own headline/time/url on multi-story pages. */
  story: { headline: string | null; time: string | null; url: string | null } | null;
}

/**
 * Every story on the page, in document order: usually one. Continuous-scroll pages that print
 * several full stories, each with its own headline, give one result per story.
 */
export function extractStories(doc: Document, ctx: ContentContext): StoryContent[] {
  const root = findBody(doc);
  if (!root) return [];
  const stats = StatsTable.build(root);
  const roots = findStoryRoots(root, stats, ctx.url);
  if (roots.length === 0) {
    const one = contentOf(root, stats, ctx);
    return one.body.length ? [{ ...one, story: null }] : [];
  }
  const out: StoryContent[] = [];
  for (const r of roots) {
    const c = contentOf(r.el, stats, { ...ctx, headline: r.headline });
    if (c.body.length) out.push({ ...c, story: { headline: r.headline, time: r.time, url: r.url } });
  }
  return out;
}

function contentOf(root: Element, stats: StatsTable, ctx: ContentContext): ContentResult {
  const cands = scoreCandidates(root, stats);
  const containers = selectContainers(cands, stats);
  if (containers.length === 0) return { body: [], images: [], links: [], messages: [] };
  const ser = serialise(containers, stats, ctx.url);
  const images = dedupeImages(ser.images);
  const filtered = filterBlocks(ser.blocks, images, { headline: ctx.headline });
  const messages = filtered.messages;
  if (ser.dropped) messages.push({ level: 'info', code: 'boilerplate.furniture', text: `${ser.dropped} non-story element(s) inside the story's container left out.` });
  return { body: filtered.body, images, links: filtered.links, messages };
}

function dedupeImages(images: Image[]): Image[] {
  const out: Image[] = [];
  const seen = new Set<string>();
  for (const im of images) {
    const key = im.url ?? `caption:${im.caption}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(im);
  }
  return out;
}
