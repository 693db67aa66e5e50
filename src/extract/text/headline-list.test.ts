import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { parseText } from '../../parse/text.ts';
import { classifyLines, endsWithInitialism, isTitleLike } from './classify.ts';
import { pickHeadline } from './headline.ts';
import { isMeta, menuRun } from './headline-shape.ts';

/**
 * Headline rules for boxes of the page that stand where a headline stands (headline-list.ts), menus read as
 * one long line (headline-shape.ts menuRun), labels over the headline (headline.ts offTopic) and titles
 * ending in an initialism (classify.ts). Synthetic captures.
 */

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const ferry = (n: number) =>
  Array.from({ length: n }, (_, i) => `The harbour council met on Tuesday to discuss the ferry terminal, and paragraph ${i + 1} gives the vote and the cost of the new quay.`);
const classify = (lines: string[]) => classifyLines(parseText(lines.join('\n\n')).lines, { timezone: null, referenceTime: opts.referenceTime });

test('an entry of a dated list of stories above the story is not its headline', () => {
  const head = 'Council Chooses a Site for the New Ferry Terminal';
  const { articles } = run([
    'Menu', 'Recent News',
    'Harbour Council Elects a New Chair for the Ferry Board', '06/12/2025',
    'Ferry Terminal Survey Opens to Harbour Residents', '06/02/2025',
    head, 'June 20, 2025 by Ann Lee, Harbour Reporter', ...ferry(4),
  ]);
  assert.equal(articles[0].headline, head);
});

test("a promotion's title over its blurb and button is not the headline", () => {
  const head = 'How the harbour council chose its new ferry terminal';
  const { articles } = run([
    'Menu', 'Limited Time', 'Tired of Waiting for the Ferry and Nothing Seems to Work?',
    'Personal trip plans, harbour passes and one-on-one coaching built around your ferry terminal schedule and vote.',
    'Apply Now', 'Routes', head, ...ferry(5),
  ]);
  assert.equal(articles[0].headline, head);
});

test('a menu read as one long line is no lead: the headline under it is found', () => {
  const menu = 'Ferry NewsHarbour NewsTerminal MoversQuay NewsBoat Market TrendsCouncil NewsPort NewsVote NewsTicket NewsRoute NewsTimetable NewsPier NewsDock NewsBerth NewsWharf News';
  const spaced = 'How to Ride How to Sail How to Dock How to Moor How to Board How to Book How to Pay How to Park How to Wait How to Walk How to Row';
  assert.ok(menuRun(classify([menu])[0]) && menuRun(classify([spaced])[0]));
  assert.ok(!menuRun(classify([ferry(1)[0] + ' The WiFi and iPhone app help Riders and PhD students.'])[0]));
  const head = 'Council chooses a site for the new ferry terminal';
  const { articles } = run(['Home', menu, 'Markets', spaced, 'Harbour', head, ...ferry(4)]);
  assert.equal(articles[0].headline, head);
});

test('a label over the headline that speaks less of the story is not taken for it', () => {
  const head = 'Harbour Council Vote on the Ferry Terminal Quay Cost';
  const { articles } = run(['Menu', 'Message Us With Your Questions!', 'Ask Harbour Bill', 'Ask About Your Harbour Ferry', head, ...ferry(4)]);
  assert.equal(articles[0].headline, head);
});

test('a title ending in an initialism is title-shaped, and printed twice in a row is no caption', () => {
  const head = 'The Busiest Ferry Ports in the U.S.';
  assert.ok(endsWithInitialism(head) && !endsWithInitialism('The ferry left at nine.'));
  const lines = classify([head, head, 'By Ann Lee', ...ferry(3)]);
  assert.ok(lines[0].kind !== 'caption' && isTitleLike(lines[0]));
  const { articles } = run(['Menu', 'Research', head, head, 'By Ann Lee | Updated July 10, 2025', ...ferry(4)]);
  assert.equal(articles[0].headline, head);
  assert.equal(articles[0].images.length, 0);
});

test('a reading-time line under a title is its byline block', () => {
  for (const t of ['Reading time about 6 minutes', 'Reading Time: 4 minutes', 'Read time: 5 min', '7 min. read', 'Estimated reading time 3 min']) {
    assert.ok(isMeta(classify([t])[0]), t);
  }
  assert.ok(!isMeta(classify(['Reading the harbour council minutes'])[0]));
  const head = 'How to Choose a Ferry Terminal';
  const { articles } = run(['Home', head, 'Reading time about 6 minutes', 'Show Sidebar', 'Recent articles', 'Subscribe to one of my feeds:', 'Ferry Notes: Per Tag Feeds', 'Ferry Notes: Archive', ...ferry(4)]);
  assert.equal(articles[0].headline, head);
});

test('a related story\'s card right under a "Related" marker is not the headline', () => {
  // Scored as pickHeadline sees it when the story's body was started at the card's blurb.
  const head = 'I rode every harbour ferry in one morning, and the council should listen';
  const lines = classify([
    'Menu', head, 'By Ann Lee', 'Published 6 hours ago', ...ferry(2), 'Related', 'Four ferry terminal tools that save the harbour council time',
    'Save time on the harbour ferry terminal vote with the help of these tools for your council.', 'Posts 2', 'By Bob Ray', ...ferry(3),
  ]);
  assert.equal(lines[6].kind, 'footer');
  assert.equal(pickHeadline(lines.slice(0, 8), lines.slice(8), true).headline, head);
});

test("the story's lead is never taken for a headline block past it, even when it has no full stop", () => {
  const head = 'Tax Law Changes and Your Guide to Filing Taxes in 2026';
  const lead = 'On July 4, 2025, the harbour bill known as the "One Big Ferry Bill" was signed into law and changed the terminal fees for every council ferry pass';
  const lines = classify(['Menu', 'Tax Desk', head, 'Share', 'Harbour Desk', 'Kris Kay, CPA', lead, ...ferry(4)]);
  assert.equal(pickHeadline(lines.slice(0, 6), lines.slice(6), true).headline, head);
});

test('a sentence-case caption ending in an initialism, printed twice, is still a caption', () => {
  const cap = 'Harbour Mayor Jane Doe, left, speaks with a ferry owner during a stop, Tuesday, in Columbia, S.C.';
  const lines = classify([cap, cap, ...ferry(3)]);
  assert.equal(lines[0].kind, 'caption');
  assert.equal(lines[1].kind, 'caption');
});
