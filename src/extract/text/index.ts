import type { Article, ExtractionResult, Message } from '../../model/article.ts';
import type { ResolvedExtractOptions } from '../options.ts';
import { parseText } from '../../parse/text.ts';
import { classifyLines } from './classify.ts';
import { segmentLines } from './segment.ts';
import { buildArticle, type BuildState } from './article.ts';
import type { Segment } from './segment.ts';
import { headerPromo } from './body-promo.ts';

/**
 * A plain-text capture of a news page (browser "copy all", innerText, a scraper's text) → its
 * stories, in order, without page chrome and without repeats. Pure; linear in the input; reads at
 * most MAX_TEXT_CHARS characters. No story → empty `articles` and an `extract.no-article` message
 * saying why.
 */
export function extractFromText(text: string, options: ResolvedExtractOptions): ExtractionResult {
  const parsed = parseText(text);
  const messages: Message[] = [...parsed.messages];
  if (parsed.refused) return { articles: [], messages: [...messages, parsed.refused] };
  if (parsed.lines.length === 0) return { articles: [], messages: [...messages, { level: 'warn', code: 'input.empty', text: 'The capture has no text.' }] };
  const lines = classifyLines(parsed.lines, { timezone: options.timezone, referenceTime: options.referenceTime });
  const { segments, dropped: weakDropped } = segmentLines(lines);
  const all = buildAll(segments, options);
  // A small first story over a far larger one on the same page is the page header's promo: build again without it.
  const promo = headerPromo(all.articles, all.from);
  const { articles, dropped } = promo ? buildAll(segments.filter((s) => s !== all.from[0]), options) : all;
  if (promo) dropped.unshift('a promo box above the story');
  if (weakDropped) dropped.unshift(`${weakDropped} run(s) of teaser or comment text after the story`);
  if (dropped.length && articles.length) {
    messages.push({ level: 'info', code: 'text.fragment-dropped', text: `${dropped.length} short run(s) of text were not taken as stories (${dropped.slice(0, 3).join('; ')}).` });
  }
  if (articles.length === 0) {
    const prose = lines.filter((l) => l.kind === 'prose').length;
    messages.push({
      level: 'warn', code: 'extract.no-article',
      text: `No story was found in the capture: ${lines.length} line(s), ${prose} sentence-like${dropped.length ? `; too short to be a story: ${dropped.slice(0, 3).join('; ')}` : ''}.`,
    });
  }
  return { articles, messages };
}

/** Each segment → an Article or the reason it is none; `from` holds each article's segment. */
function buildAll(segments: Segment[], options: ResolvedExtractOptions) {
  const state: BuildState = { seenParagraphs: new Set(), carryImages: [], opts: options };
  const articles: Article[] = [];
  const from: Segment[] = [];
  const dropped: string[] = [];
  for (const seg of segments) {
    const built = buildArticle(seg, articles.length, state);
    if ('article' in built) {
      articles.push(built.article);
      from.push(seg);
    } else dropped.push(built.dropped);
  }
  return { articles, dropped, from };
}
