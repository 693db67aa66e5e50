import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { gluedVariant } from './headline.ts';
import { titleCased, twoSentences } from './headline-shape.ts';

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

test('the headline right above the lead is judged with what stands under it (standfirst, byline), not lost to a line further down', () => {
  const head = 'Here is how to keep healthy ferry habits';
  const standfirst = 'Some residents call the new ferry terminal a waste of money, but the harbour council says the quay will pay for itself within ten years of opening.';
  const menu = ['Harbour News', 'Ferry Desk'];
  const { articles } = run([...menu, 'Menu', ...menu, head, standfirst, 'byHarbour Desk', 'July 10, 2025', 'Ann Lee, Harbour University', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('a line under the byline/date block of a headline is the story\'s opening, not its headline', () => {
  const head = 'How to start a harbour ferry service: a guide for beginners';
  const question = 'One of the first things people ask me is how the ferry service on the harbour ever got started?';
  const { articles } = run(['Home', 'Blog', head, 'by Ann Lee', '207', 'Shares', question, ...harbour(4), 'Popular posts', head, 'Contact']);
  assert.equal(articles[0].headline, head);
});

test('a long title-cased headline under a column\'s name is the headline, not a standfirst under it', () => {
  const head = 'Harbour Ferries Return: Three Terminals That Could Carry You Home';
  assert.ok(titleCased(head));
  assert.ok(!titleCased('Councillors voted eight to three for the quay after two years of argument'));
  const { articles } = run(['Harbour Notes Weekly', head, 'July 10, 2025', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('a blog title over its longer subtitle and byline is the headline', () => {
  const head = 'My harbour ferry and quay routine going into 2026';
  const sub = 'Notes on the harbour ferry and the cost of a ride';
  const { articles } = run(['Subscribe', head, sub, 'Ann Lee', 'Dec 18, 2025', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('a short headline over a standfirst paragraph and the byline/date is the headline', () => {
  const head = 'The Ferry Manifesto';
  const { articles } = run(['Subscribe', head, 'Harbour as the meeting place. Ferry as the way there.', 'Ann Lee', 'Dec 19, 2025', 'Share', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('a headline inside the body, under teaser text, is found by the standfirst and date under it', () => {
  const head = 'Six kinds of harbour ferry you should know about';
  const teaser = 'Every spring, the council promises that this year the ferry will run on time...';
  const standfirst = 'Planning a trip across the harbour for the first time? Here is everything you need to know about the ferries.';
  const { articles } = run(['Menu', 'Blog', teaser, 'Contact', head, standfirst, '4 min read', 'February 27, 2024', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test("a headline printed twice, over its own byline/date block printed twice too, is not read as a menu entry", () => {
  // The page prints the headline block twice (a sticky header and the article): headline, byline and date
  // all repeat. The repeated byline/date lines under the headline are no menu around it.
  const head = 'Our Year in Review';
  const { articles } = run([
    'Menu', 'Harbour News', 'Council', head, 'Read Later', 'Share', 'Series', '2025 in Review', head, 'By Ann Lee', 'June 20, 2025',
    'A look back at a year of votes, quays and timetables in the harbour.', 'Photo: Harbour Desk', 'By Ann Lee', 'June 20, 2025',
    'Print Mode', 'Watch the video', 'Tags: harbour, ferries', 'All topics', 'Harbour Council Votes on the New Ferry Terminal Quay', ...harbour(5),
  ]);
  assert.equal(articles[0].headline, head);
});
