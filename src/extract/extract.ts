import type { Article, Block, ExtractionResult, Message } from '../model/article.ts';
import { decodeBytes, looksBinary } from '../capture/decode.ts';
import { binaryFormat } from '../capture/binary.ts';
import { parseHtml } from '../parse/html.ts';
import { readMetadata, type PageMetadata } from './metadata/index.ts';
import { extractStories, type StoryContent } from './content/index.ts';
import { fold } from './content/filters.ts';
import { normalizeDate, type DateContext } from './dates.ts';
import { extractFromText } from './text/index.ts';
import { parseDateline } from './dateline.ts';
import { parseContributorLine } from './contributors.ts';
import { resolveExtractOptions, type ExtractOptions, type ResolvedExtractOptions } from './options.ts';
import { blocksToText } from './text-of.ts';
import { articleId } from './id.ts';

const fail = (code: string, text: string): ExtractionResult => ({
  articles: [],
  messages: [{ level: 'warn', code, text }],
});

/** Does this text look like markup rather than a plain-text capture? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = text.slice(0, 65536).match(/<\/?(?:html|head|body|div|p|span|a|meta|script|article|section|br|li|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

/**
 * Extract the articles of one news page: HTML (string or bytes, any charset) or a plain-text
 * capture. Never throws for bad input: an unusable input gives empty `articles` and a message.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractionResult {
  const opts = resolveExtractOptions(options);
  const messages: Message[] = [];
  let text: string;
  if (typeof input === 'string') {
    if (input.length > opts.maxBytes) return fail('input.too-large', `Input is ${input.length} characters; the limit is ${opts.maxBytes}.`);
    text = input;
  } else {
    if (input.byteLength > opts.maxBytes) return fail('input.too-large', `Input is ${input.byteLength} bytes; the limit is ${opts.maxBytes}.`);
    if (input.byteLength === 0) return fail('input.empty', 'The input is empty.');
    if (looksBinary(input)) {
      const kind = binaryFormat(input);
      return fail('input.binary', `The input is binary data${kind ? ` (${kind})` : ''}, not HTML or text.`);
    }
    const decoded = decodeBytes(input, { contentType: opts.headers['content-type'] ?? null });
    messages.push(...decoded.messages);
    text = decoded.text;
  }
  if (!text.trim()) return fail('input.empty', 'The input is empty.');
  const asHtml = opts.as === 'html' || (opts.as === 'auto' && looksLikeHtml(text));
  const result = asHtml ? extractFromHtml(text, opts) : extractFromText(text, opts);
  return { articles: result.articles, messages: [...messages, ...result.messages] };
}

function extractFromHtml(html: string, opts: ResolvedExtractOptions): ExtractionResult {
  const doc = parseHtml(html);
  const dateCtx = { timezone: opts.timezone, referenceTime: opts.referenceTime };
  const meta = readMetadata(doc, { url: opts.url, ...dateCtx });
  const stories = extractStories(doc, { url: meta.canonicalUrl ?? opts.url, headline: meta.headline, articleBody: meta.articleBody });
  if (stories.length === 0) {
    return {
      articles: [],
      messages: [...meta.messages, { level: 'warn', code: 'extract.no-article', text: 'No article text was found on this page (it may be a home page, a listing or a login wall).' }],
    };
  }
  // On a multi-story page the page's metadata describes the story whose headline it names (else the first).
  const primary = Math.max(0, stories.findIndex((st) => st.story && meta.headline && fold(st.story.headline ?? '') === fold(meta.headline)));
  const articles = stories.map((st, i) => {
    let own = st.story && i !== primary ? ownMetadata(st.story, meta, dateCtx) : meta;
    if (own === meta && !meta.headline && st.story?.headline) own = { ...meta, headline: st.story.headline, provenance: { ...meta.provenance, headline: 'story-heading' } };
    return assemble(st, own, opts, i === primary ? meta.messages : []);
  });
  const messages: Message[] = [];
  if (articles.length > 1) messages.push({ level: 'info', code: 'extract.several-stories', text: `The page holds ${articles.length} stories; each is its own article.` });
  return { articles, messages };
}

/** Metadata for a secondary story on a multi-story page: its own headline, time and address; the site's facts. */
function ownMetadata(story: NonNullable<StoryContent['story']>, page: PageMetadata, ctx: DateContext): PageMetadata {
  const when = story.time ? normalizeDate(story.time, ctx) : null;
  return {
    ...page,
    headline: story.headline,
    description: null,
    authors: [],
    published: when?.iso ?? null,
    updated: null,
    canonicalUrl: story.url,
    tags: [],
    image: null,
    articleBody: null,
    provenance: { siteName: page.provenance.siteName, language: page.provenance.language, headline: 'story-heading', ...(when ? { published: 'story-time' } : {}) },
    messages: [],
  };
}

function assemble(st: StoryContent, meta: PageMetadata, opts: ResolvedExtractOptions, pageMessages: Message[]): Article {
  const provenance: Record<string, string> = { ...meta.provenance, body: 'content-scoring' };
  for (const k of Object.keys(provenance)) if (provenance[k] === undefined) delete provenance[k];
  const { body, contributors } = takeContributors(st.body);
  if (contributors.length) provenance.contributors = 'contributor-line';
  const first = body.find((b) => b.type === 'paragraph');
  const dl = first ? parseDateline(first.text) : null;
  if (dl) provenance.dateline = 'dateline-text';
  const text = blocksToText(body);
  return {
    id: articleId(meta.canonicalUrl ?? (st.story ? null : opts.url), text),
    url: opts.url,
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
    section: meta.section,
    headline: meta.headline,
    description: meta.description,
    language: meta.language,
    published: meta.published,
    updated: meta.updated,
    dateline: dl ? { place: dl.place, agency: dl.agency } : null,
    authors: meta.authors,
    contributors,
    body,
    text,
    images: st.images,
    links: st.links,
    tags: meta.tags,
    provenance,
    messages: [...pageMessages, ...st.messages],
  };
}

/** Contributor lines ("X contributed to this report.") at the end of the body leave it for `contributors`. */
function takeContributors(blocks: Block[]): { body: Block[]; contributors: string[] } {
  const contributors: string[] = [];
  const body = blocks.slice();
  for (let i = body.length - 1; i >= Math.max(0, body.length - 4); i--) {
    const b = body[i];
    if (b.type !== 'paragraph') continue;
    const names = parseContributorLine(b.text);
    if (names) {
      contributors.unshift(...names);
      body.splice(i, 1);
    }
  }
  return { body, contributors };
}
