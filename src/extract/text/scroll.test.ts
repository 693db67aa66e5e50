import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';
import { pageEndText } from './split-page.ts';
import { metaAbove } from './split-byline.ts';
import { classifyLines } from './classify.ts';
import { parseText } from '../../parse/text.ts';

/** Rules that find where the second story of a continuous-scroll capture begins (segment.ts, split-page.ts). */

const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const HEAD = 'Harbour expansion approved after long debate';

test('copyright lines in the forms footers print them end the page', () => {
  for (const t of [
    '© 2020-2025 Example Inc. All rights reserved. Example™ and Other Thing™ are trademarks of Example Inc. All product names and logos are trademarks of their respective owners.',
    '2025 © Example Inc. All rights reserved.',
    'DISCLAIMER | PRIVACY POLICY | TERMS OF USE | COPYRIGHT © EXAMPLE MEDIA 2025',
    '© Copyright ExampleSite',
  ]) assert.ok(pageEndText(t, t.toLowerCase()), t);
  for (const t of ['The photographer holds the copyright to the image and licensed it in 2019 for this story about the harbour.', 'Copyright law is changing']) {
    assert.ok(!pageEndText(t, t.toLowerCase()), t);
  }
  // A sentence-shaped copyright notice is page furniture, not a paragraph.
  const [line] = classifyLines(parseText('2025 © Example Inc. All rights reserved.').lines, { timezone: null, referenceTime: new Date() });
  assert.equal(line.kind, 'footer');
});

test('a long, sentence-shaped copyright notice ends the first page: the text after it is the next story', () => {
  const notice = '© 2020-2025 Example Inc. All rights reserved. Example™ is a trademark of Example Inc. All product names are trademarks of their owners.';
  const { articles } = run([HEAD, ...words(HARBOUR, 12, 1), 'About us', notice, 'English', 'French', ...words(GARDEN, 5, 2)]);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].headline, null);
  assert.ok(articles[1].text.startsWith('Mulch') || articles[1].text.includes('Tomatoes'), articles[1].text.slice(0, 40));
  assert.ok(!articles[0].text.includes('Tomatoes'));
});

test('a byline or date block after a finished story starts the next page\'s story (its headline lost)', () => {
  const tail = ['Newsletter', 'Sign up', 'Contact us', 'By Ann Lee', 'July 18, 2024', 'Share'];
  const { articles } = run([HEAD, 'By Jane Doe', ...words(HARBOUR, 12, 1), ...tail, ...words(GARDEN, 12, 2)]);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].headline, null);
  assert.equal(articles[1].provenance.split, 'byline-block');
  assert.ok(!articles[0].text.includes('Tomatoes') && !articles[0].text.includes('compost'));
  // The same text going on under an "Updated" line is the same story (its vocabulary joins it back).
  const same = run([HEAD, 'By Jane Doe', ...words(HARBOUR, 12, 1), 'Newsletter', 'Updated July 18, 2024', ...words(HARBOUR, 12, 2)]);
  assert.equal(same.articles.length, 1);
});

test('byline/date heads do not split a list of dated entries, an embedded post, or header text', () => {
  // Event or post listings: a date over each entry.
  const list: string[] = [];
  for (let k = 0; k < 4; k++) list.push(`Event ${k + 1}`, `March ${k + 3}, 2025`, ...words(k % 2 ? GARDEN : HARBOUR, 12, k));
  assert.equal(run([HEAD, ...words(HARBOUR, 12, 1), ...list]).articles.length, 1);
  // A quoted social post brings its author's handle and date inside the story.
  const embed = ['pic.twitter.com/abc123', '— Dele (@dele_official)', 'November 19, 2019'];
  assert.equal(run([HEAD, ...words(HARBOUR, 12, 1), ...embed, ...words(GARDEN, 12, 2)]).articles.length, 1);
  // Before any story-sized text, a byline is the first story's own head.
  const header = run(['Get our free newsletter with harbour news every morning, it is the best way to keep up to date.', 'Sign up', 'By Ann Lee', 'July 18, 2024', ...words(HARBOUR, 12, 1)]);
  assert.equal(header.articles.length, 1);
});

test('when only runs too small to be stories were kept, the largest run is the story', () => {
  // The site's name line, then the story cut by "Related" boxes into runs none of which is story-sized,
  // then a tiny run under a headline block (a promo): that promo is no story, the largest run is.
  const capture = [
    'Example Daily, the home of the news since 1900.', 'Related', HEAD, ...words(HARBOUR, 4, 1), 'Related articles', 'Cranes arrive at the port',
    ...words(HARBOUR, 5, 2), 'Most read', 'Gardening tips for spring', 'By Ann Lee', 'See the front pages, download the paper and more.',
  ];
  const { articles } = run(capture);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 5.'), articles[0].text.slice(0, 80));
});

test('a byline label on its own line ("By" over the name), or a date above a share bar, heads the next page\'s story', () => {
  const story = [HEAD, 'By Jane Doe', ...words(HARBOUR, 12, 1), 'Newsletter', 'Contact us'];
  const label = run([...story, 'By', 'Ann Lee', ...words(GARDEN, 12, 2)]).articles;
  assert.equal(label.length, 2);
  assert.equal(label[1].provenance.split, 'byline-block');
  const share = run([...story, 'July 18, 2024', 'Share', 'Facebook', 'Twitter', 'LinkedIn', 'Email', ...words(GARDEN, 12, 2)]).articles;
  assert.equal(share.length, 2);
  assert.ok(!share[0].text.includes('Tomatoes'));
});

test('an author box ("Written by" / name / bio naming the author) is no story head', () => {
  const lines = classifyLines(parseText(['Written by', 'Ann Lee', 'Ann Lee has covered the harbour and its shipping for twenty years.'].join('\n\n')).lines, { timezone: null, referenceTime: new Date() });
  assert.equal(metaAbove(lines, 0, 2), false);
  const head = classifyLines(parseText(['Written by', 'Ann Lee', 'Tomatoes and compost filled the greenhouse as the season opened.'].join('\n\n')).lines, { timezone: null, referenceTime: new Date() });
  assert.equal(metaAbove(head, 0, 2), true);
});

test('after a list of dated entries, a byline block past the page\'s furniture still starts the next page\'s story', () => {
  const list: string[] = [];
  for (let k = 0; k < 4; k++) list.push(`Event ${k + 1}`, `March ${k + 3}, 2025`, ...words(HARBOUR, 2, k));
  const furniture = Array.from({ length: 14 }, (_, i) => `Footer link ${i + 1}`);
  const { articles } = run([HEAD, ...words(HARBOUR, 16, 1), ...list, ...furniture, 'By Ann Lee', 'July 18, 2024', ...words(GARDEN, 12, 2)]);
  assert.equal(articles.length, 2);
  assert.ok(articles[1].text.includes('Tomatoes') && !articles[0].text.includes('Tomatoes'));
});

test('a short first story that its page\'s copyright line ends is a story, not header text, when the next page follows', () => {
  const { articles } = run([HEAD, ...words(HARBOUR, 4, 1), 'About us', '© 2025 Example Media Ltd', 'Terms of use', ...words(GARDEN, 14, 2)]);
  assert.equal(articles.length, 2);
  assert.ok(articles[0].text.includes('paragraph 4.') && !articles[0].text.includes('Tomatoes'));
});

test('text after a page end never goes on a finished story above it, however alike their words (same-site pages)', () => {
  const furniture = Array.from({ length: 14 }, (_, i) => `Footer link ${i + 1}`);
  const capture = [HEAD, ...words(HARBOUR, 12, 1), '© 2025 Example Media Ltd', 'Sign up for our harbour newsletter and get every story first.', ...furniture, ...words(HARBOUR, 12, 5)];
  assert.equal(run(capture).articles.length, 2);
});

/** Two long paragraphs (about 50 words each) of a topic: a short news story. */
const twoParagraphs = (topic: string[]) => {
  const w = words(topic, 4, 2);
  return [`${w[0]} ${w[1]}`, `${w[2]} ${w[3]}`];
};

test('after a copyright line, a story of two long paragraphs is the next page\'s story (a short news item)', () => {
  const { articles } = run([HEAD, ...words(HARBOUR, 12, 1), '© 2025 Example Media Ltd', 'Terms of use', ...twoParagraphs(GARDEN)]);
  assert.equal(articles.length, 2);
  assert.equal(articles[1].provenance.split, 'after-page-end');
  assert.ok(articles[1].text.includes('Tomatoes') && !articles[0].text.includes('Tomatoes'));
  // Elsewhere two paragraphs after a story stay too little to stand alone (a teaser, a comment).
  assert.equal(run([HEAD, ...words(HARBOUR, 12, 1), 'Related', ...twoParagraphs(GARDEN)]).articles.length, 1);
});

test('a consent dialog after the copyright line (cookie classes and what they do) is no story', () => {
  const dialog = [
    'Necessary cookies are essential for the website to work: they keep its basic functions and its security running, and they store no personal information about the people who visit it.',
    'Analytics cookies help the owners of the website understand how visitors use its pages, by collecting and reporting information without naming anyone, and they are set only with consent.',
    'Advertising cookies are used to show visitors adverts that match their interests across the websites they visit, and to measure how well those adverts work for the companies that pay for them.',
  ];
  const { articles } = run([HEAD, ...words(HARBOUR, 12, 1), '© 2025 Example Media Ltd', 'Manage consent', ...dialog, 'Accept all', 'Save preferences']);
  assert.equal(articles.length, 1);
  assert.ok(!articles[0].text.includes('cookies'));
});
