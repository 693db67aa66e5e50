import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { cosine, emptyBag, wordBag } from './vocabulary.ts';
import { parseDateline } from '../dateline.ts';
import { parseDateLine } from '../date-line.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (text: string) => extractFromText(text, opts);
/** Paragraphs made of the topic's words joined by short function words (which the vocabulary ignores). */
const words = (topic: string[], n: number, salt: number) =>
  Array.from({ length: n }, (_, i) => {
    const w = (k: number) => topic[(i * 3 + k + salt) % topic.length];
    return `${w(0)[0].toUpperCase()}${w(0).slice(1)} and ${w(1)} of the ${w(2)} as ${w(3)} in the ${w(4)}, so ${w(5)} and ${w(6)} for ${w(7)} at the ${w(1)} on ${w(2)}, paragraph ${i + 1}.`;
  });
const HARBOUR = ['Harbour', 'shipping', 'cranes', 'containers', 'dockworkers', 'freight', 'berths', 'tugboats'];
const GARDEN = ['Tomatoes', 'compost', 'seedlings', 'watering', 'mulch', 'greenhouse', 'pruning', 'blossoms'];
const menu = (n: number) => Array.from({ length: n }, (_, i) => `Menu label ${i + 1}`);

test('vocabulary: cosine is high for the same words, low for other words; short words are ignored', () => {
  const a = wordBag('harbour cranes containers freight berths', emptyBag());
  const b = wordBag('Harbour cranes, containers and freight at the berths.', emptyBag());
  const c = wordBag('tomatoes compost seedlings watering mulch', emptyBag());
  assert.ok(cosine(a, b) > 0.99);
  assert.ok(cosine(a, c) < 0.2);
  assert.equal(cosine(wordBag('a an the of to', emptyBag()), a), 0);
});

test('continuous scroll: a second page after the first one\'s footer is a second story with no headline', () => {
  const capture = [
    'Harbour expansion approved after long debate', 'By Jane Doe', ...words(HARBOUR, 14, 1),
    'Related Articles', ...menu(6), '© 2025 Example News',
    'By John Roe', ...words(GARDEN, 14, 3), 'Comments',
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 2);
  assert.equal(articles[0].headline, 'Harbour expansion approved after long debate');
  assert.equal(articles[1].headline, null);
  assert.ok(GARDEN.some((g) => articles[1].text.toLowerCase().startsWith(g.toLowerCase())), articles[1].text.slice(0, 40));
  assert.ok(!articles[0].text.includes('Menu label'));
});

test('a long inline box inside a story does not split it when the text after speaks of the same things', () => {
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 8, 1), ...menu(20), ...words(HARBOUR, 8, 2)].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 8.') && !articles[0].text.includes('Menu label'));
});

test('a long chrome run followed by text on other subjects: teasers are dropped, a story-sized text is a story', () => {
  const small = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(32), ...words(GARDEN, 2, 1)].join('\n\n');
  assert.equal(run(small).articles.length, 1);
  const big = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(32), ...words(GARDEN, 14, 1)].join('\n\n');
  assert.equal(run(big).articles.length, 2);
});

test('a comment thread after a story (a stamp per comment) is not a story', () => {
  const comments = Array.from({ length: 8 }, (_, i) => [`Reader ${i}`, 'March 3, 2025', words(GARDEN, 1, i)[0] + ' I loved it, thanks for sharing these thoughts with us.']).flat();
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(31), ...comments].join('\n\n');
  assert.equal(run(capture).articles.length, 1);
});

test('datelines: a hyphen joined to the word is not a dateline dash', () => {
  assert.equal(parseDateline('SEO-Optimized content helps clients find you.'), null);
  assert.equal(parseDateline('COOL-DOWN stretches take five minutes.'), null);
  assert.deepEqual(parseDateline('PARIS (AFP) - Talks resumed.')?.place, 'PARIS');
  assert.deepEqual(parseDateline('LONDON, Jan 5 (Reuters) - Oil rose.')?.agency, 'Reuters');
});

test('date lines: month and weekday names count only as whole words', () => {
  assert.equal(parseDateLine('Monitor 2025', { timezone: null, referenceTime: new Date() }), null);
  assert.equal(parseDateLine('Mon, July 7, 2025', { timezone: null, referenceTime: new Date() })?.published?.iso, '2025-07-07');
});

test('headline: the line above the byline beats repeated buttons and run-together menus', () => {
  const capture = [
    'HomeCase studiesPricingBlog', 'Start free trial', 'Start free trial', 'Start free trial', 'Start free trial',
    'How to price plumbing jobs for profit', 'Written by Jorge Jimenez', 'Posted on November 6th, 2025',
    ...words(HARBOUR, 6, 1), 'Start free trial',
  ].join('\n\n');
  assert.equal(run(capture).articles[0].headline, 'How to price plumbing jobs for profit');
});

test('headline: page-header prose that ran into the body ends at the headline and leaves the body', () => {
  const capture = [
    'Answers calls and books jobs around the clock for you.', 'Grow your business with expert strategies today.',
    'Harbour expansion approved after long debate', 'By Jane Doe', ...words(HARBOUR, 6, 1),
  ].join('\n\n');
  const a = run(capture).articles[0];
  assert.equal(a.headline, 'Harbour expansion approved after long debate');
  assert.ok(a.text.startsWith('Shipping and cranes') && !a.text.includes('Answers calls'), a.text.slice(0, 40));
});
