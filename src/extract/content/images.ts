import type { AnyNode, Element } from 'domhandler';
import type { Image } from '../../model/article.ts';
import { splitCredit } from '../credit.ts';
import { classWords, collapse, isElement, resolveUrl, textOf } from './dom.ts';

/** Lazy-loading attributes sites put the real image address in, most specific first. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src', 'src'];

function firstSrcsetUrl(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  // The largest candidate is usually last; any of them names the same picture.
  const parts = srcset.split(',').map((p) => p.trim().split(/\s+/)[0]).filter(Boolean);
  return parts[parts.length - 1];
}

/** The image address an `<img>` (or `<source>`) really shows, resolved; null for trackers and placeholders. */
export function imageUrl(img: Element, base: string | null): string | null {
  const a = img.attribs;
  const w = Number(a.width);
  const h = Number(a.height);
  if ((w > 0 && w <= 4) || (h > 0 && h <= 4)) return null;
  for (const name of SRC_ATTRS) {
    const v = a[name];
    if (v && !v.startsWith('data:')) return resolveUrl(v, base);
  }
  const fromSet = firstSrcsetUrl(a['data-srcset'] ?? a.srcset);
  return fromSet ? resolveUrl(fromSet, base) : null;
}

function findAll(root: Element, pred: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (pred(n)) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

const hasWord = (el: Element, words: string[]) => classWords(el).some((w) => words.includes(w));

/**
 * A `<figure>` (or a captioned image wrapper) → images with caption and credit. The credit comes
 * from an element marked as one, else it is split off the caption's end ("(AP Photo/…)").
 */
export function figureImages(fig: Element, base: string | null): Image[] {
  const imgs = findAll(fig, (e) => e.name === 'img');
  let captionEl = findAll(fig, (e) => e.name === 'figcaption')[0];
  if (!captionEl) captionEl = findAll(fig, (e) => hasWord(e, ['caption', 'captiontext', 'imagecaption']))[0];
  const creditEl = findAll(fig, (e) => hasWord(e, ['credit', 'credits', 'copyright', 'source', 'photographer']))[0];
  let caption: string | null = null;
  let credit: string | null = null;
  if (creditEl) credit = collapse(textOf(creditEl)) || null;
  if (captionEl) {
    let text = textOf(captionEl);
    if (credit && text.endsWith(credit)) text = text.slice(0, -credit.length).trim();
    const split = splitCredit(text);
    caption = split.caption;
    credit = credit ?? split.credit;
  }
  if (credit) credit = credit.replace(/^(photo|image|credit|foto|bild)s?\s*:\s*/i, '').replace(/^[(\[]|[)\]]$/g, '').trim() || null;
  const out: Image[] = [];
  const seen = new Set<string>();
  for (const img of imgs) {
    const url = imageUrl(img, base);
    if (url && seen.has(url)) continue;
    if (url) seen.add(url);
    if (!url && imgs.length > 1) continue;
    out.push({ url, caption, credit, alt: collapse(img.attribs.alt ?? '') || null });
  }
  if (out.length === 0 && caption) out.push({ url: null, caption, credit, alt: null });
  return out;
}

/** A bare `<img>` in the story's flow: no caption of its own. */
export function bareImage(img: Element, base: string | null): Image | null {
  const url = imageUrl(img, base);
  if (!url) return null;
  if (/\.svg(\?|$)/i.test(url) || /(^|[/_-])(logo|icon|avatar|sprite|spacer|pixel|blank)[._-]/i.test(url)) return null;
  return { url, caption: null, credit: null, alt: collapse(img.attribs.alt ?? '') || null };
}
