/**
 * Article → a self-contained, readable HTML document. It is built only from the Article's typed
 * fields with every value escaped — no HTML from the page passes through — so the output is inert
 * whatever the page held: no script, no event handlers, only http(s) links and images. A strict
 * Content-Security-Policy in the document backs that up.
 */
import type { Article, Block, Image } from '../../model/article.ts';
import { clean, datelineText, displayHeadline, humanTime, safeUrl } from './common.ts';
import { ARTICLE_CSS } from './html-style.ts';

/** Escapes text for element content and double-quoted attribute values. */
export function esc(s: string | null | undefined): string {
  return clean(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

const text = (s: string) => esc(clean(s).trim()).replace(/\n/g, '<br>');
const inline = (s: string) => esc(clean(s).replace(/\s+/g, ' ').trim());

function blockToHtml(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${text(b.text)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, Math.trunc(b.level) || 2));
      return `<h${level}>${inline(b.text)}</h${level}>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${text(b.text)}</p></blockquote>`;
    case 'table': {
      if (!b.rows.length) return '';
      const row = (r: string[], cell: 'th' | 'td') => `<tr>${r.map((c) => `<${cell}>${inline(c)}</${cell}>`).join('')}</tr>`;
      const [head, ...rest] = b.rows;
      const thead = rest.length ? `<thead>${row(head, 'th')}</thead>` : '';
      return `<div class="table"><table>${thead}<tbody>${(rest.length ? rest : [head]).map((r) => row(r, 'td')).join('')}</tbody></table></div>`;
    }
    case 'preformatted':
      return `<pre>${esc(b.text)}</pre>`;
  }
}

function figure(img: Image): string {
  const url = safeUrl(img.url);
  const caption = img.caption?.trim() ? `<span class="caption">${inline(img.caption)}</span>` : '';
  const credit = img.credit?.trim() ? `<span class="credit">${inline(img.credit)}</span>` : '';
  if (!url && !caption && !credit) return '';
  const pic = url ? `<img src="${esc(url)}" alt="${esc((img.alt ?? '').replace(/\s+/g, ' ').trim())}" loading="lazy" referrerpolicy="no-referrer">` : '';
  const cap = caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : '';
  return `<figure>${pic}${cap}</figure>`;
}

function timeEl(iso: string): string {
  return `<time datetime="${esc(iso.trim())}">${esc(humanTime(iso))}</time>`;
}

function header(a: Article): string {
  const parts: string[] = [];
  const kicker = [a.siteName, a.section].map((s) => clean(s).trim()).filter(Boolean);
  if (kicker.length) parts.push(`<p class="kicker">${kicker.map(inline).join(' · ')}</p>`);
  const h = displayHeadline(a);
  if (h) parts.push(`<h1>${inline(h.text)}</h1>${h.generated ? '<p class="note">Headline suggested by Dateline; the page shows none.</p>' : ''}`);
  if (a.description?.trim()) parts.push(`<p class="standfirst">${inline(a.description)}</p>`);
  const meta: string[] = [];
  const authors = a.authors.map((n) => clean(n).trim()).filter(Boolean);
  if (authors.length) meta.push(`<span class="byline">By ${authors.map((n) => `<span class="author">${inline(n)}</span>`).join(', ')}</span>`);
  if (a.published) meta.push(`Published ${timeEl(a.published)}`);
  if (a.updated) meta.push(`Updated ${timeEl(a.updated)}`);
  if (meta.length) parts.push(`<p class="meta">${meta.join(' · ')}</p>`);
  const dl = datelineText(a);
  if (dl) parts.push(`<p class="dateline">${inline(dl)}</p>`);
  return `<header>${parts.join('')}</header>`;
}

function footer(a: Article): string {
  const parts: string[] = [];
  const contributors = a.contributors.map((n) => clean(n).trim()).filter(Boolean);
  if (contributors.length) parts.push(`<p class="contributors">Contributors: ${contributors.map(inline).join(', ')}</p>`);
  if (a.tags.length) parts.push(`<p class="tags">${a.tags.map((t) => `<span class="tag">${inline(t)}</span>`).join(' ')}</p>`);
  const links = a.links.map((l) => ({ url: safeUrl(l.url), text: l.text })).filter((l): l is { url: string; text: string } => !!l.url);
  if (links.length) {
    const items = links.map((l) => `<li><a href="${esc(l.url)}" rel="nofollow noopener noreferrer">${inline(l.text || l.url)}</a></li>`);
    parts.push(`<details><summary>Links in this story (${links.length})</summary><ul>${items.join('')}</ul></details>`);
  }
  const source = safeUrl(a.canonicalUrl) ?? safeUrl(a.url);
  if (source) parts.push(`<p class="source">Source: <a href="${esc(source)}" rel="nofollow noopener noreferrer">${esc(source)}</a></p>`);
  return parts.length ? `<footer>${parts.join('')}</footer>` : '';
}

/** One article as an `<article>` element (no document around it). */
export function articleToHtml(a: Article): string {
  const lang = a.language && LANG.test(a.language) ? ` lang="${esc(a.language)}"` : '';
  const [lead, ...more] = a.images.map(figure).filter(Boolean);
  const body = a.body.map(blockToHtml).filter(Boolean).join('\n');
  return `<article${lang}>\n${header(a)}\n${lead ?? ''}\n<div class="body">\n${body}\n</div>\n${more.join('\n')}\n${footer(a)}\n</article>`;
}

/** Several articles as one HTML document (the CLI's `--format html` for many inputs). */
export function toHtmlDocument(articles: Article[], options: { title?: string } = {}): string {
  const first = articles[0];
  const title = options.title ?? (first ? displayHeadline(first)?.text : null) ?? 'Dateline';
  const lang = first?.language && LANG.test(first.language) ? first.language : 'und';
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Dateline">',
    `<title>${inline(title)}</title>`,
    `<style>${ARTICLE_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    articles.map(articleToHtml).join('\n<hr>\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One article as a self-contained HTML document. */
export function toHtml(a: Article): string {
  return toHtmlDocument([a]);
}
