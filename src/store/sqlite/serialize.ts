/**
 * An article's stored JSON and its content hash, from one serialisation: the hash covers what
 * the article says (`messages` and `provenance` describe extraction, not content), and the
 * stored JSON is the same text with those two fields appended, when they are the article's
 * last two fields (as extraction builds it). Serialising a 10–20 kB article twice was a
 * visible share of an ingest's CPU.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.ts';

/** Hash of what the article says: sha256 of its JSON without `messages` and `provenance`. */
export function contentHash(a: Article): string {
  return serializeArticle(a).hash;
}

/** `json` is exactly `JSON.stringify(a)`; `hash` is `contentHash(a)`. */
export function serializeArticle(a: Article): { hash: string; json: string } {
  const { messages, provenance, ...content } = a;
  const body = JSON.stringify(content);
  const hash = createHash('sha256').update(body).digest('hex');
  const keys = Object.keys(a);
  const n = keys.length;
  const p = n >= 2 && keys[n - 2] === 'provenance' && keys[n - 1] === 'messages' ? JSON.stringify(provenance) : undefined;
  const m = p === undefined ? undefined : JSON.stringify(messages);
  // Anything else (other field order, a value JSON leaves out): serialise the whole article.
  if (p === undefined || m === undefined || body.length < 2) return { hash, json: JSON.stringify(a) };
  const rest = `"provenance":${p},"messages":${m}}`;
  return { hash, json: body.length === 2 ? `{${rest}` : `${body.slice(0, -1)},${rest}` };
}
