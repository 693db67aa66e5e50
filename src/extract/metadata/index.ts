import type { Document } from 'domhandler';
import type { Message } from '../../model/article.ts';
import type { DateContext } from '../dates.ts';

// STUB — owned by the metadata helper; replaced with the full implementation.
/** The page-level facts, reconciled from every metadata source the page offers. */
export interface PageMetadata {
  headline: string | null;
  description: string | null;
  siteName: string | null;
  section: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  language: string | null;
  canonicalUrl: string | null;
  url: string | null;
  tags: string[];
  /** Lead image URL (og:image, JSON-LD image). */
  image: string | null;
  /** JSON-LD `articleBody`, when the page embeds it: a hint for locating the content. */
  articleBody: string | null;
  /** False when a published/updated time was found but no zone was stated or configured. */
  zoned: boolean;
  provenance: Record<string, string>;
  messages: Message[];
}

export interface MetadataContext extends DateContext {
  url: string | null;
}

export function readMetadata(_doc: Document, ctx: MetadataContext): PageMetadata {
  return {
    headline: null, description: null, siteName: null, section: null, authors: [], published: null, updated: null,
    language: null, canonicalUrl: null, url: ctx.url, tags: [], image: null, articleBody: null, zoned: true,
    provenance: {}, messages: [],
  };
}
