/**
 * Realistic Article objects for tests and benchmarks, built directly (not extracted), so the
 * store and site can be tested before and independently of extraction quality. Deterministic.
 */
import type { Article, Block } from '../model/article.ts';
import { createHash } from 'node:crypto';
import { rng } from '../util/rng.ts';

const TOPICS = [
  { section: 'World', place: 'KUALA LUMPUR, Malaysia', words: ['ministers', 'summit', 'ceasefire', 'diplomats', 'Ukraine', 'Russia', 'talks', 'sanctions', 'ASEAN', 'embassy'] },
  { section: 'Business', place: 'NEW YORK', words: ['shares', 'investors', 'earnings', 'merger', 'inflation', 'bank', 'tariffs', 'quarter', 'profit', 'markets'] },
  { section: 'Science', place: 'GENEVA', words: ['researchers', 'telescope', 'vaccine', 'climate', 'species', 'laboratory', 'genome', 'satellite', 'ocean', 'fossil'] },
  { section: 'Sports', place: 'LONDON', words: ['striker', 'championship', 'coach', 'season', 'goal', 'league', 'stadium', 'title', 'injury', 'final'] },
  { section: 'Technology', place: 'SAN FRANCISCO', words: ['software', 'chip', 'startup', 'privacy', 'smartphone', 'encryption', 'servers', 'outage', 'browser', 'regulators'] },
];
const PEOPLE = ['Ana Ruiz', 'Lee Min-jun', 'Grace Okafor', 'Tom Becker', 'Priya Nair', 'Jonas Berg', 'Mei Chen', 'Omar Haddad'];
const FILL = ['said on Thursday that', 'according to officials', 'in a statement', 'after weeks of', 'as part of', 'despite concerns about', 'which could affect', 'for the first time since'];


const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function sentence(r: () => number, words: readonly string[]): string {
  const s = `${pick(r, PEOPLE)} ${pick(r, FILL)} the ${pick(r, words)} and the ${pick(r, words)} ${pick(r, FILL)} ${pick(r, words)} ${r().toString(36).slice(2, 7)}.`;
  return s[0].toUpperCase() + s.slice(1);
}

export function textOf(body: Block[]): string {
  return body.map((b) => ('text' in b ? b.text : b.type === 'list' ? b.items.join('\n') : b.rows.map((r) => r.join('\t')).join('\n'))).join('\n\n');
}

/** One realistic article; `overrides` replace fields (text is recomputed from `body` if given). */
export function makeArticle(overrides: Partial<Article> = {}, seed = 1): Article {
  const r = rng(seed);
  const topic = TOPICS[seed % TOPICS.length];
  const paragraphs = 4 + Math.floor(r() * 6);
  const body: Block[] = Array.from({ length: paragraphs }, () => ({
    type: 'paragraph' as const,
    text: Array.from({ length: 3 }, () => sentence(r, topic.words)).join(' '),
  }));
  body[0] = { type: 'paragraph', text: `${topic.place} (AP) — ${(body[0] as { text: string }).text}` };
  const url = `https://news.example.com/${topic.section.toLowerCase()}/story-${seed}`;
  const published = new Date(Date.UTC(2025, 0, 1) + seed * 3_600_000).toISOString();
  const b = overrides.body ?? body;
  const base: Article = {
    id: createHash('sha256').update(`url:${url}`).digest('hex').slice(0, 16),
    url,
    canonicalUrl: url,
    siteName: 'Example News',
    section: topic.section,
    headline: `${pick(r, PEOPLE)} says ${pick(r, topic.words)} and ${pick(r, topic.words)} talks will continue (${seed})`,
    description: sentence(r, topic.words),
    language: 'en',
    published,
    updated: new Date(Date.parse(published) + 600_000).toISOString(),
    dateline: { place: topic.place, agency: 'AP' },
    authors: [pick(r, PEOPLE)],
    contributors: [pick(r, PEOPLE)],
    body: b,
    text: textOf(b),
    images: [
      { url: `https://images.example.com/${seed}/1.jpg`, caption: `${pick(r, PEOPLE)} speaks to reporters in ${topic.place}.`, credit: 'Photo by Jane Doe/AP', alt: 'A person at a lectern' },
      { url: `https://images.example.com/${seed}/2.jpg`, caption: `The ${pick(r, topic.words)} meeting on Thursday.`, credit: 'Photo by John Roe/Reuters', alt: null },
    ],
    links: [],
    tags: [topic.section.toLowerCase(), pick(r, topic.words)],
    provenance: { headline: 'test' },
    messages: [],
  };
  const merged = { ...base, ...overrides };
  if (overrides.body && !overrides.text) merged.text = textOf(overrides.body);
  return merged;
}

/** `n` distinct articles with seeds `start…start+n-1`. */
export function makeArticles(n: number, start = 1): Article[] {
  return Array.from({ length: n }, (_, i) => makeArticle({}, start + i));
}
