/** Renderings of an Article for people: Markdown, plain text and a standalone HTML document. */
export { toMarkdown } from './markdown.ts';
export { toText } from './text.ts';
export { toHtml, toHtmlDocument, articleToHtml } from './html.ts';
