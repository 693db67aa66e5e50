import type { Document } from 'domhandler';
import { parseDocument } from './fast-html.ts';

/**
 * HTML text → DOM. Dateline's own parser (src/parse/fast-html.ts): domhandler nodes like
 * htmlparser2 builds, about 3× faster here, linear at any nesting depth (htmlparser2's open-tag
 * bookkeeping goes quadratic on 100,000 nested elements), and closer to browsers on stray
 * `</body>` and misnested end tags. Tag and attribute names are lower-cased; entities decoded.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}
