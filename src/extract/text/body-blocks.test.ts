import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';

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
  const menu = Array.from({ length: 14 }, (_, i) => `Menu entry number ${i + 1}`);
  const { articles } = run([HEAD, ...bridge(4), ...menu, ...bridge(4, 5)]);
  assert.ok(articles[0].text.includes('paragraph 8 gives') && !articles[0].text.includes('Menu entry'));
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
