import { createHash } from 'node:crypto';
import type { Article, Block, ExtractionResult, Message } from '../model/article.ts';
import { decodeBytes, looksBinary } from '../capture/decode.ts';
import { parseHtml } from '../parse/html.ts';
import { readMetadata } from './metadata/index.ts';
import { extractContent } from './content/index.ts';
import { extractFromText } from './text/index.ts';
import { parseDateline } from './dateline.ts';
import { parseContributorLine } from './contributors.ts';
import { resolveExtractOptions, type ExtractOptions, type ResolvedExtractOptions } from './options.ts';
import { blocksToText } from './text-of.ts';

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
    if (looksBinary(input)) return fail('input.binary', 'The input is binary data, not HTML or text.');
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
  const meta = readMetadata(doc, { url: opts.url, timezone: opts.timezone, referenceTime: opts.referenceTime });
  const content = extractContent(doc, { url: meta.canonicalUrl ?? opts.url, headline: meta.headline, articleBody: meta.articleBody });
  const messages: Message[] = [...meta.messages, ...content.messages];
  if (content.body.length === 0) {
    return {
      articles: [],
      messages: [...messages, { level: 'warn', code: 'extract.no-article', text: 'No article text was found on this page.' }],
    };
  }
  const provenance: Record<string, string> = { ...meta.provenance, body: 'content-scoring' };
  const { body, contributors } = takeContributors(content.body);
  if (contributors.length) provenance.contributors = 'contributor-line';
  const first = body.find((b) => b.type === 'paragraph');
  const dl = first ? parseDateline(first.text) : null;
  if (dl) provenance.dateline = 'dateline-text';
  const textOut = blocksToText(body);
  const article: Article = {
    id: articleId(meta.canonicalUrl ?? opts.url, textOut),
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
    text: textOut,
    images: content.images,
    links: content.links,
    tags: meta.tags,
    provenance,
    messages,
  };
  return { articles: [article], messages: [] };
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

/** Stable id: a hash of the canonical URL when there is one, else of the normalised text. */
export function articleId(url: string | null, text: string): string {
  const basis = url ? `url:${url}` : `text:${text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 2000)}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}
