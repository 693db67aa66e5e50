import type { Block, Image, Link, Message } from '../../model/article.ts';
import { BOILERPLATE_LINES, MAX_LINK_DENSITY } from '../heuristics/content.ts';
import type { RawBlock } from './blocks.ts';
import { isCredit, splitCredit } from '../credit.ts';

/** Fold text for comparisons: case, quotes, dashes and white space do not make two lines differ. */
const FOLD_CHARS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u2033\u2010-\u2015\u2212]/g;

export function fold(s: string): string {
  let t = s.toLowerCase();
  if (FOLD_RE.test(t)) t = t.replace(FOLD_RE, (c) => FOLD_CHARS[c]);
  FOLD_RE.lastIndex = 0;
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

const BYLINE_RE = /^(by|written by|story by|words by|von|par|por|di|door|av)\s+\p{Lu}/iu;
const DATE_ONLY_RE = /^(published|updated|posted|last updated|modified|first published)?\s*:?\s*(on\s+)?[\p{L}\d ,.:/\-–|]+\d{4}[\p{L}\d ,.:/\-–|()]*$/iu;
/** "Robert Burns, AP National Security Writer": a name, then a staff title. */
const STAFF_LINE_RE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3},? (?:[\p{L}.&' ]{0,40} )?(?:writer|reporter|correspondent|editor|contributor|columnist|staff|journalist|producer)s?$/iu;
/** A paragraph that is only a photo credit ("Photo: Hau Dinh, AP"). */
const CREDIT_LINE_RE = /^(?:photo|image|picture|credit|foto|bild|photograph|illustration)s?(?: credit)?\s*[:|]\s*.{2,80}$/i;
const YEAR_OR_MONTH_RE = /\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;
const TRAILER_RE = /^(©|\(c\)|copyright\b|all rights reserved|this (article|story) (was|has been) (updated|corrected)|tags?:|filed under|topics?:|read next|up next|citation:|this document is subject to copyright|explore further|feedback to editors|more information:|provided by\b)/i;

/** `folded` is fold(text), which the caller has already made. */
function isBoilerplate(text: string, folded: string): boolean {
  if (text.length > 160) return false;
  const t = folded.replace(/^[\s\-–—•|›»>]+|[\s.:!?…›»>|]+$/g, '');
  return BOILERPLATE_LINES.some((re) => re.test(t));
}

function blockTextOf(b: Block): string {
  return b.type === 'list' ? b.items.join('\n') : b.type === 'table' ? b.rows.map((r) => r.join(' ')).join('\n') : b.text;
}

export interface FilterContext {
  headline: string | null;
}

/**
 * Drop what the serialiser let through but is not the story: chrome lines, link lists,
 * repeats of the headline, of captions or of earlier blocks, leading byline/date lines and
 * trailing copyright/tag lines. Each kind dropped is reported once as a coded message.
 */
export function filterBlocks(raw: RawBlock[], images: Image[], ctx: FilterContext): { body: Block[]; links: Link[]; messages: Message[] } {
  const seen = new Set<string>();
  const captions = new Set<string>();
  for (const im of images) {
    if (im.caption) captions.add(fold(im.caption));
    if (im.caption && im.credit) captions.add(fold(`${im.caption} ${im.credit}`));
  }
  const headline = ctx.headline ? fold(ctx.headline) : null;
  // Each block's text is folded once, though several checks and the repeat count compare it.
  const folds = new Map<string, string>();
  const foldOnce = (t: string) => {
    let f = folds.get(t);
    if (f === undefined) folds.set(t, (f = fold(t)));
    return f;
  };
  const repeatKey = (t: string) => foldOnce(t).slice(0, REPEAT_KEY_CHARS);
  const repeats = repeatedTexts(raw, captions, repeatKey);
  const counts = new Map<string, number>();
  const note = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  const kept: RawBlock[] = [];
  for (const rb of raw) {
    const b = rb.block;
    const text = blockTextOf(b);
    const f = foldOnce(text);
    if (!f || !/[\p{L}\p{N}]/u.test(f)) continue;
    if (b.type !== 'table' && b.type !== 'preformatted' && isBoilerplate(text, f)) { note('boilerplate.chrome-line'); continue; }
    if ((b.type === 'paragraph' || b.type === 'list') && rb.linkDensity > MAX_LINK_DENSITY && text.length < 600) { note('boilerplate.link-list'); continue; }
    if (headline && f === headline) { note('boilerplate.headline-repeat'); continue; }
    if (captions.has(f)) { note('boilerplate.caption-repeat'); continue; }
    if (b.type === 'paragraph' && text.length < 100 && CREDIT_LINE_RE.test(text)) { note('boilerplate.credit-line'); continue; }
    if (text.length >= 60 && repeats.has(f.slice(0, REPEAT_KEY_CHARS))) { note('boilerplate.caption-repeat'); continue; }
    if (b.type === 'paragraph' && text.length < 400 && isCaptionLike(text)) { note('boilerplate.caption-text'); continue; }
    if (text.length >= 40 && seen.has(f)) { note('boilerplate.repeat'); continue; }
    if (isUrlDump(text)) { note('boilerplate.url-dump'); continue; }
    if (b.type === 'list' && b.items.some((i) => repeats.has(repeatKey(i)))) {
      const items = b.items.filter((i) => !repeats.has(repeatKey(i)));
      note('boilerplate.caption-repeat');
      if (items.length === 0) continue;
      rb.block = { ...b, items };
    }
    seen.add(f);
    kept.push(rb);
  }
  trimEdges(kept, note);
  const links: Link[] = [];
  const seenLinks = new Set<string>();
  for (const rb of kept) for (const l of rb.links) {
    if (seenLinks.has(l.url)) continue;
    seenLinks.add(l.url);
    links.push(l);
  }
  const messages: Message[] = [...counts].map(([code, n]) => ({ level: 'info', code, text: `${n} block${n > 1 ? 's' : ''} dropped (${code.split('.')[1]}).` }));
  return { body: kept.map((rb) => rb.block), links, messages };
}

/** Copies of a caption differ in their tails (a credit appended to one): compare their openings. */
const REPEAT_KEY_CHARS = 90;

/**
 * Long texts that stand two or more times as whole blocks or list items: galleries print each
 * caption as a list item and again as a paragraph, sometimes three times. Prose paragraphs do not
 * repeat word for word, so every copy goes (the captions are kept with their images).
 * `repeatKey(t)` is the folded opening of t (see REPEAT_KEY_CHARS).
 */
function repeatedTexts(raw: RawBlock[], captions: Set<string>, repeatKey: (t: string) => string): Set<string> {
  const count = new Map<string, number>();
  const galleryLike = new Set<string>();
  let prev = '';
  const add = (t: string, inList: boolean) => {
    if (t.length < 60) return;
    const f = repeatKey(t);
    count.set(f, (count.get(f) ?? 0) + 1);
    if (inList || (f === prev && (captions.has(f) || splitCredit(t).credit !== null))) galleryLike.add(f);
    prev = f;
  };
  for (const rb of raw) {
    const b = rb.block;
    if (b.type === 'list') for (const item of b.items) add(item, true);
    else if (b.type === 'paragraph' || b.type === 'quote') add(b.text, false);
  }
  // Only texts that look like gallery captions (a list item, or back to back with a photo
  // credit): a recipe or a table of contents may legitimately say the same line twice.
  const out = new Set<string>();
  for (const [f, n] of count) if (n >= 2 && galleryLike.has(f)) out.add(f);
  return out;
}

/**
 * A caption that leaked into the text: it ends in a photo credit ("… (Image: GETTY)",
 * "… (AP Photo/Jane Roe)") or is nothing but one ("Jane Roe | Bloomberg | Getty Images").
 */
function isCaptionLike(text: string): boolean {
  // Credits end in a parenthesis, a slash or pipe credit, a "Photo:" label or an agency name: skip the parsers otherwise.
  const tail = text.slice(-100);
  if (!/[()/|:]|\b(?:AP|AFP|Reuters|REUTERS|Getty|EPA|Images?|Photo|PHOTO|Pool|Handout)\b/.test(tail)) return false;
  if (text.length <= 80 && isCredit(text)) return true;
  const { caption, credit } = splitCredit(text);
  return credit !== null && (caption === null || !/[.!?]["”’]?\s+\p{Lu}.*[.!?]["”’]?\s+\p{Lu}/u.test(caption));
}

/** A block that is mostly bare URLs (image metadata dumped as text), not prose. */
function isUrlDump(text: string): boolean {
  const urls = text.match(/https?:\/\/\S+/g);
  if (!urls || urls.length < 2) return false;
  return urls.reduce((n, u) => n + u.length, 0) > text.length * 0.5;
}

/** Leading byline/date lines and trailing copyright/tag lines and orphan headings. */
function trimEdges(kept: RawBlock[], note: (code: string) => void): void {
  // Leading lines: within the first few blocks and before the first real paragraph, drop bylines,
  // staff, credit, date, breadcrumb and copyright lines; headings there are the article's head.
  for (let i = 0; i < Math.min(6, kept.length); ) {
    const b = kept[i].block;
    const t = blockTextOf(b).replace(/\s+/g, ' ');
    if (b.type === 'heading') {
      // Headline, kicker and standfirst above the first paragraph are the article's head, not its body.
      kept.splice(i, 1);
      note('boilerplate.title-block');
      continue;
    }
    if (b.type === 'list' && isMetaList(b.items)) {
      kept.splice(i, 1);
      note('boilerplate.byline-line');
      continue;
    }
    if (b.type === 'list' || b.type === 'table' || t.length > 250) break;
    if (isLeadingMeta(t)) {
      kept.splice(i, 1);
      note('boilerplate.byline-line');
      continue;
    }
    break;
  }
  while (kept.length) {
    const last = kept[kept.length - 1];
    const t = blockTextOf(last.block).replace(/\s+/g, ' ').trim();
    if (last.block.type === 'heading' || isTrailingChrome(t)) {
      kept.pop();
      note('boilerplate.trailer');
      continue;
    }
    break;
  }
}

const TIME_ONLY_RE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$/i;
const CRUMBS_RE = /(?:[>›»/]\s*[^>›»/]{1,40}){2,}/;
const LEAD_COPYRIGHT_RE = /^(?:©|\(c\)\s|copyright\b)/i;

/** A line at the head of the story that is about the story (who, when, where filed), not of it. */
function isLeadingMeta(t: string): boolean {
  const words = t.split(' ').length;
  if (BYLINE_RE.test(t) && (t.length <= 120 || /^\S+ \S+(?: \S+)?,/.test(t.replace(BYLINE_RE, 'X')))) return true;
  if (t.length > 120) return words <= 30 && (t.match(/\|/g)?.length ?? 0) >= 2 && YEAR_OR_MONTH_RE.test(t);
  if (STAFF_LINE_RE.test(t) || CREDIT_LINE_RE.test(t) || TIME_ONLY_RE.test(t) || LEAD_COPYRIGHT_RE.test(t)) return true;
  if (words <= 12 && CRUMBS_RE.test(t) && !/[.!?]$/.test(t)) return true;
  const stamp = /^(updated|published|posted|last updated|modified|first published)\b/i.test(t);
  const dated = !/[.!?"”]$/.test(t) && (DATE_ONLY_RE.test(t) || (YEAR_OR_MONTH_RE.test(t) && /\b(by|posted|published|updated)\b/i.test(t)));
  if (words <= 12 && (stamp || dated)) return true;
  if ((t.match(/\|/g)?.length ?? 0) >= 2 && YEAR_OR_MONTH_RE.test(t) && words <= 30) return true;
  // "Associated Press", "Jane Roe": a short line of capitalised words only.
  return words <= 4 && !/[\d.!?:;,"”]/.test(t) && t.split(' ').every((w) => /^[\p{Lu}&]/u.test(w));
}

/**
 * A short list at the head of the story that is its dateline strip ("24 July 2015", "From the
 * section US & Canada", "941 comments"): few short items, none a sentence, one a date or stamp.
 */
function isMetaList(items: string[]): boolean {
  if (items.length > 5) return false;
  if (!items.every((it) => it.length <= 60 && !/[.!?]["”]?$/.test(it))) return false;
  return items.some((it) => isLeadingMeta(it.replace(/\s+/g, ' ')) && YEAR_OR_MONTH_RE.test(it));
}

const TRAIL_PROMO_RE = /\b(newsletters?|alerts?|inbox|subscribe|sign up|download (?:our|the) app|follow us)\b/i;
const TRAIL_NAV_RE = /^(?:next|previous|prev) (?:page|article|story|post)\b|^\d+ (?:people )?(?:following|followers|comments?|shares)$/i;
const TRAIL_STAMP_RE = /\b(?:first published|last updated|updated|published)\b.*\b(?:19|20)\d{2}\b/i;

/** A line at the foot of the story that belongs to the page: copyright, tags, promos, navigation, labels. */
function isTrailingChrome(t: string): boolean {
  if (t.length >= 200) return false;
  if (TRAILER_RE.test(t) || TRAIL_NAV_RE.test(t)) return true;
  const words = t.split(' ').length;
  const sentence = /[.!?"”)]$/.test(t);
  if (words <= 15 && TRAIL_PROMO_RE.test(t)) return true;
  if (words <= 15 && TRAIL_STAMP_RE.test(t)) return true;
  return words <= 12 && !sentence && (t.match(/\|/g)?.length ?? 0) >= 2;
}
