import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { gluedVariant } from './headline.ts';
import { twoSentences } from './headline-score.ts';

/** Headline rules added for plain-text captures of pages with menus, subtitles and header promos (headline.ts). */

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const harbour = (n: number) =>
  Array.from({ length: n }, (_, i) => `The harbour council met on Tuesday to discuss the ferry terminal, and paragraph ${i + 1} gives the vote and the cost of the new quay.`);

test('a shorter line counts as the headline with something glued on only when it stands at an end of it', () => {
  assert.ok(gluedVariant('harbour vote explained by jane doe', 'harbour vote explained'));
  assert.ok(gluedVariant('harbour vote explained | may 2, 2024', 'harbour vote explained'));
  assert.ok(gluedVariant('home9 best harbour ferries', 'best harbour ferries'));
  assert.ok(gluedVariant('student news what we know why the harbour vote matters', 'why the harbour vote matters'));
  // Inside, with words on both sides, or before words that carry the sentence on: another line (a menu entry).
  assert.ok(!gluedVariant('the 16 best harbour ferries in 2025', 'best harbour ferries'));
  assert.ok(!gluedVariant('best harbour ferries of 2026', 'best harbour ferries'));
  assert.ok(!gluedVariant('the ultimate harbour checklist and timeline', 'the ultimate harbour checklist'));
});

test('a menu entry inside a longer headline does not replace it', () => {
  const head = 'The 16 Best Harbour Ferry Terminals in 2025';
  const { articles } = run(['Menu', 'Best Harbour Ferry Terminals', 'Ferry reviews', 'Contact', head, 'By Ann Lee', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('a headline over a shorter subtitle above the byline is the headline, not the subtitle', () => {
  const head = 'These are the best waterfront landings of 2025';
  const sub = "Here's what we're excited about this year";
  const { articles } = run(['Menu', 'Harbour news', head, sub, 'Credit: Harbour Photo / Ann Lee', 'By Ann Lee', 'Updated July 10, 2025', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
  assert.ok(!articles[0].text.includes(sub));
});

test('header promo text that ran into the body: the headline block under it is found and the promo leaves the body', () => {
  const promo = 'Enter your email to unlock an extra $25 off your first harbour ferry ticket this summer!';
  const consent = 'By submitting my email address I agree to receive marketing messages and accept the terms of use and privacy policy.';
  const head = 'How the harbour council chose its new ferry terminal';
  const { articles } = run(['Menu', 'Tickets', promo, consent, 'Tweet', '< Back to all articles', head, ...harbour(5)]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline, head);
  assert.ok(!articles[0].text.includes('unlock') && !articles[0].text.includes('submitting'));
  assert.ok(articles[0].text.startsWith('The harbour council met'));
});

test('a subheading after the story\'s first paragraph is not taken for the headline', () => {
  const head = 'Harbour council picks a ferry terminal';
  const intro = 'Whether you take the ferry every day or only in summer, the new terminal will change how you reach the harbour and what it costs.';
  const { articles } = run([head, 'Menu', intro, 'Why did the council choose this terminal?', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
  assert.ok(articles[0].text.startsWith('Whether you take the ferry'));
});

test('blog date and tag lines under a short title mark it as the headline', () => {
  for (const meta of ['2025-08-29#review#harbour', '#harbour #ferries', 'October 17, 20236:01 PM ET']) {
    const { articles } = run(['Jane Doe', 'Feeds Status updates Mastodon', 'Posts Music Watching Reading Links Search', 'Back to posts', 'A brief note on ferries', meta, ...harbour(4)]);
    assert.equal(articles[0].headline, 'A brief note on ferries', meta);
  }
});

test('a line that reads as two sentences is a blurb, not the headline', () => {
  assert.ok(twoSentences("About: I'm a soundman and woodworker. I also build ferries... More About"));
  assert.ok(!twoSentences('Candidate Experience: Consulting Firm vs. Insurance Carrier'));
  assert.ok(!twoSentences('U.S. Senate backs the harbour plan'));
  const blurb = "About: I'm a harbour pilot and ferry fan. I also write about the terminal quay... More";
  const head = 'How the council chose the ferry terminal';
  const { articles } = run([head, 'Ann Lee', 'Share', 'Print', blurb, ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});
