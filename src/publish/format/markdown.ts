/**
 * Article → Markdown. Text is escaped so nothing in it becomes markup (a headline with
 * `<script>` or `[x](javascript:…)` stays literal text), and only http(s) URLs become links.
 */
import type { Article, Block } from '../../model/article.ts';
import { clean, datelineText, displayHeadline, humanTime, joinNames, safeUrl } from './common.ts';

/** Escapes inline Markdown syntax and raw HTML. */
export function mdEscape(s: string): string {
  return clean(s).replace(/[\\`*_[\]<>{}|~!#]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

/** Escapes one line, also neutralising line-start syntax (headings, quotes, lists, rules). */
function mdLine(line: string): string {
  const e = mdEscape(line);
  return e.replace(/^(\s*)([-+=>]|\d+[.)])/, (_m, sp: string, mark: string) => `${sp}\\${mark}`);
}

/** A paragraph-like value: each line escaped, line breaks kept as hard breaks. */
function mdText(s: string): string {
  return clean(s).trim().split('\n').map(mdLine).join('  \n');
}

/** URLs in Markdown link targets: parentheses and spaces percent-encoded so the target cannot end early. */
const mdUrl = (u: string) => u.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function fence(text: string): string {
  const longest = Math.max(0, ...(clean(text).match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}\n${clean(text)}\n${f}`;
}

function mdTable(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (c: string | undefined) => mdEscape((c ?? '').replace(/\s+/g, ' ').trim()) || ' ';
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i])).join(' | ')} |`;
  return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

export function blockToMarkdown(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return mdText(b.text);
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, b.level)))} ${mdEscape(b.text.replace(/\s+/g, ' ').trim())}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdText(item).replace(/\n/g, '\n   ')}`).join('\n');
    case 'quote':
      return mdText(b.text).split('\n').map((l) => `> ${l}`).join('\n');
    case 'table':
      return b.rows.length ? mdTable(b.rows) : '';
    case 'preformatted':
      return fence(b.text);
  }
}

function metaLines(a: Article): string[] {
  const out: string[] = [];
  const kicker = [a.siteName, a.section].map((s) => clean(s).trim()).filter(Boolean);
  if (kicker.length) out.push(`*${kicker.map(mdEscape).join(' · ')}*`);
  const facts: string[] = [];
  if (a.authors.length) facts.push(`By ${mdEscape(joinNames(a.authors))}`);
  if (a.published) facts.push(`Published ${mdEscape(humanTime(a.published))}`);
  if (a.updated) facts.push(`Updated ${mdEscape(humanTime(a.updated))}`);
  if (facts.length) out.push(facts.join(' · '));
  const dl = datelineText(a);
  if (dl) out.push(`Dateline: ${mdEscape(dl)}`);
  return out;
}

function imageToMarkdown(img: Article['images'][number]): string {
  const url = safeUrl(img.url);
  const lines: string[] = [];
  if (url) lines.push(`![${mdEscape((img.alt ?? '').replace(/\s+/g, ' ').trim())}](${mdUrl(url)})`);
  const caption = [img.caption, img.credit ? `Credit: ${img.credit}` : null].filter((s): s is string => !!s?.trim());
  if (caption.length) lines.push(`*${caption.map((c) => mdEscape(c.replace(/\s+/g, ' ').trim())).join(' — ')}*`);
  return lines.join('\n');
}

/** One article as a Markdown document. */
export function toMarkdown(a: Article): string {
  const parts: string[] = [];
  const h = displayHeadline(a);
  if (h) parts.push(`# ${mdEscape(h.text.replace(/\s+/g, ' '))}${h.generated ? '\n\n*(headline suggested by Dateline; the page shows none)*' : ''}`);
  const meta = metaLines(a);
  if (meta.length) parts.push(meta.join('  \n'));
  if (a.description?.trim()) parts.push(`**${mdEscape(a.description.replace(/\s+/g, ' ').trim())}**`);
  for (const b of a.body) {
    const md = blockToMarkdown(b);
    if (md.trim()) parts.push(md);
  }
  for (const img of a.images) {
    const md = imageToMarkdown(img);
    if (md) parts.push(md);
  }
  const tail: string[] = [];
  if (a.contributors.length) tail.push(`Contributors: ${mdEscape(joinNames(a.contributors))}`);
  if (a.tags.length) tail.push(`Tags: ${a.tags.map((t) => mdEscape(t)).join(', ')}`);
  const source = safeUrl(a.canonicalUrl) ?? safeUrl(a.url);
  if (source) tail.push(`Source: <${mdUrl(source)}>`);
  if (tail.length) parts.push(tail.join('  \n'));
  return `${parts.join('\n\n')}\n`;
}
