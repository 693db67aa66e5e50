import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata } from './index.ts';
import { BYLINE_AVOID } from '../heuristics/metadata-words.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const read = (body: string) => readMetadata(parseHtml(`<html><head><title>T</title></head><body>${body}</body></html>`), { url: 'https://example.com/post', timezone: null, referenceTime: REF });

test('a job-title class is avoided, but a word merely containing "job" is not', () => {
  assert.ok(BYLINE_AVOID.test('author-job-title'));
  assert.ok(BYLINE_AVOID.test('author_role'));
  assert.ok(!BYLINE_AVOID.test('wp-block-jobber-academy-post-hero__author'));
  const m = read('<article><h1>Cleaning trends</h1><span class="jobber-post-hero__author">Lisa Pham</span><p>Body text.</p></article>');
  assert.deepEqual(m.authors, ['Lisa Pham']);
});

test('an unlabelled name line under the h1 counts only beside an avatar naming the same person', () => {
  const withAvatar = read('<article><h1>Go ahead, self-host it</h1><div><img src="a.jpg" alt="Photo of Trond Teigen"><div>Trond Teigen</div><span>May 3, 2025</span></div><p>Body.</p></article>');
  assert.deepEqual(withAvatar.authors, ['Trond Teigen']);
  assert.equal(withAvatar.provenance.authors, 'name-line');
  const labelOnly = read('<article><h1>Go ahead, self-host it</h1><div><div>Final Thoughts</div><span>May 3, 2025</span></div><p>Body.</p></article>');
  assert.deepEqual(labelOnly.authors, []);
  const heading = read('<article><h1>Go ahead</h1><img alt="Key Highlights"><h2>Key Highlights</h2><p>Body.</p></article>');
  assert.deepEqual(heading.authors, []);
});

test('inline app state gives the published date only when nothing else does', () => {
  const state = '<script id="__NEXT_DATA__" type="application/json">{"props":{"page":{"title":"X","publishedAt":"2025-05-03T09:30:00Z"}}}</script>';
  const m = read(`<article><h1>Story</h1><p>Body.</p></article>${state}`);
  assert.equal(m.published, '2025-05-03T09:30:00+00:00');
  assert.equal(m.provenance.published, 'script-state');
  const escaped = read('<article><h1>Story</h1></article><script>window.__STATE__ = JSON.parse("{\\"publishDate\\":\\"2024-02-01\\"}")</script>');
  assert.equal(escaped.published, '2024-02-01');
  const meta = readMetadata(parseHtml(`<html><head><meta property="article:published_time" content="2025-01-02T00:00:00Z"></head><body>${state}</body></html>`), { url: null, timezone: null, referenceTime: REF });
  assert.equal(meta.published, '2025-01-02T00:00:00+00:00');
});

test('a publisher logo whose alt repeats the outlet name does not make the outlet an author', () => {
  const m = read('<article><h1>Sugar facts</h1><span class="partnermainlogo"><img alt="Tech Insider" src="x.png"></span><div><a href="https://techinsider.example">Tech Insider</a></div><p>Body.</p></article>');
  assert.deepEqual(m.authors, []);
});

const withHead = (head: string, body: string) => readMetadata(parseHtml(`<html><head><title>T</title>${head}</head><body>${body}</body></html>`), { url: 'https://acme-example.com/post', timezone: null, referenceTime: REF });
const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: 'Story', author })}</script>`;

test('a page naming no person reports its stated organisation or team credit; a person always wins', () => {
  const org = withHead(ld({ '@type': 'Organization', name: 'Acme Analytics' }), '<article><h1>Story</h1><p>Body.</p></article>');
  assert.deepEqual(org.authors, ['Acme Analytics']);
  assert.equal(org.provenance.authors, 'json-ld');
  const person = withHead(ld({ '@type': 'Organization', name: 'Acme Analytics' }), '<article><h1>Story</h1><p class="byline">By Jane Doe</p><p>Body.</p></article>');
  assert.deepEqual(person.authors, ['Jane Doe']);
  const team = read('<article><h1>Story</h1><p>By the Acme Editorial Team</p><p>Body.</p></article>');
  assert.deepEqual(team.authors, ['the Acme Editorial Team']);
  assert.equal(team.provenance.authors, 'byline-credit');
});

test('generic words, prose after "By" and an unstated site name are never a credit', () => {
  assert.deepEqual(withHead('<meta name="author" content="Staff">', '<h1>Story</h1>').authors, []);
  assert.deepEqual(withHead('<meta name="author" content="admin">', '<h1>Story</h1>').authors, []);
  assert.deepEqual(read('<article><h1>Story</h1><p>By creating area maps, robots clean faster.</p></article>').authors, []);
  assert.deepEqual(withHead('<meta property="og:site_name" content="Acme Example">', '<article><h1>Story</h1><p>Body.</p></article>').authors, []);
  // A handle stated as the author is its credit of record.
  assert.deepEqual(withHead('<meta name="author" content="q_writer">', '<h1>Story</h1>').authors, ['q_writer']);
});

test('the Yoast "Written by" twitter label names the author', () => {
  const m = withHead('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Paula Grant">', '<h1>Story</h1>');
  assert.deepEqual(m.authors, ['Paula Grant']);
  assert.equal(m.provenance.authors, 'twitter');
});

test('reviewers and fact-checkers are not authors', () => {
  const m = read('<article><h1>Story</h1><div class="bylines"><div class="author-tip"><span>Fact checked by</span> <span class="author-name">Rita Check</span></div></div><p>Body.</p></article>');
  assert.deepEqual(m.authors, []);
  const both = read('<article><h1>Story</h1><div class="byline">By Ann Writer | Medically reviewed by Rob Doctor</div></article>');
  assert.deepEqual(both.authors, ['Ann Writer']);
});

test('name tidying: glued "By", courtesy titles, a trailing handle, a name shown twice', () => {
  assert.deepEqual(read('<article><h1>S</h1><span class="posted-by">ByTrevor Jones</span></article>').authors, ['Trevor Jones']);
  assert.deepEqual(read('<article><h1>S</h1><div class="byline">Written by Dr Marna Merwe, Dr Dieter Veld and Erik Vulpen</div></article>').authors, ['Marna Merwe', 'Dieter Veld', 'Erik Vulpen']);
  assert.deepEqual(read('<article><h1>S</h1><span class="byline">by Jean-Luc Aufranc (CNXSoft)</span></article>').authors, ['Jean-Luc Aufranc']);
  assert.deepEqual(read('<article><h1>S</h1><span class="author">Colin Gray Colin Gray</span></article>').authors, ['Colin Gray']);
  // An organisation with "and" in its name is not cut into a one-word "person".
  assert.deepEqual(withHead('<meta name="author" content="Center for Drug Evaluation and Research">', '<h1>S</h1>').authors, ['Center for Drug Evaluation and Research']);
});

test('metadata giving only the site name or a handle yields to a named person in the byline', () => {
  const m = withHead(`<meta property="og:site_name" content="Heart Trust Org">${ld({ '@type': 'Person', name: 'Heart Trust Org' })}`, '<article><h1>Story</h1><address class="hero-author">by <a class="author-name">Tracy Parker</a></address></article>');
  assert.deepEqual(m.authors, ['Tracy Parker']);
});

test('visible byline: the one nearest the headline, related-story cards and menus skipped, author cards read by their name line', () => {
  const cards = [1, 2, 3].map((i) => `<div class="card"><h3>Other ${i}</h3><div class="card-author">Card Person${'abc'[i - 1]}</div></div>`).join('');
  const m = withHead(`<meta name="author" content="Mazi">`, `<article><h1>Story</h1><div class="card-author">Mazi</div><p>Body.</p></article><section>${cards}</section>`);
  assert.deepEqual(m.authors, ['Mazi']);
  const card = read('<article><h1>Story</h1><p>Body.</p><div class="author-info"><div>Emma Ryan</div><div>Writer</div></div></article>');
  assert.deepEqual(card.authors, ['Emma Ryan']);
  const link = read('<nav><a href="/author/nav-person/">Nav Person</a></nav><article><h1>Story</h1><a href="/contributor/a_j_neal">A. J. Neal</a><p>Body.</p></article>');
  assert.deepEqual(link.authors, ['A. J. Neal']);
  const themed = readMetadata(parseHtml('<html><body class="single no-sidebar"><h1>Story</h1><div class="author-info"><span class="author-name">Dakota Hebert</span></div></body></html>'), { url: null, timezone: null, referenceTime: REF });
  assert.deepEqual(themed.authors, ['Dakota Hebert']);
});

test('"Posted by" lines in comments name commenters, not the author', () => {
  const m = read('<article><h1>Story</h1><p>Body.</p></article><div class="comments"><p>Posted by Karl Sophanus</p></div>');
  assert.deepEqual(m.authors, []);
});

test('co-authors named in a parenthesis after the byline are kept', () => {
  const m = read('<article><h1>S</h1><span class="byline">Par Martin Unter (avec Damien Leloup et Morgane Tual)</span></article>');
  assert.deepEqual(m.authors, ['Martin Unter', 'Damien Leloup', 'Morgane Tual']);
});

test('a name line under the h1 is confirmed by a job title under it, a profile link, an "author" avatar or the name as an alt', () => {
  const titled = read('<article><h1>Cloud computing: what is next</h1><p>Juliette Carreiro</p><p>Tech Writer</p><p>Body.</p></article>');
  assert.deepEqual(titled.authors, ['Juliette Carreiro']);
  // A list of short headings is no author card: the job-title rule holds only for the first name line, and a role word must end it.
  const headings = read('<article><h1>Packing list for a week</h1><p>Hiking Gear</p><p>Tent Guide</p><p>Personal Care</p><p>Travel Documentation</p><p>Body.</p></article>');
  assert.deepEqual(headings.authors, []);
  const linked = read('<article><h1>Cloud computing: what is next</h1><p>Juliette Carreiro</p><a class="btn" href="/blog/authors/juliette-carreiro">More articles</a><p>Body.</p></article>');
  assert.deepEqual(linked.authors, ['Juliette Carreiro']);
  const otherLink = read('<article><h1>Cloud computing: what is next</h1><p>Juliette Carreiro</p><a class="btn" href="/blog/authors/john-roe">More articles</a><p>Body.</p></article>');
  assert.deepEqual(otherLink.authors, []);
  const avatar = read('<article><h1>The best espresso machines</h1><div><img src="a.jpg" alt="Photo of author"><p>Asser Christensen</p></div><p>Body.</p></article>');
  assert.deepEqual(avatar.authors, ['Asser Christensen']);
  const gap = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
  const far = read(`<article><h1>Hotel travel hacks</h1><span>Julia Gralberg</span>${gap}<img src="j.jpg" alt="Julia Gralberg"><p>Body.</p></article>`);
  assert.deepEqual(far.authors, ['Julia Gralberg']);
  const farCaption = read(`<article><h1>Hotel travel hacks</h1><span>Julia Gralberg</span>${gap}<img src="j.jpg" alt="Julia Gralberg at the opening of her new hotel"><p>Body.</p></article>`);
  assert.deepEqual(farCaption.authors, []);
});

test('an author card with a long bio is read by its name heading; a long block of prose is not', () => {
  const bio = 'Bence is a software developer specialising in audio and game development. '.repeat(5);
  const card = read(`<article><h1>Reflections on a UI pipeline</h1><p>Body.</p><div class="blog-author"><h4>Bence Kovács</h4><p>${bio}</p></div></article>`);
  assert.deepEqual(card.authors, ['Bence Kovács']);
  const prose = read(`<article><h1>Reflections on a UI pipeline</h1><p>Body.</p><div class="blog-author">Bence Kovács ${bio}</div></article>`);
  assert.deepEqual(prose.authors, []);
});

test('"This post was written by" followed by a linked name is a byline', () => {
  const m = read('<article><h1>Plant-based eating</h1><p>Body.</p><p><em>This post was written by <a href="/providers/2838">Vanessa Mendez, MD</a>, gastroenterologist.</em></p></article>');
  assert.deepEqual(m.authors, ['Vanessa Mendez']);
});

test('an author-info block right under the headline is the byline; one at the story\'s end is a bio box', () => {
  const top = read('<article><h1>Ice cream truck drivers rally</h1><div class="authorinfo"><span class="authorname-txt">Alex Perry</span></div><p>Body.</p></article>');
  assert.deepEqual(top.authors, ['Alex Perry']);
  const story = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('');
  const bottom = read(`<article><h1>Ice cream truck drivers rally</h1>${story}<div class="authorinfo"><span class="authorname-txt">Alex Perry</span></div></article>`);
  assert.deepEqual(bottom.authors, []);
});
