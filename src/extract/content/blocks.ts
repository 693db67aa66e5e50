import type { AnyNode, Element } from 'domhandler';
import type { Block, Image, Link } from '../../model/article.ts';
import { BLOCK_TAGS, FURNITURE_TAGS } from '../heuristics/content.ts';
import { classVerdict, collapse, isElement, isSkipped, isText, resolveUrl, textOf } from './dom.ts';
import { bareImage, figureImages } from './images.ts';
import type { StatsTable } from './stats.ts';

/** A block as serialised, with what the filters need to judge it. */
export interface RawBlock {
  block: Block;
  /** Share of the block's characters inside links. */
  linkDensity: number;
  links: Link[];
}

export interface Serialised {
  blocks: RawBlock[];
  images: Image[];
  /** How many furniture subtrees inside the container were dropped. */
  dropped: number;
}

/**
 * Walk the story's container(s) in document order and write blocks: paragraphs from inline
 * runs, headings, lists, quotes, tables and preformatted text; figures become images. Furniture
 * inside the container (share bars, related lists, ads) is left out. Iterative, so depth is free.
 */
export function serialise(containers: Element[], stats: StatsTable, base: string | null): Serialised {
  const totalChars = containers.reduce((n, c) => n + stats.get(c).chars, 0) || 1;
  const ser = write(containers, stats, base, totalChars, true);
  if (ser.dropped === 0) return ser;
  // A class word that marks furniture ("skip", "toc", "gallery") can be a site's name for its story's
  // own sections (one `<div class="skip-item">` per section, the targets of a contents menu's jump
  // links), and small nested <article>s can be a how-to's steps rather than teaser cards: when leaving
  // such elements out leaves little of the container, class words are not trusted and link-free
  // articles stay. (Judged on the result, not on the sections: a comment thread is also a run of
  // same-class siblings holding much text, and it must stay out.)
  let kept = 0;
  for (const b of ser.blocks) kept += 'text' in b.block ? b.block.text.length : 0;
  return kept < totalChars * CLASS_DISTRUST_SHARE ? write(containers, stats, base, totalChars, false) : ser;
}

/**
 * Below this share of the container's text left after furniture is dropped, the story was lost and the
 * second pass runs. Why not higher: a short story followed by link-free teaser excerpts keeps a fifth
 * of its container, and the excerpts must stay out (measured: 0.25 took one such AEB page's teasers in).
 */
const CLASS_DISTRUST_SHARE = 0.15;

function write(containers: Element[], stats: StatsTable, base: string | null, totalChars: number, trustClasses: boolean): Serialised {
  const w = new Writer(base);
  let dropped = 0;
  // Two parallel stacks (node, and whether it is a block's closing mark): no object per task.
  const nodes: AnyNode[] = [];
  const closes: boolean[] = [];
  for (let i = containers.length - 1; i >= 0; i--) { nodes.push(containers[i]); closes.push(false); }
  const roots = new Set(containers);
  while (nodes.length) {
    const n = nodes.pop()!;
    if (closes.pop()) {
      w.flush(n as Element);
      continue;
    }
    if (isText(n)) {
      w.text(n.data);
      continue;
    }
    if (!isElement(n) || isSkipped(n)) continue;
    if (!roots.has(n) && isFurniture(n, stats, totalChars, trustClasses)) {
      dropped++;
      continue;
    }
    if (w.atomic(n, stats)) continue;
    if (n.name === 'br') {
      w.lineBreak();
      continue;
    }
    if (BLOCK_TAGS.has(n.name)) {
      w.flush(null);
      nodes.push(n);
      closes.push(true);
    }
    for (let i = n.children.length - 1; i >= 0; i--) { nodes.push(n.children[i]); closes.push(false); }
  }
  w.flush(null);
  return { blocks: w.blocks, images: w.images, dropped };
}

/** Furniture inside the container: removed unless it holds much of the container's text. */
function isFurniture(el: Element, stats: StatsTable, totalChars: number, trustClasses: boolean): boolean {
  const s = stats.get(el);
  if (FURNITURE_TAGS.has(el.name)) return s.chars < totalChars * 0.5;
  if (el.name === 'footer') return s.chars < totalChars * 0.3;
  if (el.name === 'header') return s.paragraphs === 0 || s.chars < 200;
  // A nested <article> that is small beside the story is a teaser card for another story — unless the
  // first pass left little of the story and it holds prose, not links (steps of a how-to as <article>s).
  if (el.name === 'article') return s.chars < totalChars * 0.25 && (trustClasses || stats.linkDensity(el) >= 0.2);
  const v = trustClasses ? classVerdict(el) : NO_VERDICT;
  if (v.negative && !v.positive && s.chars < totalChars * 0.4) return true;
  if ((el.name === 'div' || el.name === 'section' || el.name === 'ul' || el.name === 'ol') && s.chars > 0) {
    const ld = s.linkChars / s.chars;
    if (ld > 0.6 && s.chars < totalChars * 0.3 && !v.positive) return true;
  }
  return false;
}

const NO_VERDICT = { positive: false, negative: false, softNegative: false };
const HEADING = /^h([1-6])$/;

class Writer {
  blocks: RawBlock[] = [];
  images: Image[] = [];
  private buf: string[] = [];
  private linkChars = 0;
  private links: Link[] = [];

  constructor(private readonly base: string | null) {}

  /** Text from the page: its newlines are white space like any other (only `<br>` breaks a line). */
  text(s: string): void {
    this.buf.push(s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? s.replace(/[\r\n]+/g, ' ') : s);
  }

  /** A `<br>`: a line break inside the running paragraph. */
  lineBreak(): void {
    this.buf.push('\n');
  }

  /** Elements written whole (lists, tables, quotes, pre, figures, links); true when handled. */
  atomic(el: Element, stats: StatsTable): boolean {
    switch (el.name) {
      case 'a':
        return this.link(el);
      case 'img': {
        const img = bareImage(el, this.base);
        if (img) this.images.push(img);
        return true;
      }
      case 'figure':
        this.flush(null);
        this.images.push(...figureImages(el, this.base));
        return true;
      case 'picture':
        this.images.push(...figureImages(el, this.base));
        return true;
      case 'ul':
      case 'ol':
        return this.list(el, stats);
      case 'table':
        return this.table(el, stats);
      case 'pre':
        this.flush(null);
        this.push({ type: 'preformatted', text: rawText(el).replace(/^\n+|\s+$/g, '') }, stats.linkDensity(el));
        return true;
      case 'blockquote':
        this.flush(null);
        this.push({ type: 'quote', text: paragraphsOf(el) }, stats.linkDensity(el));
        return true;
      default:
        return false;
    }
  }

  /** Close the running inline text as a block of the kind `el` makes (paragraph by default). */
  flush(el: Element | null): void {
    if (this.buf.length === 0) return;
    const raw = this.buf.join('');
    const linkChars = this.linkChars;
    const links = this.links;
    this.buf = [];
    this.linkChars = 0;
    this.links = [];
    const h = el ? HEADING.exec(el.name) : null;
    // One <br> breaks a line; two or more (an empty line) end the paragraph.
    const parts = h ? [raw] : raw.split(/\n\s*\n/);
    const total = raw.length || 1;
    for (const part of parts) {
      const lines = part.split('\n').map(collapse).filter(Boolean);
      if (!lines.length) continue;
      const text = lines.join(h ? ' ' : '\n');
      const block: Block = h ? { type: 'heading', level: Number(h[1]), text } : { type: 'paragraph', text };
      const own = links.filter((l) => part.includes(l.text));
      this.push(block, Math.min(1, (linkChars * part.length) / total / text.length), own);
    }
  }

  private push(block: Block, linkDensity: number, links: Link[] = []): void {
    if (block.type !== 'table' && block.type !== 'list' && !block.text) return;
    this.blocks.push({ block, linkDensity, links });
  }

  private link(el: Element): boolean {
    for (const c of el.children) if (isElement(c) && (BLOCK_TAGS.has(c.name) && c.name !== 'br' && c.name !== 'img')) return false;
    for (const c of el.children) if (isElement(c) && c.name === 'img') {
      const img = bareImage(c, this.base);
      if (img) this.images.push(img);
    }
    const t = textOf(el);
    if (!t) return true;
    this.buf.push(t);
    this.linkChars += t.length;
    const url = resolveUrl(el.attribs.href, this.base);
    if (url) this.links.push({ url, text: t });
    return true;
  }

  private list(el: Element, stats: StatsTable): boolean {
    const items: string[] = [];
    for (const li of el.children) {
      if (!isElement(li) || isSkipped(li)) continue;
      const t = li.name === 'li' ? textOf(li) : '';
      if (t) items.push(t);
    }
    this.flush(null);
    if (items.length) {
      const links: Link[] = [];
      collectLinks(el, this.base, links);
      this.blocks.push({ block: { type: 'list', ordered: el.name === 'ol', items }, linkDensity: stats.linkDensity(el), links });
    }
    return true;
  }

  private table(el: Element, stats: StatsTable): boolean {
    const rows = tableRows(el, stats);
    if (!rows) return false; // a layout table: walk into it
    this.flush(null);
    if (rows.length) this.blocks.push({ block: { type: 'table', rows }, linkDensity: stats.linkDensity(el), links: [] });
    return true;
  }
}

/** Rows of a data table; null for layout tables (nested tables, or cells holding long prose). */
function tableRows(table: Element, stats: StatsTable): string[][] | null {
  const rows: string[][] = [];
  const stack: AnyNode[] = [...table.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'table') return null;
    if (n.name === 'tr') {
      const cells: string[] = [];
      for (const c of n.children) {
        if (!isElement(c) || (c.name !== 'td' && c.name !== 'th')) continue;
        if (stats.get(c).chars > 400 || stats.get(c).paragraphs > 1) return null;
        cells.push(textOf(c));
      }
      if (cells.some(Boolean)) rows.push(cells);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  if (rows.length <= 1 && (rows[0]?.length ?? 0) <= 1) return null;
  return rows;
}

/** Text with its white space kept, for `<pre>`. */
function rawText(root: Element): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.data);
    else if (isElement(n)) {
      if (n.name === 'br') out.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out.join('');
}

/** A quote's paragraphs, each on its own, separated by a blank line. */
function paragraphsOf(el: Element): string {
  const parts = el.children.filter((c): c is Element => isElement(c) && (c.name === 'p' || c.name === 'div')).map(textOf).filter(Boolean);
  return parts.length > 1 ? parts.join('\n\n') : textOf(el);
}

function collectLinks(root: Element, base: string | null, out: Link[]): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a') {
      const url = resolveUrl(n.attribs.href, base);
      const t = textOf(n);
      if (url && t) out.push({ url, text: t });
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}
