import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const run = (text: string) => extractFromText(text, opts);
const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `${topic} paragraph ${i + 1} says what happened next, and officials described the details to reporters on the scene.`);

test('chrome lines: skip links, share and follow buttons, nav, cookie text, ads, read more, related list', () => {
  const capture = [
    'Skip to main content', 'Menu', 'World', 'Politics', 'Business', 'Sign in', 'Subscribe',
    'We use cookies to improve your experience. By continuing to use our site you accept our cookie policy.',
    'Accept all', 'Parliament passes the new budget after a long night', 'By Jane Doe, Associated Press',
    'Published 3:04 PM EDT, Fri July 11, 2025', 'Share', 'Facebook', 'Twitter', 'Email',
    para(1, 'Budget')[0], 'Advertisement', ...para(3, 'Budget').slice(1), 'Read more', 'Follow us on Twitter',
    'Related Articles', 'Prime minister faces new vote on Tuesday', 'Opposition leader resigns after defeat',
    '© 2025 The Daily Example. All rights reserved.',
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  const a = articles[0];
  assert.equal(a.headline, 'Parliament passes the new budget after a long night');
  assert.deepEqual(a.authors, ['Jane Doe']);
  assert.equal(a.published, '2025-07-11T15:04:00-04:00');
  assert.equal(a.body.length, 3);
  for (const chrome of ['Advertisement', 'cookies', 'Read more', 'Share', 'Prime minister', '©', 'Follow us']) {
    assert.ok(!a.text.includes(chrome), `body has ${chrome}`);
  }
});

test('repeated headlines and repeated uncredited caption blocks are kept once', () => {
  const head = 'Storm floods coastal towns as rivers burst their banks';
  const cap = 'Residents wade through a flooded street in the town centre on Tuesday.';
  const capture = [head, 'Weather', head, ...para(2, 'Storm'), cap, cap, ...para(2, 'Flood'), cap, cap].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline, head);
  assert.equal(articles[0].section, 'Weather');
  assert.equal(articles[0].body.length, 4);
  assert.deepEqual(articles[0].images, [{ url: null, caption: cap, credit: null, alt: null }]);
});

test('galleries: "More Images" and credited captions in agency styles become images, not text', () => {
  const caps = [
    'Fans cheer in Madrid, Spain, Sunday, May 4, 2025. (AP Photo/Manu Fernandez)',
    'The leader waves to supporters on Monday. REUTERS/Kevin Lamarque',
    'Smoke rises over the city after the strike. EPA-EFE/HAITHAM IMAD',
    'Protesters march in Paris. (Photo by Ludovic Marin / AFP)',
    'Lawmakers arrive at the Capitol. Chip Somodevilla/Getty Images',
    'A rescue worker searches the debris. Photo: Jane Doe',
  ];
  const capture = ['Gallery test headline for a long story', ...para(2, 'Lead'), 'More Images', ...caps, ...para(2, 'Rest')].join('\n');
  const a = run(capture).articles[0];
  assert.equal(a.images.length, 6);
  assert.deepEqual(a.images.map((i) => i.credit), ['AP Photo/Manu Fernandez', 'REUTERS/Kevin Lamarque', 'EPA-EFE/HAITHAM IMAD', 'Ludovic Marin / AFP', 'Chip Somodevilla/Getty Images', 'Jane Doe']);
  assert.equal(a.body.length, 4);
  assert.ok(!a.text.includes('More Images'));
});

test('Reuters story: dateline with date, "Reporting by / Editing by" line to contributors', () => {
  const capture = [
    'Oil prices rise on supply worries', 'January 5, 2026 10:12 AM GMT',
    'LONDON, Jan 5 (Reuters) - Oil prices rose on Monday as traders weighed supply risks in the Middle East.',
    ...para(3, 'Oil'), '(Reporting by Jane Doe in London; Editing by John Roe and Ana Pérez)',
  ].join('\n\n');
  const a = run(capture).articles[0];
  assert.deepEqual(a.dateline, { place: 'LONDON', agency: 'Reuters' });
  assert.deepEqual(a.contributors, ['Jane Doe', 'John Roe', 'Ana Pérez']);
  assert.equal(a.published, '2026-01-05T10:12:00+00:00');
  assert.ok(a.text.startsWith('LONDON, Jan 5 (Reuters) - Oil prices rose'));
  assert.ok(!a.text.includes('Editing by'));
});

test('a story without a dateline keeps dateline null and still gets its body', () => {
  const capture = ['City opens new library downtown', '11 July 2025', ...para(3, 'Library')].join('\n\n');
  const a = run(capture).articles[0];
  assert.equal(a.dateline, null);
  assert.equal(a.headline, 'City opens new library downtown');
  assert.equal(a.published, '2025-07-11');
  assert.equal(a.body.length, 3);
});

test('segmentation: a headline block between finished stories starts a new story', () => {
  const capture = [
    'First headline about the harbour', 'Updated 2 hours ago', ...para(3, 'Harbour'),
    'Second headline about the railway', 'By John Roe', ...para(5, 'Railway'),
  ].join('\n\n');
  const { articles } = run(capture);
  assert.deepEqual(articles.map((a) => a.headline), ['First headline about the harbour', 'Second headline about the railway']);
  assert.equal(articles[0].updated, '2025-07-11T10:00:00+00:00');
  assert.deepEqual(articles[1].authors, ['John Roe']);
  assert.ok(articles[1].text.startsWith('Railway paragraph 1'));
});

test('segmentation: a new dateline after a finished story, and a story after a contributor line', () => {
  const capture = [
    'Talks headline for the first story', 'WASHINGTON (AP) — Talks resumed on Monday between the two sides.', ...para(2, 'Talks'),
    'PARIS (AFP) - A second story begins here with its own dateline and facts.', ...para(3, 'Paris'),
    'Jane Doe contributed to this report.', ...para(5, 'Glued'),
  ].join('\n\n');
  const { articles } = run(capture);
  assert.equal(articles.length, 3);
  assert.deepEqual(articles.map((a) => a.dateline?.place ?? null), ['WASHINGTON', 'PARIS', null]);
  assert.deepEqual(articles[1].contributors, ['Jane Doe']);
  assert.deepEqual(articles.map((a) => a.headline), ['Talks headline for the first story', null, null]);
  assert.ok(articles[2].suggestedHeadline?.generated);
});

test('footers end the story: teaser text after "Recommended" is not body and not a story', () => {
  const capture = ['Headline for the footer test story', ...para(3, 'Main'), 'Recommended', 'Teaser headline one is here', 'A teaser summary sentence that is short.', '© 2025 Example News'].join('\n');
  const { articles, messages } = run(capture);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].body.length, 3);
  assert.ok(messages.some((m) => m.code === 'text.fragment-dropped'));
});

test('subheadings between paragraphs become headings; bullet lines become lists', () => {
  const capture = ['Headline for the structure test', ...para(2, 'Intro'), 'What happens next', ...para(1, 'Next'), '• First point of the list', '• Second point of the list', ...para(1, 'End')].join('\n\n');
  const a = run(capture).articles[0];
  assert.deepEqual(a.body.map((b) => b.type), ['paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'paragraph']);
  assert.deepEqual(a.body[4], { type: 'list', ordered: false, items: ['First point of the list', 'Second point of the list'] });
});
