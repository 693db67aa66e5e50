import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';
import { storyEndLine } from './story-end.ts';
import { tableLike } from './body-blocks.ts';
import { classifyLines } from './classify.ts';
import { parseText } from '../../parse/text.ts';

/** Where a story ends and what stays in it: story-end lines, tables, inline boxes, later stories' headlines. */

const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const HEAD = 'Harbour expansion approved after long debate';
const WEATHER = ['Rainfall', 'forecast', 'thunderstorms', 'humidity', 'temperatures', 'drizzle', 'sunshine', 'northerly'];
const menu = (n: number) => Array.from({ length: n }, (_, i) => `Menu label ${i + 1}`);
const lines = (t: string[]) => classifyLines(parseText(t.join('\n')).lines, { timezone: null, referenceTime: new Date('2025-07-11T12:00:00Z') });

test('story-end lines: related and comment headings in several languages, tag lists; not inline "see also" or share bars', () => {
  for (const t of ['Artigos relacionados', 'Deixe uma resposta', 'Вам также может быть интересно', 'Lascia un commento', 'Artículos relacionados:', 'Discussion about this post', 'Like this:', 'Tags: harbour, shipping, freight', 'Filed under china , illnesses , plague', '12 thoughts on “Harbour expansion approved”', 'One response to "Harbour expansion approved"']) {
    assert.ok(storyEndLine(t, t.toLowerCase(), t.split(' ').length), t);
  }
  for (const t of ['See also:', 'Share this post', 'Leia também', 'Tags are how the site sorts stories.', 'Comments on the plan were due in June and the council heard them all.', '12 thoughts on the harbour were heard at the meeting.']) {
    assert.ok(!storyEndLine(t, t.toLowerCase(), t.split(' ').length), t);
  }
});

test('a related-articles heading in another language ends the story: the teasers under it stay out', () => {
  const teasers = ['Novo terminal de cargas abre em março', 'Porto amplia o cais norte para navios maiores', 'Greve dos estivadores termina após acordo'];
  const { articles } = run([HEAD, ...words(HARBOUR, 9, 1), 'Artigos relacionados', ...teasers, ...words(GARDEN, 2, 1)]);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 9.') && !articles[0].text.includes('Novo terminal') && !articles[0].text.includes('Tomatoes'));
});

test('a long run of short lines that are figures is a table inside the story, kept cell by cell; a numbered menu is not', () => {
  const table = ['Port', 'Tonnes', 'Change', 'Rotterdam', '436,800', '+2.1%', 'Antwerp', '271,000', '-1.4%', 'Hamburg', '114,300', '+0.5%', 'Valencia', '85,100', '+3.0%'];
  const { articles } = run([HEAD, ...words(HARBOUR, 4, 1), ...table, ...words(HARBOUR, 4, 2)]);
  for (const cell of ['Rotterdam', '436,800', '-1.4%', 'Valencia']) assert.ok(articles[0].text.includes(cell), cell);
  assert.ok(tableLike(lines(table)));
  assert.ok(!tableLike(lines(menu(14))));
});

test('text after a middling box and a teaser stays with the story, unless a page end came between', () => {
  // Product boxes between a listicle's sections: story, box, a short widget text, box, the story going on (other words).
  const boxed = run([HEAD, ...words(HARBOUR, 12, 1), ...menu(15), ...words(WEATHER, 2, 1), ...menu(15), ...words(GARDEN, 12, 2)]).articles;
  assert.equal(boxed.length, 1);
  assert.ok(boxed[0].text.includes('Tomatoes') || boxed[0].text.includes('Compost'));
  // The widget text came after a copyright line: the page ended, so the text after the box is not the story above.
  const ended = run([HEAD, ...words(HARBOUR, 12, 1), '© 2025 Example Media Ltd', ...menu(3), ...words(WEATHER, 2, 1), ...menu(15), ...words(GARDEN, 12, 2)]).articles;
  assert.ok(!ended[0].text.includes('Tomatoes') && !ended[0].text.includes('Compost'));
});

test('a later story takes a headline only when a byline or date vouches for it, and never from inside its text', () => {
  const glued = (head: string[]) => [HEAD, 'By Ann Lee', ...words(HARBOUR, 10, 1), '© 2025 Example Media Ltd', ...head, ...words(GARDEN, 10, 2)];
  // A title-shaped line that speaks of the story right above its text: its subtitle or first subheading.
  const sub = 'Tomatoes, compost and mulch: watering seedlings in the greenhouse';
  assert.equal(run(glued([sub])).articles[1].headline, null);
  assert.equal(run(glued([sub, 'By Jane Doe'])).articles[1].headline, sub);
  // Shown twice, once more inside the story: a table-of-contents entry, not a headline (see headline-score.ts).
  const toc = run([...glued([sub]).slice(0, -10), ...words(GARDEN, 5, 2), sub, ...words(GARDEN, 5, 7)]).articles;
  assert.equal(toc[1].headline, null);
  // A short opening line, then a title-shaped line over a date: a subheading of the story, which keeps its opening.
  const inside = run([...glued([]).slice(0, 13), 'Spring came early to the gardens this year.', 'Greenhouse tomatoes need more light', 'Updated June 3, 2025', ...words(GARDEN, 10, 2)]).articles;
  assert.equal(inside[1].headline, null);
  assert.ok(inside[1].text.startsWith('Spring came early'));
});

test('after a page end, a footer marker in the next page\'s menu does not hide that page\'s story', () => {
  const next = ['Welcome back to the site, sign in below.', 'Forgot your password? Get help here now.', ...menu(3), 'Latest News', ...menu(3), ...words(GARDEN, 12, 2)];
  const glued = run([HEAD, ...words(HARBOUR, 12, 1), '© 2025 Example Media Ltd', ...menu(3), ...next]).articles;
  assert.equal(glued.length, 2);
  assert.ok(glued[1].text.includes('paragraph 12.'));
  // Without the page end, story-sized text under "Latest News" below a story is teasers or comments: left out.
  assert.equal(run([HEAD, ...words(HARBOUR, 12, 1), ...menu(3), ...next]).articles.length, 1);
});

test('"Recent Posts", "Next article", "Comments are closed" close a story; what follows them stays out', () => {
  for (const t of ['Recent Posts', 'Recent posts:', 'Next article', 'Previous article', 'Comments are closed.', 'View comments', 'Cancel reply', 'View the discussion thread.']) {
    assert.ok(storyEndLine(t, t.toLowerCase(), t.split(' ').length), t);
  }
  // Blogs print "Previous post / Next post" above the post too: no story end.
  assert.ok(!storyEndLine('Next post', 'next post', 2));
  const teasers = ['New cargo terminal opens in March', 'Port widens the north quay for larger ships', 'Dock strike ends after a deal'];
  for (const heading of ['Recent Posts', 'Next article', 'Comments are closed.']) {
    const { articles } = run([HEAD, ...words(HARBOUR, 9, 1), heading, ...teasers, ...words(GARDEN, 2, 1)]);
    assert.equal(articles.length, 1, heading);
    assert.ok(articles[0].text.includes('paragraph 9.') && !articles[0].text.includes('cargo terminal') && !articles[0].text.includes('Tomatoes'), heading);
  }
});

test('an inline "Related articles" box after a story\'s first paragraphs: the text under it goes on the story; under a finished story it stays out', () => {
  // Shares half its topic words with HARBOUR: alike enough for a story's second half, not for one story (SAME_STORY_COSINE).
  const COUNCIL = ['Harbour', 'shipping', 'cranes', 'councillors', 'budget', 'ballot', 'mayor', 'objections'];
  const box = ['Related articles', 'New cargo terminal opens in March', 'Port widens the north quay for larger ships'];
  const cut = run([HEAD, ...words(HARBOUR, 5, 1), ...box, ...words(COUNCIL, 5, 2)]);
  assert.equal(cut.articles.length, 1);
  assert.ok(cut.articles[0].text.includes('Harbour and') && cut.articles[0].text.includes('objections') && !cut.articles[0].text.includes('cargo terminal'));
  const finished = run([HEAD, ...words(HARBOUR, 12, 1), ...box, ...words(COUNCIL, 5, 2)]);
  assert.equal(finished.articles.length, 1);
  assert.ok(finished.articles[0].text.includes('paragraph 12.') && !finished.articles[0].text.includes('objections'));
});
