/** Article → plain text for terminals and pipes: no markup, no control characters. */
import type { Article, Block } from '../../model/article.ts';
import { clean, datelineText, displayHeadline, humanTime, joinNames, safeUrl } from './common.ts';

const oneLine = (s: string) => clean(s).replace(/\s+/g, ' ').trim();
const indent = (s: string, pad: string) => s.split('\n').map((l) => pad + l).join('\n');

export function blockToText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return clean(b.text).trim();
    case 'heading': {
      const t = oneLine(b.text);
      return `${t}\n${'-'.repeat(Math.min(t.length, 72))}`;
    }
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${clean(item).trim().replace(/\n/g, '\n   ')}`).join('\n');
    case 'quote':
      return indent(clean(b.text).trim(), '  | ');
    case 'table':
      return b.rows.map((r) => r.map(oneLine).join('\t')).join('\n');
    case 'preformatted':
      return indent(clean(b.text).replace(/\n+$/, ''), '    ');
  }
}

/** One article as plain text. */
export function toText(a: Article): string {
  const parts: string[] = [];
  const h = displayHeadline(a);
  if (h) {
    const t = oneLine(h.text);
    parts.push(`${t}\n${'='.repeat(Math.min(t.length, 72))}${h.generated ? '\n(headline suggested by Dateline; the page shows none)' : ''}`);
  }
  const meta: string[] = [];
  const kicker = [a.siteName, a.section].map((s) => oneLine(s ?? '')).filter(Boolean);
  if (kicker.length) meta.push(kicker.join(' · '));
  if (a.authors.length) meta.push(`By ${joinNames(a.authors)}`);
  if (a.published) meta.push(`Published: ${humanTime(a.published)}`);
  if (a.updated) meta.push(`Updated: ${humanTime(a.updated)}`);
  const dl = datelineText(a);
  if (dl) meta.push(`Dateline: ${dl}`);
  if (meta.length) parts.push(meta.join('\n'));
  if (a.description?.trim()) parts.push(oneLine(a.description));
  for (const b of a.body) {
    const t = blockToText(b);
    if (t.trim()) parts.push(t);
  }
  for (const img of a.images) {
    const caption = [img.caption, img.credit ? `Credit: ${img.credit}` : null, img.caption ? null : img.alt].filter((s): s is string => !!s?.trim()).map(oneLine);
    const url = safeUrl(img.url);
    if (caption.length || url) parts.push(`[Image${caption.length ? `: ${caption.join(' — ')}` : ''}]${url ? ` ${url}` : ''}`);
  }
  const tail: string[] = [];
  if (a.contributors.length) tail.push(`Contributors: ${joinNames(a.contributors)}`);
  if (a.tags.length) tail.push(`Tags: ${a.tags.map(oneLine).join(', ')}`);
  const source = safeUrl(a.canonicalUrl) ?? safeUrl(a.url);
  if (source) tail.push(`Source: ${source}`);
  if (tail.length) parts.push(tail.join('\n'));
  return `${parts.join('\n\n')}\n`;
}
