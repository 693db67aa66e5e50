import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { withoutGluedTail } from './headline-glued.ts';
import { searchWidget, truncated } from './headline-shape.ts';

/**
 * Headline rules for titles the page repeats, glues or lists (session 7): a title shown twice above the
 * story and again after its lead, a lower-case tail glued onto a title-cased headline, a late headline
 * block that must not displace a title shown twice, truncated list entries, search-box labels, and a
 * listing's next entry past the lead. Each capture is synthetic.
 */

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const ferry = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `The harbour council met on Tuesday to discuss the ferry terminal, and paragraph ${i + 1 + from} gives the vote, the budget and the cost of the new quay for the ferry crews.`);

test('a title shown twice above the story and once after its lead is not taken for a contents entry', () => {
  const head = 'Paid Leave Policies for Ferry Staff';
  const { articles } = run([
    'Harbour Times', 'News', 'Sport', 'Contact', head, head,
    ...ferry(1), 'Council members and officials', 'Trusted by ferry crews since 1990',
    ...ferry(4, 1), 'Cite this story as:', head, 'Harbour Times, July 2025',
  ]);
  assert.equal(articles[0].headline, head);
});

test('a lower-case word glued after a title-cased headline is left out of it', () => {
  assert.equal(withoutGluedTail('Ferry Terminal Costs in the Harbour Area: Quay-by-Quay Breakdown harbouradmin'), 'Ferry Terminal Costs in the Harbour Area: Quay-by-Quay Breakdown');
  // Sentence case, a title-case small word at the end, or a short line: kept whole.
  assert.equal(withoutGluedTail('How the harbour council chose its new ferry terminal'), 'How the harbour council chose its new ferry terminal');
  assert.equal(withoutGluedTail('The Ferry Terminal Questions Worth Looking Into'), 'The Ferry Terminal Questions Worth Looking Into');
  assert.equal(withoutGluedTail('Ferry Terminal harbouradmin'), 'Ferry Terminal harbouradmin');
  assert.equal(withoutGluedTail('Ferry Terminal Costs in the Harbour Area: tips for crews'), 'Ferry Terminal Costs in the Harbour Area: tips for crews');
  assert.equal(withoutGluedTail('Ferry Terminal Costs in the Harbour Area Explained harbour news'), 'Ferry Terminal Costs in the Harbour Area Explained');
  const { articles } = run(['Home', 'Blog', 'Ferry Terminal Costs in the Harbour Area: Quay-by-Quay Breakdown harbouradmin', 'July 8, 2025', ...ferry(4)]);
  assert.equal(articles[0].headline, 'Ferry Terminal Costs in the Harbour Area: Quay-by-Quay Breakdown');
});

test('a headline block past the lead does not displace a title the page shows twice above the story', () => {
  const head = 'Best harbour ferries under fifty dollars';
  const { articles } = run([
    'Home', 'Reviews', head, 'Menu', 'Home', 'Reviews', head, 'Your cart is empty', head, 'Share',
    ferry(1)[0] + ' We tested every ferry on the harbour for this guide.',
    'In this guide', '1. The ferries we liked', '2. How we tested the ferries',
    'Cheap harbour ferries (less than fifty dollars)', 'Updated July 8, 2025', ...ferry(4, 1),
  ]);
  assert.equal(articles[0].headline, head);
});

test('a title cut short with an ellipsis is a list entry, not the headline', () => {
  assert.ok(truncated('Yes, Ferries: How to Live in Harmony With the Notorious…'));
  assert.ok(truncated('Ferry fares rise again...'));
  assert.ok(!truncated('Ferry fares rise again'));
  const head = 'The year on the harbour: looking back at twelve months';
  const { articles } = run([
    'Harbour Times', 'Ferry news', head, 'Ann Lee', 'December 18, 2025',
    'Ferry terminal vote: how the harbour council chose the budget for the quay…', 'December 12, 2025',
    'Harbour ferry fares: what the new budget means for the ferry crews…', 'December 10, 2025',
    ...ferry(4),
  ]);
  assert.equal(articles[0].headline, head);
});

test('a search box label is never the headline', () => {
  assert.ok(searchWidget('Search The Harbour Times'));
  assert.ok(searchWidget('Search for articles and insights about ferries and the harbour'));
  assert.ok(searchWidget('Search our site'));
  assert.ok(!searchWidget('Search for missing ferry crew resumes at dawn'));
  assert.ok(!searchWidget('Search engines send readers to the harbour pages'));
  const head = 'The top 25 ferry operators of 2025';
  const { articles } = run([
    'Home', 'Operators', head, 'Sign in', 'Welcome! Log into your account', 'Search The Harbour Times', '×',
    'Search for articles and insights about ferries, shipping trends, and harbour news', 'Published', 'July 8, 2025',
    ...ferry(4),
  ]);
  assert.equal(articles[0].headline, head);
});

test('past the lead, the next entry of a listing (its own repeated byline line) is not the headline', () => {
  const head = 'Open Harbour Guides on Ferries';
  const entry = (title: string, blurb: string) => [title, 'By:', 'Ann Lee, Bo Chan', blurb, 'Go to guide'];
  const { articles } = run([
    'Home', 'Guides', head,
    ...entry('Ferry Basics', 'Ferry Basics is an open guide written by harbour staff for ferry crews, with lessons on the quay, the terminal, the budget and the council vote this year.'),
    ...entry('Harbour Ferry Crew Training Modules', 'These modules are an ongoing harbour project giving ferry crews lessons on safety, the terminal, the quay and the new council rules.'),
    ...entry('Ferry Terminal Handbook', 'A handbook for the ferry terminal staff that covers the quay, the budget, the timetable and the council vote on the new harbour.'),
  ]);
  assert.equal(articles[0].headline, head);
});
