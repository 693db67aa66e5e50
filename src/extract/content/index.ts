import type { Document } from 'domhandler';
import type { Block, Image, Link, Message } from '../../model/article.ts';

/** The story's content as found in the DOM. */
export interface ContentResult {
  body: Block[];
  images: Image[];
  links: Link[];
  messages: Message[];
}

export interface ContentContext {
  url: string | null;
  headline: string | null;
  /** JSON-LD articleBody, when the page has one: helps choose among candidate containers. */
  articleBody: string | null;
}

// PLACEHOLDER — replaced by the real content extractor.
export function extractContent(_doc: Document, _ctx: ContentContext): ContentResult {
  return { body: [], images: [], links: [], messages: [] };
}
