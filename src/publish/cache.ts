/**
 * Caches for rendered responses, and conditional requests (ETag / Last-Modified → 304).
 *
 * - `PageCache`: a small LRU dropped wholesale when the store's change token moves — for lists
 *   (home, sections, feeds, /api/articles), whose content depends on many rows.
 * - `VersionedCache`: for one article's page or API document, keyed by URL and stamped with the
 *   article's version. When the data moves on, an entry is not dropped: its article's version
 *   is checked (one indexed lookup) and the entry kept if unchanged, so a site that ingests all
 *   day keeps its article pages warm. What an article page shows of *other* stories (related,
 *   next, the section menu) may lag by at most `neighbourMaxAgeMs` before it is rebuilt.
 */
import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { securedResponse } from './security.ts';

/** A rendered response body with its validators, and its compressed forms once asked for. */
export interface Rendered {
  body: string;
  /** A strong ETag: a hash of the body, so equal bytes always give equal tags. */
  etag: string;
  /** HTTP date of the content's last change, when known. */
  lastModified: string | null;
  /** The body compressed, made on the first request that accepts the encoding, then reused. */
  encoded?: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

export function rendered(body: string, lastModifiedIso: string | null = null): Rendered {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  const t = lastModifiedIso ? Date.parse(lastModifiedIso) : NaN;
  return { body, etag, lastModified: Number.isFinite(t) ? new Date(t).toUTCString() : null };
}

/**
 * A request header. Under @hono/node-server the Node request's own header object is read:
 * `c.req.header()` would build a fetch `Headers` of every request header on each hit.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const v = incoming.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only otherwise. */
export function isNotModified(c: Context, r: Rendered, etag = r.etag): boolean {
  const inm = requestHeader(c, 'if-none-match');
  if (inm !== undefined) {
    if (inm.trim() === '*') return true;
    return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  }
  const ims = requestHeader(c, 'if-modified-since');
  if (ims && r.lastModified) {
    const since = Date.parse(ims);
    return Number.isFinite(since) && Date.parse(r.lastModified) <= since;
  }
  return false;
}

type Encoding = 'br' | 'gzip';
/** Bodies below this are sent as they are: compressing them saves less than the headers weigh. */
const COMPRESS_MIN_BYTES = 1024;

/** The best encoding the client accepts (brotli, then gzip), ignoring `q=0` refusals. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  let gzip = false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))) continue;
    if (name === 'br') return 'br';
    if (name === 'gzip' || name === '*') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

function encode(body: string, encoding: Encoding): Uint8Array<ArrayBuffer> {
  const out = encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) } })
    : gzipSync(body, { level: 6 });
  return new Uint8Array(out); // a copy on its own ArrayBuffer (not a slice of Node's pool), kept as long as the entry
}

/**
 * Answer with a rendered body, or 304 when the client's copy is current. The response is built
 * with a plain header object, security headers included (`securedResponse`): under
 * @hono/node-server that keeps it on the lightweight path (no fetch `Headers`, no stream),
 * which was most of the cost of a cached page. A compressed body is made once per rendering and encoding, and carries its own
 * strong ETag (RFC 9110 §8.8.1: each representation has its own).
 */
export function send(c: Context, r: Rendered, headers: Record<string, string>): Response {
  // Length in UTF-16 units: close enough to bytes for a threshold, and no scan of the body.
  const compressible = r.body.length >= COMPRESS_MIN_BYTES;
  const encoding = compressible ? chooseEncoding(requestHeader(c, 'accept-encoding')) : null;
  const etag = encoding ? `${r.etag.slice(0, -1)}-${encoding}"` : r.etag;
  const h: Record<string, string> = { ...headers, etag };
  if (compressible) h.vary = 'Accept-Encoding';
  if (r.lastModified) h['last-modified'] = r.lastModified;
  if (isNotModified(c, r, etag)) {
    delete h['content-type'];
    return securedResponse(null, 304, h);
  }
  if (!encoding) return securedResponse(r.body, 200, h);
  const encoded = ((r.encoded ??= {})[encoding] ??= encode(r.body, encoding));
  h['content-encoding'] = encoding;
  return securedResponse(encoded, 200, h);
}

/** An LRU map: `get` refreshes an entry, `set` evicts the least recently used beyond `max`. */
export class Lru<V> {
  protected readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

export class PageCache<V> extends Lru<V> {
  private token: number | null = null;

  /** Drop everything if the data changed since the last call; says whether it did. */
  sync(token: number): boolean {
    if (token === this.token) return false;
    this.clear();
    this.token = token;
    return true;
  }
}

interface Versioned<V> {
  value: V;
  version: number;
  /** The change token this entry was last known valid under. */
  token: number;
  builtAt: number;
}

export class VersionedCache<V> extends Lru<Versioned<V>> {
  constructor(
    max: number,
    private readonly neighbourMaxAgeMs = 60_000,
  ) {
    super(max);
  }

  /**
   * The cached value, if still good under `token`: built under it, or the article's version is
   * unchanged (`versionOf` is only called when the token moved) and the entry is young enough.
   */
  lookup(key: string, token: number, versionOf: () => number | null, now = Date.now()): V | undefined {
    const e = this.get(key);
    if (!e) return undefined;
    if (e.token === token) return e.value;
    if (versionOf() === e.version && now - e.builtAt < this.neighbourMaxAgeMs) {
      e.token = token;
      return e.value;
    }
    this.map.delete(key);
    return undefined;
  }

  store(key: string, value: V, version: number, token: number, now = Date.now()): void {
    this.set(key, { value, version, token, builtAt: now });
  }
}
