import { decodeHTML } from 'entities';
import type { Message } from '../../model/article.ts';
import { ARTICLE_TYPES, PAGE_TYPES } from '../heuristics/metadata-words.ts';

/** What the page's JSON-LD says about the story (raw strings: cleaned by the field readers). */
export interface LdFacts {
  type: string;
  headline: string | null;
  description: string | null;
  authors: string[];
  authorUrls: string[];
  /** The story's author names with organisations kept (`authors` leaves them out): a credit when no person is named. */
  credits: string[];
  published: string | null;
  modified: string | null;
  language: string | null;
  url: string | null;
  image: string | null;
  keywords: string[];
  section: string | null;
  articleBody: string | null;
  siteName: string | null;
}

type Obj = Record<string, unknown>;
const ORG_TYPES = /organization|corporation|newsmedia|website|brand|govern/i;

/** Parse every ld+json block (repairing light damage), then read the story's node. */
export function readJsonLd(texts: string[], pageUrl: string | null, messages: Message[]): LdFacts | null {
  const nodes: { node: Obj; depth: number }[] = [];
  const byId = new Map<string, Obj>();
  for (const text of texts) {
    const data = parseLenient(text);
    if (data === undefined) {
      messages.push({ level: 'info', code: 'metadata.jsonld-invalid', text: 'A JSON-LD block could not be parsed, even after repair; it was skipped.' });
      continue;
    }
    gather(data, 0, nodes, byId);
  }
  if (!nodes.length) return null;
  const article = pickArticle(nodes, pageUrl);
  const page = nodes.find((n) => typesOf(n.node).some((t) => PAGE_TYPES.has(t)))?.node ?? null;
  const site = nodes.find((n) => typesOf(n.node).includes('website'))?.node ?? null;
  const main = article ?? page;
  if (!main) return null;
  const deref = (v: unknown): unknown => (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && byId.has(v['@id']) ? byId.get(v['@id']) : v);
  const { names, urls, credits } = readAuthors(main.author ?? main.creator, deref);
  const publisher = deref(main.publisher) ?? deref(site?.publisher);
  return {
    type: typesOf(main)[0] ?? '',
    headline: str(main.headline) ?? (article ? str(main.name) : null) ?? (page ? str(page.name) : null),
    description: str(main.description),
    authors: names,
    authorUrls: urls,
    credits,
    published: str(main.datePublished) ?? str(main.dateCreated) ?? (page ? str(page.datePublished) : null),
    modified: str(main.dateModified) ?? (page ? str(page.dateModified) : null),
    language: str(main.inLanguage) ?? (isObj(main.inLanguage) ? str(main.inLanguage.name) : null) ?? (page ? str(page.inLanguage) : null),
    url: str(main.url) ?? idOf(main.mainEntityOfPage) ?? (page ? str(page.url) : null),
    image: imageOf(main.image) ?? imageOf(main.thumbnailUrl) ?? (page ? imageOf(page.primaryImageOfPage) : null),
    keywords: listOf(main.keywords),
    section: listOf(main.articleSection)[0] ?? null,
    articleBody: typeof main.articleBody === 'string' ? decodeHTML(main.articleBody).trim() || null : null,
    // A Person publisher (a personal site) names the author, not the site.
    siteName: (isObj(publisher) && !typesOf(publisher).includes('person') ? str(publisher.name) : null) ?? nameOf(deref(main.isPartOf)) ?? (site ? str(site.name) : null),
  };
}

/** JSON.parse, else once more after stripping comment/CDATA wrappers, control characters and trailing commas. */
export function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch { /* repaired below */ }
  let s = text.trim()
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    // Raw control characters are illegal inside JSON strings and mere whitespace outside them.
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .trim()
    .replace(/;\s*$/, '');
  // Several objects pasted into one block: make them an array.
  if (/^\{/.test(s) && /\}\s*\{/.test(s)) s = `[${s.replace(/\}\s*\{/g, '},{')}]`;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

/** Every typed object, with how deep it sits (top-level and @graph members are depth 0). */
function gather(v: unknown, depth: number, out: { node: Obj; depth: number }[], byId: Map<string, Obj>): void {
  if (out.length > 800 || depth > 10) return;
  if (Array.isArray(v)) {
    for (const x of v) gather(x, depth, out, byId);
    return;
  }
  if (!isObj(v)) return;
  if (v['@type'] !== undefined) out.push({ node: v, depth });
  if (typeof v['@id'] === 'string' && Object.keys(v).length > 2) byId.set(v['@id'], v);
  for (const [k, x] of Object.entries(v)) {
    if (k === '@graph') gather(x, depth, out, byId);
    else if (typeof x === 'object' && x !== null && k !== 'articleBody') gather(x, depth + 1, out, byId);
  }
}

const bareUrl = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();

/** The story node: an article type, preferring one about this URL, at the top level, with the most facts. */
function pickArticle(nodes: { node: Obj; depth: number }[], pageUrl: string | null): Obj | null {
  let best: Obj | null = null;
  let bestScore = -Infinity;
  for (const { node, depth } of nodes) {
    const types = typesOf(node);
    if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
    let score = -depth * 2;
    if (node.headline) score += 3;
    if (node.datePublished) score += 2;
    if (node.author) score += 2;
    if (node.articleBody) score += 1;
    if (types.some((t) => t.endsWith('article') || t.endsWith('posting'))) score += 2;
    const u = str(node.url) ?? idOf(node.mainEntityOfPage);
    if (pageUrl && u && bareUrl(u) === bareUrl(pageUrl)) score += 5;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/** Authors: strings, {name}, {givenName, familyName}, @id references, arrays; organisations left out. */
function readAuthors(v: unknown, deref: (v: unknown) => unknown): { names: string[]; urls: string[]; credits: string[] } {
  const names: string[] = [];
  const urls: string[] = [];
  const credits: string[] = [];
  for (const raw of Array.isArray(v) ? v : [v]) {
    const a = deref(raw);
    if (typeof a === 'string') {
      if (/^https?:\/\//i.test(a.trim())) urls.push(a.trim());
      else if (a.trim()) {
        names.push(clean(a));
        credits.push(a);
      }
    } else if (isObj(a)) {
      const n = str(a.name) ?? [str(a.givenName), str(a.familyName)].filter(Boolean).join(' ');
      if (typeof a.name === 'string') credits.push(a.name);
      if (typesOf(a).some((t) => ORG_TYPES.test(t))) continue;
      if (n) names.push(n);
      else if (str(a.url)) urls.push(str(a.url)!);
    }
  }
  return { names, urls, credits };
}

const clean = (s: string) => decodeHTML(s.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.length && typeof v[0] === 'string') return clean(v[0]) || null;
  if (isObj(v) && typeof v['@value'] === 'string') return clean(v['@value']) || null;
  return null;
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (isObj(v)) return str(v['@id']) ?? str(v.url);
  return null;
}

function nameOf(v: unknown): string | null {
  return isObj(v) ? str(v.name) : null;
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.length ? imageOf(v[0]) : null;
  if (isObj(v)) return str(v.url) ?? str(v.contentUrl) ?? (typeof v['@id'] === 'string' && /\.(?:jpe?g|png|webp|gif)/i.test(v['@id']) ? v['@id'] : null);
  return null;
}

function listOf(v: unknown): string[] {
  if (typeof v === 'string') return v.split(',').map((x) => clean(x)).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? listOf(x) : isObj(x) && typeof x.name === 'string' ? [clean(x.name)] : []));
  return [];
}
