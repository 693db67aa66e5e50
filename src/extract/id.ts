import { hash } from 'node:crypto';
import { collapseWhitespace } from './text/perf-text.ts';

/** How many characters of normalised text identify an article without a URL. */
const TEXT_BASIS = 2000;

/**
 * Stable id: a hash of the canonical URL when there is one, else of the normalised text (lower-cased,
 * whitespace runs made one space, trimmed, its first 2,000 characters). Ids are stored: the basis must
 * never change. collapseWhitespace is `replace(/\s+/g, ' ')` without a new string per space (speed).
 */
export function articleId(url: string | null, text: string): string {
  const basis = url ? `url:${url}` : `text:${textBasis(text)}`;
  // One-shot crypto.hash (Node ≥ 20.12): the same SHA-256 hex digest as createHash().update().digest(),
  // without building a Hash object per article (speed).
  return hash('sha256', basis, 'hex').slice(0, 16);
}

/**
 * The normalised opening of the text. Only a head of twice the basis is normalised (a long story
 * is tens of thousands of characters): lower-casing and collapsing work character by character,
 * so the head's result begins with the whole text's, and when it still holds more than the basis
 * after collapsing, that prefix is the same. Otherwise (a head that was mostly white space) the
 * whole text is normalised, as before.
 */
export function textBasis(text: string): string {
  const head = text.length > TEXT_BASIS * 2 ? text.slice(0, TEXT_BASIS * 2) : text;
  const basis = collapseWhitespace(head.toLowerCase()).trim();
  if (head !== text && basis.length <= TEXT_BASIS) return collapseWhitespace(text.toLowerCase()).trim().slice(0, TEXT_BASIS);
  return basis.slice(0, TEXT_BASIS);
}
