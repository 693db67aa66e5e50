import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { bodyBlocks } from './body-blocks.ts';
import { classifyLines } from './classify.ts';
import { parseText } from '../../parse/text.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const bridge = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `The river bridge reopened on Monday after repairs, and paragraph ${i + from} gives the cost, the traffic figures and what engineers found.`);
const HEAD = 'River bridge reopens after a year of repairs';

test('short lines between paragraphs are story text: subheadings, product names, pros and cons, kept verbatim', () => {
  const { articles } = run([HEAD, ...bridge(2), 'What the engineers found', ...bridge(1, 3), 'Steel deck', 'Rust on two cables', 'Cheaper than a new bridge', ...bridge(2, 4)]);
  const a = articles[0];
  assert.ok(a.body.some((b) => b.type === 'heading' && b.text === 'What the engineers found'));
  for (const t of ['Steel deck', 'Rust on two cables', 'Cheaper than a new bridge']) assert.ok(a.text.includes(t), t);
});

test('short lines that are chrome stay out: repeated labels, buttons, byline lines, menus glued together', () => {
  const { articles } = run(['Topics', HEAD, ...bridge(2), 'Topics', 'Sign up', 'Reviewed by Ann Lee', 'HomeNewsSportWeather', ...bridge(3, 3)]);
  const t = articles[0].text;
  for (const chrome of ['Topics', 'Sign up', 'Reviewed by', 'HomeNews']) assert.ok(!t.includes(chrome), chrome);
  assert.ok(t.includes('paragraph 5 gives'));
});

test('a run of more short lines than a story list holds is a menu box: left out', () => {
  // Menus are labels: single words and names, not phrases (see the phrase-list test below).
  const menu = ['World', 'UK Politics', 'Business', 'Money', 'Local News', 'Sport', 'Weather', 'Travel', 'Science', 'Health', 'Opinion', 'Video', 'Podcasts', 'Puzzles'];
  const { articles } = run([HEAD, ...bridge(4), ...menu, ...bridge(4, 5)]);
  assert.ok(articles[0].text.includes('paragraph 8 gives') && !articles[0].text.includes('UK Politics') && !articles[0].text.includes('Puzzles'));
});

test('an author bio box late in the story is left out, and what follows it (related links) with it', () => {
  const bio = 'Ann Lee is a freelance writer who covers transport and city infrastructure for regional newspapers.';
  const { articles } = run([HEAD, ...bridge(9), bio, 'Other bridges that closed this year', 'Ferry timetable changes again', ...bridge(1, 10)]);
  const t = articles[0].text;
  assert.ok(t.includes('paragraph 9 gives') && !t.includes('freelance writer') && !t.includes('Ferry timetable'));
});

test('a sentence shaped like a bio early in the story is text (profiles say the same)', () => {
  const profile = 'Maria Ortiz is a civil engineer who has inspected the bridge every spring for twenty years.';
  const { articles } = run([HEAD, ...bridge(1), profile, ...bridge(5, 2)]);
  assert.ok(articles[0].text.includes(profile));
});

test('comments: a paragraph opening with a time stamp is left out; past the middle, a stamp ends the story', () => {
  const stamped = 'June 23, 2025 at 9:32 am i think the bridge should have been replaced years ago, honestly.';
  const a = run([HEAD, ...bridge(1), stamped, ...bridge(4, 2)]).articles[0];
  assert.ok(!a.text.includes('i think the bridge') && a.text.includes('paragraph 5 gives'));
  const late = run([HEAD, ...bridge(4), stamped, ...bridge(1, 5)]).articles[0];
  assert.ok(late.text.includes('paragraph 4 gives') && !late.text.includes('i think the bridge') && !late.text.includes('paragraph 5 gives'));
  const b = run([HEAD, ...bridge(4), '2 days ago at 07:52 am', 'Great news for commuters who cross the bridge every single day.', 'Rating: 12 Votes']).articles[0];
  assert.ok(b.text.includes('paragraph 4 gives') && !b.text.includes('Great news') && !b.text.includes('Rating'));
});

test('a legal disclaimer in the second half is left out; the same words early in an explainer stay', () => {
  const legal = 'The content of this post is for general informational purposes only and does not constitute legal advice.';
  const late = run([HEAD, ...bridge(4), legal]).articles[0];
  assert.ok(!late.text.includes('informational purposes'));
  const early = run([HEAD, legal, ...bridge(4)]).articles[0];
  assert.ok(early.text.includes('informational purposes'));
});

test('comment-section headers end the story: "[ 167 comments ]", "Top Rated Comments"', () => {
  for (const marker of ['[ 167 comments ]', 'Top Rated Comments', 'Most read in Science']) {
    const { articles } = run([HEAD, ...bridge(4), marker, 'Commuter', 'Finally! It took them long enough to fix the thing.', 'Why does every repair take a full year?']);
    assert.ok(!articles[0].text.includes('Finally'), marker);
  }
});

test('a long run of sentence-case phrases (features, pros and cons) is story text, not a menu', () => {
  const features = Array.from({ length: 14 }, (_, i) => `Cable number ${i + 1} was replaced with galvanised steel`);
  const { articles } = run([HEAD, ...bridge(4), 'What changed', ...features, ...bridge(4, 5)]);
  for (const t of ['What changed', 'Cable number 1 was', 'Cable number 14 was']) assert.ok(articles[0].text.includes(t), t);
});

test('a subheading repeated in a table of contents is kept once, at its section; a label repeated outside the story is not', () => {
  const toc = ['Contents', 'Why the bridge closed', 'What the repairs cost'];
  const { articles } = run([HEAD, ...bridge(1), ...toc, ...bridge(1, 2), 'Why the bridge closed', ...bridge(2, 3), 'What the repairs cost', ...bridge(2, 5)]);
  const a = articles[0];
  assert.equal(a.text.split('Why the bridge closed').length, 2);
  const at = a.body.findIndex((b) => b.type === 'heading' && b.text === 'What the repairs cost');
  const before = a.body[at - 1];
  assert.ok(at > 0 && before.type === 'paragraph' && before.text.includes('paragraph 4 gives'));
  // "Traffic updates" is also a menu entry above the story: inside it, mid-run between two other short lines, it stays out.
  const menu = run(['Traffic updates', 'Events', HEAD, ...bridge(2), 'Steel deck', 'Traffic updates', 'Rust on two cables', ...bridge(2, 3)]).articles[0];
  assert.ok(menu.text.includes('Steel deck') && !menu.text.includes('Traffic updates'));
});

test('a newsletter sign-up box is left out of the story; near its end it closes the story', () => {
  const box = 'Sign up for our weekly newsletter to get the latest bridge news in your inbox.';
  const mid = run([HEAD, ...bridge(2), box, ...bridge(4, 3)]).articles[0];
  assert.ok(!mid.text.includes('newsletter') && mid.text.includes('paragraph 6 gives'));
  const late = run([HEAD, ...bridge(9), box, 'Ferry timetable changes again this winter', ...bridge(1, 10)]).articles[0];
  assert.ok(late.text.includes('paragraph 9 gives') && !late.text.includes('newsletter') && !late.text.includes('Ferry timetable'));
});

test('an "About <name>" box in the story\'s second half closes it; early on it is a subheading', () => {
  const bio = 'Ann Lee covers transport and city infrastructure for regional newspapers, and lives by the river.';
  const late = run([HEAD, ...bridge(6), 'About Ann Lee', bio, ...bridge(1, 7)]).articles[0];
  assert.ok(late.text.includes('paragraph 6 gives') && !late.text.includes('About Ann Lee') && !late.text.includes('covers transport'));
  const early = run([HEAD, ...bridge(1), 'About Harbour Bridge', ...bridge(6, 2)]).articles[0];
  assert.ok(early.text.includes('About Harbour Bridge') && early.text.includes('paragraph 7 gives'));
});

test('a footer line left inside the story\'s span ends it past 80% of its words; earlier it is passed over', () => {
  const lines = (t: string[]) => classifyLines(parseText(t.join('\n\n')).lines, { timezone: null, referenceTime: new Date('2025-07-11T12:00:00Z') });
  const sinks = () => ({ seenParagraphs: new Set<string>(), collect: () => {} });
  const late = bodyBlocks(lines([...bridge(9), 'Related articles', ...bridge(1, 10)]), sinks());
  assert.equal(late.paragraphs, 9);
  const early = bodyBlocks(lines([...bridge(2), 'Related articles', ...bridge(8, 3)]), sinks());
  assert.equal(early.paragraphs, 10);
});

test('an owner\'s or president\'s bio late in the story ends it, like a writer\'s', () => {
  const bio = 'Ann Lee is the owner of a small engineering firm that has inspected bridges across the county since 2001.';
  const { articles } = run([HEAD, ...bridge(9), bio, 'Ann Lee holds a degree in civil engineering from the city university and lectures there.', ...bridge(1, 10)]);
  const t = articles[0].text;
  assert.ok(t.includes('paragraph 9 gives') && !t.includes('owner of') && !t.includes('paragraph 10 gives'));
  // Teasers left under the box count among the story's words: a bio three quarters of the way down ends it too.
  const early = run([HEAD, ...bridge(8), bio, ...bridge(2, 9)]).articles[0].text;
  assert.ok(early.includes('paragraph 8 gives') && !early.includes('owner of') && !early.includes('paragraph 9 gives'));
});
