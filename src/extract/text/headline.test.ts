import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { META_LINE } from '../heuristics/text-chrome.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const harbour = (n: number) =>
  Array.from({ length: n }, (_, i) => `The harbour council met on Tuesday to discuss the ferry terminal, and paragraph ${i + 1} gives the vote and the cost of the new quay.`);

test('a table-of-contents entry shown again inside the story is not the headline', () => {
  const { articles } = run([
    'Menu', 'Home', 'How the harbour council chose its new ferry terminal', 'Table of contents',
    'Why the ferry terminal vote mattered to the harbour', 'What the council does next',
    ...harbour(2), 'Why the ferry terminal vote mattered to the harbour', ...harbour(2), 'What the council does next', ...harbour(2),
  ]);
  assert.equal(articles[0].headline, 'How the harbour council chose its new ferry terminal');
});

test('the line that speaks of the story wins over a promo nearer the body', () => {
  const { articles } = run(['Harbour council approves new ferry terminal quay', 'Celebrity chef opens a bakery in Milan', ...harbour(4)]);
  assert.equal(articles[0].headline, 'Harbour council approves new ferry terminal quay');
});

test('a standfirst under the headline does not take its place', () => {
  const deck = 'Councillors voted eight to three for the quay after two years of argument about cost and the ferry timetable';
  const { articles } = run(['Harbour ferry terminal approved after long vote', deck, ...harbour(4)]);
  assert.equal(articles[0].headline, 'Harbour ferry terminal approved after long vote');
  assert.ok(articles[0].text.includes('paragraph 1 gives the vote'));
});

test('a headline with a byline glued on is taken as the breadcrumb trail prints it', () => {
  const { articles } = run(['Home » News » Harbour council backs the ferry terminal', 'Harbour council backs the ferry terminal by Ann Lee', ...harbour(4)]);
  assert.equal(articles[0].headline, 'Harbour council backs the ferry terminal');
});

test('a breadcrumb trail, menus repeated as a block and byline/date lines are not headlines', () => {
  const menu = ['World news', 'Local politics', 'Sport results'];
  const { articles } = run([
    ...menu, 'Home / News / Ferry', 'Harbour vote settles the ferry terminal', 'Published July 10, 2025', ...harbour(3), ...menu,
  ]);
  assert.equal(articles[0].headline, 'Harbour vote settles the ferry terminal');
});

test('a long consent banner is chrome, not a paragraph', () => {
  const banner = 'This website uses cookies to improve your experience while you navigate through the website. ' +
    'Out of these cookies, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website. ' +
    'We also use third-party cookies that help us analyze and understand how you use this website. These cookies will be stored in your browser only with your consent. ' +
    'You also have the option to opt-out of these cookies. But opting out of some of these cookies may affect your browsing experience.';
  const { articles } = run(['Harbour council approves new ferry terminal quay', ...harbour(3), banner, ...harbour(1)]);
  assert.ok(banner.split(' ').length > 80);
  assert.ok(!articles[0].text.includes('uses cookies'));
});

test('promotions and feedback widgets are never the headline, at any length', () => {
  for (const promo of ['Start your free trial of Harbour Ferry Terminal News today!', 'Was this harbour ferry article helpful?', 'This ferry quay newsletter is sponsored by Harbour Bank']) {
    const { articles } = run(['Harbour council approves the ferry terminal quay', promo, 'By Ann Lee', ...harbour(3)]);
    assert.equal(articles[0].headline, 'Harbour council approves the ferry terminal quay', promo);
  }
});

test('a menu or trail that opens with "Home" is not the headline', () => {
  const { articles } = run(['Harbour council approves the ferry terminal quay', 'Home / Harbour ferry terminal quay news', 'By Ann Lee', ...harbour(3)]);
  assert.equal(articles[0].headline, 'Harbour council approves the ferry terminal quay');
});

test('a headline over its short subtitle wins over the subtitle', () => {
  const { articles } = run(['Harbour ferry quay explained', 'Harbour council vote on the ferry terminal quay', ...harbour(4)]);
  assert.equal(articles[0].headline, 'Harbour ferry quay explained');
});

test('a short label above a long headline is not taken for it', () => {
  const head = 'The ultimate guide to how the harbour council voted for the ferry terminal quay';
  const { articles } = run(['Harbour Ferry Updates', head, 'By Ann Lee', ...harbour(4)]);
  assert.equal(articles[0].headline, head);
});

test('the headline search looks past an affiliate disclosure printed above the title', () => {
  const { articles } = run([
    'We test every product ourselves. If you buy through our links, we may earn a commission at no cost to you.',
    'Menu', 'Harbour ferry terminal quay: the vote explained', 'By Ann Lee', ...harbour(3),
  ]);
  assert.equal(articles[0].headline, 'Harbour ferry terminal quay: the vote explained');
});

test('a date glued to the author\'s name is a byline/date line (not a headline candidate)', () => {
  assert.ok(META_LINE.test('Dec 17, 2025Julian Arni'));
  assert.ok(META_LINE.test('Researched by Oliver Simpson'));
  assert.ok(!META_LINE.test('Harbour council approves the ferry terminal quay'));
});
