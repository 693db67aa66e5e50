import { createHash } from 'node:crypto';

/** Stable id: a hash of the canonical URL when there is one, else of the normalised text. */
export function articleId(url: string | null, text: string): string {
  const basis = url ? `url:${url}` : `text:${text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 2000)}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}
