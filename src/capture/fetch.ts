/**
 * Fetching one page over HTTP(S) with the limits a crawler needs: a total timeout, a size cap
 * (also on the decompressed body), at most 5 redirects, and an SSRF guard that refuses hosts
 * resolving to private, loopback, link-local or multicast addresses. The guard runs inside the
 * socket's DNS lookup, so the address checked is the address connected to (no rebinding gap).
 * Built on node:http rather than fetch() because fetch exposes neither the lookup nor the socket.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { DatelineError } from '../model/errors.ts';
import { VERSION } from '../version.ts';
import { collectCapped, DEFAULT_MAX_BYTES } from './limits.ts';
import { isBlockedAddress } from './ssrf.ts';

export interface FetchOptions {
  /** Whole-request deadline, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 64 MiB. */
  maxBytes?: number;
  /** Allow private/loopback hosts (tests, intranets). Default false. */
  allowPrivate?: boolean;
  maxRedirects?: number;
  userAgent?: string;
}

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** Response headers, lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bytes: Buffer;
}

export const USER_AGENT = `Dateline/${VERSION} (news article extractor)`;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A dns.lookup that fails with `fetch.blocked` when any resolved address is not public. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const bad = allowPrivate ? undefined : addresses.find((a) => isBlockedAddress(a.address));
      if (bad) return callback(new DatelineError('fetch.blocked', `Refused ${hostname}: it resolves to ${bad.address}, a private or local address.`) as NodeJS.ErrnoException, '');
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new DatelineError('input.bad-url', `Not a valid URL: ${raw}`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DatelineError('input.bad-url', `Only http and https URLs can be fetched: ${raw}`);
  return url;
}

function flattenHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** One request/response exchange; resolves with the response (body not yet read). */
function request(url: URL, opts: Required<FetchOptions>, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivate && net.isIP(host) && isBlockedAddress(host)) {
    return Promise.reject(new DatelineError('fetch.blocked', `Refused ${url.host}: a private or local address.`));
  }
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(opts.allowPrivate) as unknown as typeof dns.lookup,
      headers: {
        'user-agent': opts.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed per Content-Encoding, capped at `max` bytes at every stage. */
async function readBody(res: IncomingMessage, url: string, max: number): Promise<Buffer> {
  const tooLarge = () => new DatelineError('fetch.too-large', `${url}: the response is larger than ${max} bytes.`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    res.destroy();
    throw tooLarge();
  }
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!decoder) return collectCapped(res, max, tooLarge);
  pipeline(res, decoder, () => undefined);
  try {
    return await collectCapped(decoder as Readable, max, tooLarge);
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    throw new DatelineError('fetch.failed', `${url}: the ${encoding} body could not be decoded (${(err as Error).message}).`, { cause: err });
  } finally {
    decoder.destroy();
    res.destroy();
  }
}

function failure(err: unknown, url: string, timedOut: boolean, timeoutMs: number): DatelineError {
  if (timedOut) return new DatelineError('fetch.timeout', `${url}: no complete response within ${timeoutMs} ms.`, { cause: err });
  if (err instanceof DatelineError) return err;
  const e = err as NodeJS.ErrnoException;
  const why = e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? 'the host name does not resolve' : e.code === 'ECONNREFUSED' ? 'the connection was refused' : e.message;
  return new DatelineError('fetch.failed', `${url}: ${why}${e.code ? ` (${e.code})` : ''}.`, { cause: err });
}

/** Fetches `rawUrl`; throws DatelineError (`fetch.*`, `input.bad-url`) on any failure or 4xx/5xx status. */
export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts: Required<FetchOptions> = {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowPrivate: options.allowPrivate ?? false,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? USER_AGENT,
  };
  let url = parseUrl(rawUrl);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const res = await request(url, opts, controller.signal);
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (hop >= opts.maxRedirects) throw new DatelineError('fetch.failed', `${rawUrl}: more than ${opts.maxRedirects} redirects.`);
        url = parseUrl(new URL(location, url).href);
        continue;
      }
      const status = res.statusCode ?? 0;
      if (status >= 400 || status < 200) {
        res.resume();
        throw new DatelineError('fetch.status', `${url.href}: the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}.`);
      }
      const bytes = await readBody(res, url.href, opts.maxBytes);
      return { url: url.href, status, headers: flattenHeaders(res), bytes };
    }
  } catch (err) {
    throw failure(err, rawUrl, timedOut, opts.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
