/**
 * An article's body as an HTML fragment: blocks become elements, text is escaped, the page's
 * links are put back on the first matching words of a paragraph (web/mail links only), and
 * the result passes the sanitiser. Pure; cached by the caller.
 */
import type { Article, Block, Link } from '../model/article.ts';
import { sanitizeFragment } from './sanitize.ts';
import { safeUrl } from './urls.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** Escape text, turning the first occurrence of each unused link text into a link. */
function inline(text: string, links: Link[], used: Set<Link>): string {
  let out = '';
  let rest = text;
  for (;;) {
    let best: { at: number; link: Link; href: string } | null = null;
    for (const l of links) {
      if (used.has(l) || l.text.trim().length < 2) continue;
      const at = rest.indexOf(l.text);
      const href = at >= 0 ? safeUrl(l.url) : null;
      if (href && (!best || at < best.at)) best = { at, link: l, href };
    }
    if (!best) return out + esc(rest);
    used.add(best.link);
    out += esc(rest.slice(0, best.at)) + `<a href="${esc(best.href)}">${esc(best.link.text)}</a>`;
    rest = rest.slice(best.at + best.link.text.length);
  }
}

function block(b: Block, links: Link[], used: Set<Link>): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.text, links, used)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, b.level));
      return `<h${level}>${inline(b.text, links, used)}</h${level}>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${inline(i, links, used)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(b.text, links, used)}</p></blockquote>`;
    case 'preformatted':
      return `<pre>${esc(b.text)}</pre>`;
    case 'table': {
      const [head, ...rows] = b.rows;
      if (!head) return '';
      const th = `<thead><tr>${head.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
      const tb = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
      return `<table>${th}<tbody>${tb}</tbody></table>`;
    }
    default:
      return '';
  }
}

export function renderBody(a: Article): string {
  const used = new Set<Link>();
  return sanitizeFragment(a.body.map((b) => block(b, a.links, used)).join('\n'));
}

export interface GalleryItem {
  src: string;
  alt: string;
  caption: string | null;
  /** Null when the caption already ends with the credit (shown once, not twice). */
  credit: string | null;
}

/** The article's images, each once: same URL or same caption twice is one photo. */
export function galleryItems(a: Article): GalleryItem[] {
  const seenUrl = new Set<string>();
  const seenCaption = new Set<string>();
  const out: GalleryItem[] = [];
  for (const img of a.images) {
    const src = safeUrl(img.url, ['http:', 'https:']);
    if (!src || seenUrl.has(src)) continue;
    const caption = img.caption?.trim() || null;
    const key = caption?.toLowerCase().replace(/\s+/g, ' ');
    if (key && seenCaption.has(key)) continue;
    seenUrl.add(src);
    if (key) seenCaption.add(key);
    const credit = img.credit?.trim() || null;
    const creditShown = credit && caption && caption.replace(/[()\s.]+$/g, '').endsWith(credit.replace(/[()\s.]+$/g, '')) ? null : credit;
    out.push({ src, alt: img.alt?.trim() ?? '', caption, credit: creditShown });
  }
  return out;
}
