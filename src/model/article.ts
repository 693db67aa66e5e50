/**
 * The Article: Dateline's JSON contract. Field names are stable (DESIGN.md); add, never rename.
 */

/** Inline text is kept plain; links found inside the body are listed in `Article.links`. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; text: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'preformatted'; text: string };

export type BlockType = Block['type'];

export interface Image {
  url: string | null;
  caption: string | null;
  credit: string | null;
  alt: string | null;
}

export interface Link {
  url: string;
  text: string;
}

export interface Dateline {
  place: string;
  agency: string | null;
}

export type MessageLevel = 'info' | 'warn';

/** Messages are data: a stage that drops or doubts something says so with a code. */
export interface Message {
  level: MessageLevel;
  code: string;
  text: string;
}

export interface Article {
  /** Stable: from the canonical URL, else from the normalised text. */
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  section: string | null;
  /** Null when the page shows none; never invented silently. */
  headline: string | null;
  /** A headline Dateline made up for a story the page showed without one; always marked generated. */
  suggestedHeadline?: { text: string; generated: true } | null;
  description: string | null;
  /** BCP 47. */
  language: string | null;
  /** ISO 8601, with offset when known. */
  published: string | null;
  updated: string | null;
  dateline: Dateline | null;
  authors: string[];
  contributors: string[];
  body: Block[];
  /** Body as plain text, blocks separated by a blank line. */
  text: string;
  images: Image[];
  links: Link[];
  tags: string[];
  /** Field name → the strategy that found it (e.g. `headline: 'json-ld'`). */
  provenance: Record<string, string>;
  messages: Message[];
}

/** What `extract()` returns for one input. */
export interface ExtractionResult {
  articles: Article[];
  messages: Message[];
}
