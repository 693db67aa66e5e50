/** Dateline's public library API. The CLI and the server use only what this file exports. */
export { extract, looksLikeHtml } from './extract/extract.ts';
export type { ExtractOptions } from './extract/options.ts';
export type { Article, Block, Image, Link, Dateline, Message, ExtractionResult } from './model/article.ts';
export { DatelineError, isDatelineError, type DatelineErrorCode } from './model/errors.ts';
export { blocksToText } from './extract/text-of.ts';
export { decodeBytes, type Decoded } from './capture/decode.ts';
export { readInputs, type InputItem, type ReadOptions } from './capture/read.ts';
export { fetchUrl, type FetchOptions, type Fetched } from './capture/fetch.ts';
export { toMarkdown, toText, toHtml, toHtmlDocument } from './publish/format/index.ts';
export { VERSION } from './version.ts';
