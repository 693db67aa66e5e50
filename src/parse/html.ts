import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';

/**
 * HTML text → DOM (htmlparser2/domhandler: the fastest parser on this stack, and it never throws
 * on malformed markup). Tag and attribute names are lower-cased; entities are decoded.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}
