import type { Article, Image, Link, Message } from '../../model/article.ts';
import type { ResolvedExtractOptions } from '../options.ts';
import type { DateValue } from '../dates.ts';
import type { Classified } from './classify.ts';
import type { Segment } from './segment.ts';
import { pickHeadline } from './headline.ts';
import { parseDateline } from '../dateline.ts';
import { articleId } from '../id.ts';
import { blocksToText } from '../text-of.ts';
import { bodyBlocks } from './body-blocks.ts';
import { SPLIT_MIN_PARAGRAPHS, SPLIT_MIN_WORDS, STORY_MIN_WORDS } from '../heuristics/text-shape.ts';
import { suggestHeadline } from './suggest.ts';
import { PAGE_STORY_MIN_PARAGRAPHS } from './split-page.ts';

/**
 * articleId hashes the first 2,000 characters of the text with whitespace runs collapsed. Lines are already
 * single-spaced and blocks are joined by one blank line, so collapsing shrinks at worst 3 characters to 2
 * ("a\n\nb"): 3,000 raw characters always normalise to 2,000 or more, and the prefix gives the same id.
 */
const ID_PREFIX_CHARS = 3_000;

/** State shared by the stories of one capture: repeats are judged across the whole page. */
export interface BuildState {
  seenParagraphs: Set<string>;
  /** Captions that came after a closed story and were not its own: they open the next one. */
  carryImages: Image[];
  opts: ResolvedExtractOptions;
}

export type Built = { article: Article } | { dropped: string };

/** One segment → an Article, or the reason it is not one (too small to be a story). */
export function buildArticle(seg: Segment, index: number, state: BuildState): Built {
  const messages: Message[] = [];
  const provenance: Record<string, string> = { body: 'text-segmentation' };
  if (index > 0) provenance.split = seg.startedBy;
  const images: Image[] = state.carryImages;
  state.carryImages = [];
  const links: Link[] = [];
  const contributors: string[] = [];
  const pick = pickHeadline(seg.preamble, seg.body, index === 0);
  // Page-header text that ran into the body ends at the headline: the story starts after it.
  if (pick.bodyAt >= 0) seg = { ...seg, preamble: [...seg.preamble, ...seg.body.slice(0, pick.bodyAt + 1)], body: seg.body.slice(pick.bodyAt + 1) };
  // Whether the run is a story is judged on its sentence-shaped text only: short lines kept inside it
  // (subheadings, product names) do not make a teaser list a story.
  const { body, repeats, words, paragraphs, firstText } = bodyBlocks(seg.body, { seenParagraphs: state.seenParagraphs, collect: (l) => collect(l, images, links, contributors) });
  const dl = parseDateline(firstText);
  if (!dl && (words < STORY_MIN_WORDS || (index > 0 && (paragraphs < minParagraphs(seg) || words < SPLIT_MIN_WORDS)))) {
    return { dropped: `${paragraphs} paragraph(s), ${words} words, no dateline` };
  }
  takeTail(seg, images, links, contributors, state);
  if (repeats) messages.push({ level: 'info', code: 'boilerplate.repeat', text: `${repeats} repeated paragraph(s) were kept once.` });
  Object.assign(provenance, pick.provenance);
  const meta = preambleMeta(seg, provenance, messages);
  if (dl) provenance.dateline = 'dateline-text';
  if (contributors.length) provenance.contributors = 'contributor-line';
  if (images.length) provenance.images = 'text-caption-credit';
  const text = blocksToText(body);
  const article: Article = {
    // The id hashes the first 2,000 normalised characters: a prefix this long gives the same id, cheaper.
    id: articleId(index === 0 ? state.opts.url : null, text.length > ID_PREFIX_CHARS ? text.slice(0, ID_PREFIX_CHARS) : text),
    url: index === 0 ? state.opts.url : null,
    canonicalUrl: null,
    siteName: null,
    section: pick.section,
    headline: pick.headline,
    ...(pick.headline === null ? { suggestedHeadline: suggestHeadline(firstText, dl?.matched ?? '') } : {}),
    description: null,
    language: null,
    published: meta.published?.iso ?? null,
    updated: meta.updated?.iso ?? null,
    dateline: dl ? { place: dl.place, agency: dl.agency } : null,
    authors: meta.authors,
    contributors,
    body,
    text,
    images,
    links,
    tags: [],
    provenance,
    messages,
  };
  return { article };
}

/**
 * A later story needs SPLIT_MIN_PARAGRAPHS, except after a page's copyright line: what follows it is the
 * next page of a continuous scroll (see split-page.ts), and a short news story there may have 2 paragraphs.
 */
function minParagraphs(seg: Segment): number {
  return seg.startedBy === 'after-page-end' ? PAGE_STORY_MIN_PARAGRAPHS : SPLIT_MIN_PARAGRAPHS;
}

/** Trailing lines: the closed story keeps its own repeated captions; new captions after the close move on. */
function takeTail(seg: Segment, images: Image[], links: Link[], contributors: string[], state: BuildState): void {
  seg.tail.forEach((l, i) => {
    const afterClose = seg.closedAt >= 0 && i > seg.closedAt;
    if (afterClose && l.kind === 'caption' && !hasImage(images, l)) {
      addImage(state.carryImages, l);
      return;
    }
    if (afterClose && l.kind === 'link') return;
    collect(l, images, links, contributors);
  });
}

function collect(l: Classified, images: Image[], links: Link[], contributors: string[]): void {
  if (l.kind === 'caption') addImage(images, l);
  else if (l.kind === 'link' && l.link && !links.some((k) => k.url === l.link!.url)) links.push(l.link);
  else if (l.kind === 'contributor') for (const n of l.names ?? []) if (!contributors.includes(n)) contributors.push(n);
}

function hasImage(images: Image[], l: Classified): boolean {
  const key = (l.caption?.caption ?? '').toLowerCase();
  return images.some((im) => (im.caption ?? '').toLowerCase() === key && (im.credit ?? null) === (l.caption?.credit ?? null));
}

/** Each caption once; a credit-only line right after an uncredited caption completes it. */
function addImage(images: Image[], l: Classified): void {
  const cap = l.caption ?? { caption: l.text, credit: null };
  const prev = images[images.length - 1];
  if (cap.caption === null && prev && prev.credit === null) {
    prev.credit = cap.credit;
    return;
  }
  if (hasImage(images, l)) return;
  images.push({ url: null, caption: cap.caption, credit: cap.credit, alt: null });
}

/** Dates and byline: from the preamble, else from lines inside the body before its second paragraph. */
function preambleMeta(seg: Segment, provenance: Record<string, string>, messages: Message[]) {
  let published: DateValue | null = null;
  let updated: DateValue | null = null;
  const authors: string[] = [];
  const early: Classified[] = [];
  let paras = 0;
  for (const l of seg.body) {
    if (l.kind === 'prose' && ++paras >= 2) break;
    early.push(l);
  }
  for (const l of [...seg.preamble, ...early]) {
    if (l.kind === 'date' && l.date && !published && !updated) {
      published = l.date.published;
      updated = l.date.updated;
    } else if (l.kind === 'date' && l.date && !updated) updated = l.date.updated ?? l.date.published;
    if (l.kind === 'byline' && authors.length === 0) authors.push(...(l.names ?? []));
  }
  if (published) provenance.published = 'text-date-line';
  if (updated) provenance.updated = 'text-date-line';
  if (authors.length) provenance.authors = 'text-byline';
  if ([published, updated].some((d) => d && d.hasTime && !d.zoned)) {
    messages.push({ level: 'warn', code: 'date.no-zone', text: 'The capture gives times without a zone; set the timezone option to place them.' });
  }
  return { published, updated, authors };
}
