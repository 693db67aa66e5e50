import { createHash } from 'node:crypto';
import { collapseWhitespace } from './text/perf-text.ts';

/**
 * Stable id: a hash of the canonical URL when there is one, else of the normalised text (lower-cased,
 * whitespace runs made one space, trimmed, its first 2,000 characters). Ids are stored: the basis must
 * never change. collapseWhitespace is `replace(/\s+/g, ' ')` without a new string per space (speed).
 */
export function articleId(url: string | null, text: string): string {
  const basis = url ? `url:${url}` : `text:${collapseWhitespace(text.toLowerCase()).trim().slice(0, 2000)}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}
