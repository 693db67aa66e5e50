/**
 * A large, deterministic synthetic news corpus for benchmarks (search over 100,000 stories,
 * serving 10,000). Unlike `testing.ts` (ten words a topic, for readable tests), the vocabulary
 * here is big and skewed the way real text is: word frequencies follow a Zipf law over ~30,000
 * made-up words, each of ~400 story topics favours its own few dozen words, and names and places
 * come from pools of thousands. So common words match a third of the stories and rare ones a
 * handful — the spread that decides full-text search and related-story cost. Pure.
 */
import { createHash } from 'node:crypto';
import type { Article, Block } from '../model/article.ts';
import { textOf } from './testing.ts';
import { rng } from '../util/rng.ts';
export { rng };

const SECTIONS = ['World', 'Business', 'Science', 'Sports', 'Technology', 'Politics', 'Health', 'Culture', 'Climate', 'Opinion'];
const FUNCTION_WORDS = ('the of and to in a is that for on said with as was at by from it be has have are an he his not this but ' +
  'were they had which been after will who their more its also would about than when one new two over up there out into could all').split(' ');
const SITES = ['Example News', 'Daily Ledger', 'Harbour Times', 'Valley Courier', 'Metro Wire', 'Northern Post'];


const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cl', 'dr', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 't', 'nd', 'st', 'rk'];

function madeUpWord(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += ONSETS[Math.floor(r() * ONSETS.length)] + VOWELS[Math.floor(r() * VOWELS.length)];
  return w + CODAS[Math.floor(r() * CODAS.length)];
}

function distinctWords(r: () => number, n: number, minSyl: number, maxSyl: number): string[] {
  const seen = new Set<string>(FUNCTION_WORDS);
  const out: string[] = [];
  while (out.length < n) {
    const w = madeUpWord(r, minSyl + Math.floor(r() * (maxSyl - minSyl + 1)));
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

interface Lexicon {
  vocab: string[];
  /** Cumulative Zipf weights over `vocab`, for sampling by binary search. */
  cumulative: Float64Array;
  topics: string[][];
  people: string[];
  places: string[];
}

let lexicon: Lexicon | null = null;

/** Built once per process: the vocabulary, its Zipf table, topics, people and places. */
function lex(): Lexicon {
  if (lexicon) return lexicon;
  const r = rng(20250101);
  const vocab = distinctWords(r, 30_000, 1, 4);
  const cumulative = new Float64Array(vocab.length);
  let sum = 0;
  for (let i = 0; i < vocab.length; i++) cumulative[i] = sum += 1 / Math.pow(i + 10, 1.05);
  for (let i = 0; i < vocab.length; i++) cumulative[i] /= sum;
  // Topic words come from the rarer half of the vocabulary, so topics are what makes stories distinct.
  const topics = Array.from({ length: 400 }, () => Array.from({ length: 30 }, () => vocab[5000 + Math.floor(r() * 25_000)]));
  const given = distinctWords(r, 1500, 1, 2).map(cap);
  const family = distinctWords(r, 3000, 2, 3).map(cap);
  const people = Array.from({ length: 4000 }, () => `${given[Math.floor(r() * given.length)]} ${family[Math.floor(r() * family.length)]}`);
  const places = distinctWords(r, 2000, 2, 3).map((w) => cap(w).toUpperCase());
  lexicon = { vocab, cumulative, topics, people, places };
  return lexicon;
}

function zipfWord(L: Lexicon, r: () => number): string {
  const x = r();
  let lo = 0;
  let hi = L.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (L.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return L.vocab[lo];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function sentence(L: Lexicon, r: () => number, topic: string[], cast: string[]): string {
  const n = 12 + Math.floor(r() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    words.push(x < 0.35 ? pick(r, FUNCTION_WORDS) : x < 0.5 ? pick(r, topic) : x < 0.54 ? pick(r, cast) : zipfWord(L, r));
  }
  return cap(words.join(' ')) + '.';
}

/** Story number `seed` of the corpus: the same seed gives the same article. */
export function corpusArticle(seed: number): Article {
  const L = lex();
  const r = rng(seed * 7919 + 17);
  const topicNo = Math.floor(r() * L.topics.length);
  const topic = L.topics[topicNo];
  const section = SECTIONS[topicNo % SECTIONS.length];
  const cast = [pick(r, L.people), pick(r, L.people), pick(r, L.people)];
  const place = pick(r, L.places);
  const paragraphs = 5 + Math.floor(r() * 10);
  const body: Block[] = Array.from({ length: paragraphs }, () => ({
    type: 'paragraph' as const,
    text: Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(L, r, topic, cast)).join(' '),
  }));
  body[0] = { type: 'paragraph', text: `${place} (AP) — ${(body[0] as { text: string }).text}` };
  const site = pick(r, SITES);
  const host = site.toLowerCase().replace(/\s+/g, '') + '.example';
  const url = `https://${host}/${section.toLowerCase()}/${seed}`;
  const published = new Date(Date.UTC(2024, 0, 1) + seed * 600_000 + Math.floor(r() * 600_000)).toISOString();
  const headline = cap(`${cast[0]} ${pick(r, ['says', 'warns', 'backs', 'rejects', 'plans'])} ${pick(r, topic)} ${zipfWord(L, r)} ${pick(r, topic)} in ${cap(place.toLowerCase())}`);
  return {
    id: createHash('sha256').update(`url:${url}`).digest('hex').slice(0, 16),
    url,
    canonicalUrl: url,
    siteName: site,
    section,
    headline,
    description: sentence(L, r, topic, cast),
    language: 'en',
    published,
    updated: null,
    dateline: { place, agency: 'AP' },
    authors: [pick(r, L.people)],
    contributors: [],
    body,
    text: textOf(body),
    images: [{ url: `https://images.example.com/${seed}.jpg`, caption: `${cast[1]} in ${cap(place.toLowerCase())}.`, credit: 'Photo: AP', alt: null }],
    links: [],
    tags: [section.toLowerCase(), pick(r, topic)],
    provenance: { headline: 'synthetic' },
    messages: [],
  };
}

/** `n` corpus articles with seeds `start…start+n-1`. */
export function corpusArticles(n: number, start = 1): Article[] {
  return Array.from({ length: n }, (_, i) => corpusArticle(start + i));
}

/**
 * Realistic search queries for the corpus: words a reader would type about a story (a name, a
 * topic word, a place), a quoted phrase and a prefix, drawn from stories spread over the corpus.
 */
export function corpusQueries(count: number, corpusSize: number, seed = 99): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = corpusArticle(1 + Math.floor(r() * corpusSize));
    const hw = (a.headline ?? '').split(' ');
    const family = a.authors[0].split(' ')[1];
    // Headline words: 0–1 a name, 2 a verb, 3 and 5 topic words, 4 a word of any frequency, 7 the place.
    const kinds = [
      () => `${hw[3]} ${hw[5]}`,
      () => hw[4],
      () => family,
      () => `"${hw[3]} ${hw[4]}"`,
      () => `${hw[3].slice(0, 4)}*`,
      () => `${hw[7]} ${hw[3]}`,
      () => `${a.tags[1]} ${a.section}`,
    ];
    out.push(kinds[i % kinds.length]());
  }
  return out;
}
