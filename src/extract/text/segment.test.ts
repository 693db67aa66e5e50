import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';
import { cosine, mergeBags, wordBag } from './vocabulary.ts';
import { parseDateline } from '../dateline.ts';
import { parseDateLine } from '../date-line.ts';

const run = (text: string) => extractFromText(text, opts);
const menu = (n: number) => Array.from({ length: n }, (_, i) => `Menu label ${i + 1}`);

test('vocabulary: cosine is high for the same words, low for other words; short words are ignored', () => {
  const a = wordBag('harbour cranes containers freight berths');
  const b = wordBag('Harbour cranes, containers and freight at the berths.');
  const c = wordBag('tomatoes compost seedlings watering mulch');
  assert.ok(cosine(a, b) > 0.99);
  assert.ok(cosine(a, c) < 0.2);
  assert.equal(cosine(wordBag('a an the of to'), a), 0);
  // Merged bags count words from both sides: half harbour, half garden.
  const ac = mergeBags(a, c);
  assert.ok(Math.abs(cosine(ac, a) - Math.SQRT1_2) < 1e-9, String(cosine(ac, a)));
  assert.equal(cosine(mergeBags(a, a), a), 1);
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

test('a long chrome run followed by text on other subjects: teasers are dropped; a story-sized text goes on the story unless it had ended', () => {
  const small = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(32), ...words(GARDEN, 2, 1)].join('\n\n');
  assert.equal(run(small).articles.length, 1);
  // Product boxes and spec tables sit between a listicle's sections: no boundary by themselves.
  const big = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(32), ...words(GARDEN, 14, 1)].join('\n\n');
  const one = run(big).articles;
  assert.equal(one.length, 1);
  assert.ok(one[0].text.includes('Tomatoes') || one[0].text.includes('Compost'), 'the later section stays in the body');
  // A footer marker ended the story above: the text after the chrome run is another story.
  const ended = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Related Articles', ...menu(32), ...words(GARDEN, 14, 1)].join('\n\n');
  assert.equal(run(ended).articles.length, 2);
});

test('page end: text after a copyright line is the next page\'s story even when short; without one it is a teaser', () => {
  const next = words(GARDEN, 4, 2);
  const glued = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'About us', 'Contact', '© 2025 Example Media Ltd', 'Terms of use', ...next].join('\n\n');
  const { articles } = run(glued);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].provenance.split, 'after-page-end');
  assert.ok(!articles[0].text.includes('Tomatoes') && articles[1].text.includes('paragraph 4.'));
  const teaser = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(31), ...next].join('\n\n');
  assert.equal(run(teaser).articles.length, 1);
  // A long line that mentions copyright is prose, not the page's end.
  const prose = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), `Copyright law in 2025 ${'was debated at length by the harbour board and the unions '.repeat(4)}`.trim(), ...next].join('\n\n');
  assert.notEqual(run(prose).articles[1]?.provenance.split, 'after-page-end');
});

test('datelines: a second wire dateline after a finished story starts a story; lists set in the dateline style do not', () => {
  const wire = (place: string, topic: string[], salt: number) => [`${place} (AP) — ${words(topic, 1, salt)[0]}`, ...words(topic, 5, salt + 1)];
  const two = [...wire('WASHINGTON', HARBOUR, 1), ...wire('ST. LOUIS', GARDEN, 2)].join('\n\n');
  const a = run(two).articles;
  assert.equal(a.length, 2);
  assert.deepEqual(a[1].dateline, { place: 'ST. LOUIS', agency: 'AP' });
  assert.equal(a[1].provenance.split, 'dateline');
  // "TERM – explanation" tips: caps-only datelines, more than two of them, are a list.
  const tips = ['MULCH', 'COMPOST', 'SEEDLINGS', 'PRUNING'].map((t, i) => `${t} – ${words(GARDEN, 1, i)[0]}`);
  const list = ['Ten garden tips for a greener summer', ...words(GARDEN, 4, 1), ...tips.flatMap((t, i) => [t, ...words(GARDEN, 2, i + 3)])].join('\n\n');
  assert.equal(run(list).articles.length, 1);
  // A parenthetical that is not a news agency, or a lower-case word after the dash, is no dateline.
  const product = ['Harbour software review', ...words(HARBOUR, 6, 1), `Email Hub (Add-on) – ${words(GARDEN, 1, 1)[0]}`, ...words(GARDEN, 5, 2)].join('\n\n');
  assert.equal(run(product).articles.length, 1);
  const lower = ['Harbour software review', ...words(HARBOUR, 6, 1), `KNIME — short for the ${words(GARDEN, 1, 1)[0]}`, ...words(GARDEN, 5, 2)].join('\n\n');
  assert.equal(run(lower).articles.length, 1);
});

test('a headline block before text stamped like a comment thread is a comment, not a story', () => {
  const comments = Array.from({ length: 6 }, (_, i) => [`Best harbour tour we ever took ${i}`, 'March 3, 2025', `${words(GARDEN, 1, i)[0]} Lovely post.`]).flat();
  const capture = ['Harbour expansion approved after long debate', 'By Jane Doe', ...words(HARBOUR, 12, 1), ...comments].join('\n\n');
  assert.equal(run(capture).articles.length, 1);
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

test('an author box\'s bio after a story is not a story; other text after a contributor line is', () => {
  const bio = [
    'Lisa has over 20 years of experience in tax preparation and writes about refunds, credits and deductions for families.',
    ...words(GARDEN, 3, 4),
  ];
  const withBio = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Written by Lisa Greene-Lewis', ...bio].join('\n\n');
  assert.equal(run(withBio).articles.length, 1);
  const other = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Written by Lisa Greene-Lewis', ...words(GARDEN, 4, 4)].join('\n\n');
  assert.equal(run(other).articles.length, 2);
});

test('a short run of header text before a story that opens with a wire dateline is not a story', () => {
  const capture = [
    'Your weather today in Detroit: you can leave your umbrella at home, with sunny skies and light winds expected through the evening and a low of 40 degrees tonight.',
    ...menu(14),
    'ST. JOSEPH, Mich. (AP) — Harbour officials said Monday that the shipping season would open early this year.',
    ...words(HARBOUR, 5, 2),
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.startsWith('ST. JOSEPH'), articles[0].text.slice(0, 40));
});

test('story-sized text right after a footer marker is teasers or comments; after the rest of the page\'s furniture it is a story', () => {
  const teasers = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Related Articles', ...words(GARDEN, 14, 1)].join('\n\n');
  assert.equal(run(teasers).articles.length, 1);
  const nextPage = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Related Articles', ...menu(32), ...words(GARDEN, 14, 1)].join('\n\n');
  assert.equal(run(nextPage).articles.length, 2);
});

const SPORT = ['Football', 'stadium', 'goalkeeper', 'penalties', 'referee', 'striker', 'league', 'supporters'];

test('a box repeated between a listicle\'s sections (the same labels in each) is no boundary, however long', () => {
  const box = (k: number) => ['What we like', 'What we do not like', 'Check price', ...Array.from({ length: 28 }, (_, i) => `Spec ${k}.${i} value`)];
  const sections = [0, 1, 2, 3, 4].flatMap((k) => [...box(k), ...words(k % 2 ? SPORT : GARDEN, 5, k)]);
  const { articles } = run(['Best harbour gear of the year', ...words(HARBOUR, 10, 1), ...sections].join('\n\n'));
  assert.equal(articles.length, 1);
  // The last section (after the fifth box) is in the story.
  assert.ok(articles[0].text.includes(words(GARDEN, 5, 4)[4]), articles[0].text.slice(-80));
});

test('a page cut in two at an inline box joins again when the two parts, taken whole, speak of the same things', () => {
  const mixed = Array.from({ length: 12 }, (_, i) => (i % 2 ? words(HARBOUR, 12, 7)[i] : words(GARDEN, 12, 7)[i]));
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(31), ...words(GARDEN, 1, 3), ...menu(14).map((m) => `${m} box`), ...mixed];
  const { articles } = run(capture.join('\n\n'));
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes(mixed[11]));
});

/** Stretches a synthetic paragraph with English function words of four letters or more (see split-stopwords.ts). */
const wordy = (s: string) => s.replace(/ and /g, ' that would have been with their ').replace(/ in the /g, ' which they said was about ');

test('teaser text after a chrome run does not join a story for the function words both share', () => {
  const teasers = words(GARDEN, 3, 2).map(wordy);
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1).map(wordy), ...menu(14), ...teasers];
  const { articles } = run(capture.join('\n\n'));
  assert.equal(articles.length, 1);
  assert.ok(!articles[0].text.includes(teasers[2]), articles[0].text.slice(-80));
});

test('after a chrome run, text speaking partly of the story\'s things goes on the story', () => {
  const mixed = ['Harbour', 'cranes', 'freight', 'Tomatoes', 'compost', 'seedlings', 'watering', 'mulch', 'greenhouse', 'pruning'];
  const section = words(mixed, 8, 0);
  const capture = ['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), ...menu(14), ...section];
  const { articles } = run(capture.join('\n\n'));
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes(section[7]), articles[0].text.slice(-80));
});

test('header teasers a chrome run above a page\'s story, on its site\'s subjects, stay out of the story', () => {
  const mixed = ['Harbour', 'cranes', 'freight', 'Tomatoes', 'compost', 'seedlings', 'watering', 'mulch', 'greenhouse', 'pruning'];
  const header = words(mixed, 2, 0);
  const capture = [...header, ...menu(14), 'Harbour expansion approved after long debate', ...words(HARBOUR, 14, 1)];
  const { articles } = run(capture.join('\n\n'));
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline, 'Harbour expansion approved after long debate');
  assert.ok(!articles[0].text.includes(header[0].slice(0, 30)), articles[0].text.slice(0, 80));
});
