/**
 * Which run of a capture becomes the story (segment.ts, chains.ts) when a comment thread, a repeated ticker
 * or a header box competes with a short story; and markup boxes left out of the body (body-blocks.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';

const run = (text: string) => extractFromText(text, opts);
const menu = (n: number, name = 'Menu label') => Array.from({ length: n }, (_, i) => `${name} ${i + 1}`);
const READERS = ['Ann Lee', 'Bo Park', 'Cy Diaz', 'Di Moss', 'Ed Kahn', 'Flo Ruiz', 'Gus Lind', 'Hal Ode'];

test('when no run is story-sized, a comment thread stamped with dates is not taken over a shorter story', () => {
  // Reader comments, each under its name and a date line: longer than the post, but stamped like a thread.
  const thread = READERS.flatMap((name, i) => [name, `July ${i + 1}, 2025 at 4:4${i} pm`, ...words(GARDEN, 2, i)]);
  const capture = [
    'Sign in to read the news of the day, it is free.', ...menu(14), 'Harbour expansion approved after long debate',
    ...words(HARBOUR, 6, 1), '8 Responses to “Harbour expansion approved after long debate”', ...thread,
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 6.'), articles[0].text.slice(0, 80));
  assert.ok(!/tomatoes|compost/i.test(articles[0].text), 'the thread is not the story');
});

test('a comment head with its date and time ("Ann on May 2, 2025 at 4:47 pm said:") stamps the thread: a short post keeps its place', () => {
  const thread = READERS.slice(0, 6).flatMap((name, i) => [`${name} on July ${i + 1}, 2025 at 4:4${i} pm said:`, ...words(GARDEN, 2, i)]);
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 4, 1), 'Comments', ...thread, 'Comments are closed.'].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.startsWith('Shipping and cranes'), articles[0].text.slice(0, 80));
  assert.ok(!articles[0].text.includes('said:') && !articles[0].text.includes('Tomatoes'), 'the comments are not the story');
});

test('a news prose line ending in "said:" without a clock time does not stamp the story', () => {
  const story = words(HARBOUR, 12, 1).flatMap((p, i) => (i % 3 === 0 ? [p, 'The harbour master told reporters at the quay and said:'] : [p]));
  const { articles } = run(['Harbour expansion approved after long debate', ...story].join('\n\n'));
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 12.'));
});

test('a small box above a wire-dateline story (taken for a headline block) is page-header text, not a story', () => {
  const capture = [
    ...menu(3), ...words(GARDEN, 2, 5), 'Weather Forecast Today For The Region', '2 hours ago', ...words(GARDEN, 2, 7), ...menu(14),
    'Harbour expansion approved after long debate', `HAMBURG (AP) — ${words(HARBOUR, 1, 1)[0]}`, ...words(HARBOUR, 4, 2),
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1, articles.map((a) => a.text.slice(0, 40)).join(' | '));
  assert.ok(articles[0].text.startsWith('HAMBURG (AP)'), articles[0].text.slice(0, 60));
});

test('one paragraph printed twice in the capture (a ticker) is not the story, however long', () => {
  const ticker = words(GARDEN, 12, 1).join(' ');
  const capture = [
    ...menu(3), ticker, ...menu(14), 'Harbour expansion approved after long debate', 'By Jane Doe', '0 Comments',
    ...words(HARBOUR, 10, 1), '© 2025 Example News. All rights reserved.', ...menu(3, 'Footer link'), ticker,
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.startsWith('Shipping and cranes'), articles[0].text.slice(0, 60));
  assert.ok(!articles[0].text.includes('Tomatoes'));
});

test('a line of HTML source (a "republish this story" box) is left out of the body', () => {
  const markup = `<h1>Harbour expansion approved after long debate</h1> <p class="byline">By Jane Doe</p> <p>${words(HARBOUR, 3, 1).join(' ')}</p>`;
  const { articles } = run(['Harbour expansion approved after long debate', ...words(HARBOUR, 6, 1), 'Republish this story', markup].join('\n\n'));
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 6.'));
  assert.ok(!articles[0].text.includes('<p'), articles[0].text.slice(-120));
});
