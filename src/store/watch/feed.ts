/**
 * The item links of a news feed: RSS 2.0 (and RSS 1.0/RDF), Atom, or JSON Feed 1.x. Pure: bytes
 * in, absolute http(s) URLs out, newest first as the feed lists them. A feed that cannot be read
 * gives a reason, not an exception. (Feed reading could move to src/capture/ when that stage
 * grows a feeds module; it lives here because only `watch` uses it today.)
 */
import { XMLParser } from 'fast-xml-parser';

export type FeedLinks = { ok: true; kind: 'rss' | 'atom' | 'json'; links: string[] } | { ok: false; reason: string };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true });

const list = <T>(x: T | T[] | undefined | null): T[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

function text(x: unknown): string | null {
  if (typeof x === 'string') return x.trim() || null;
  if (typeof x === 'number') return String(x);
  if (x && typeof x === 'object' && '#text' in x) return text((x as { '#text': unknown })['#text']);
  return null;
}

/** Resolve against the feed's URL; keep http(s) only, drop fragments, no duplicates. */
function clean(raw: (string | null)[], base: string): string[] {
  const out = new Set<string>();
  for (const r of raw) {
    if (!r) continue;
    try {
      const u = new URL(r, base);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      u.hash = '';
      out.add(u.href);
    } catch {
      /* not a URL: skipped */
    }
  }
  return [...out];
}

function atomLink(entry: Record<string, unknown>): string | null {
  const links = list(entry.link as Record<string, unknown> | Record<string, unknown>[]);
  const alt = links.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate'));
  return alt ? text(alt['@_href']) : null;
}

function rssLink(item: Record<string, unknown>): string | null {
  const link = text(item.link);
  if (link) return link;
  // <guid isPermaLink="true"> (the default) is the item's URL when <link> is missing.
  const guid = item.guid as unknown;
  const perma = guid && typeof guid === 'object' ? (guid as Record<string, unknown>)['@_isPermaLink'] !== 'false' : true;
  return perma ? text(guid) : null;
}

export function feedLinks(bytes: Uint8Array | string, feedUrl: string): FeedLinks {
  const body = (typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes)).replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'The feed looks like JSON but does not parse.' };
    }
    const items = (doc as { items?: unknown }).items;
    if (!Array.isArray(items)) return { ok: false, reason: 'A JSON Feed needs an "items" array.' };
    return { ok: true, kind: 'json', links: clean(items.map((i: { url?: unknown; external_url?: unknown }) => text(i?.url) ?? text(i?.external_url)), feedUrl) };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, reason: `The feed is not well-formed XML (${(e as Error).message.split('\n')[0]}).` };
  }
  const rss = (doc.rss as Record<string, unknown> | undefined)?.channel as Record<string, unknown> | undefined;
  if (rss) return { ok: true, kind: 'rss', links: clean(list(rss.item as Record<string, unknown>[]).map(rssLink), feedUrl) };
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  if (rdf) return { ok: true, kind: 'rss', links: clean(list(rdf.item as Record<string, unknown>[]).map(rssLink), feedUrl) };
  const atom = doc.feed as Record<string, unknown> | undefined;
  if (atom) return { ok: true, kind: 'atom', links: clean(list(atom.entry as Record<string, unknown>[]).map(atomLink), feedUrl) };
  return { ok: false, reason: 'Not an RSS, Atom or JSON Feed document.' };
}
