import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata } from './index.ts';
import { bylineLabel } from './byline-scope.ts';
import type { Element } from 'domhandler';
import { findDescendant } from './collect.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const read = (head: string, body: string) => readMetadata(parseHtml(`<html><head><title>T</title>${head}</head><body>${body}</body></html>`), { url: 'https://example.com/post', timezone: null, referenceTime: REF });
const article = ld({ '@type': 'Article', headline: 'Managing legal issues in fitness', author: { '@type': 'Person', name: 'Luke Daigle' } });

test('a "By" line right under the headline naming someone else beats the metadata author (the CMS account)', () => {
  const m = read(article, '<article><h1>Managing legal issues in fitness</h1><div class="by-div"><p>By: Paul Fenaroli</p></div><p>Body text.</p></article>');
  assert.deepEqual(m.authors, ['Paul Fenaroli']);
  assert.equal(m.provenance.authors, 'byline-text');
  // The name after a bare "By" label in its own element counts the same.
  const labelled = read(article, '<article><h1>Managing legal issues in fitness</h1><h3>By <a href="/p/cp">Charles Patterson</a>, Columnist</h3><p>Body text.</p></article>');
  assert.deepEqual(labelled.authors, ['Charles Patterson']);
});

test('the metadata author stays when the line under the headline names the same person, a reviewer, or is far below', () => {
  const same = read(article, '<article><h1>Managing legal issues in fitness</h1><p>By Luke A. Daigle</p><p>Body text.</p></article>');
  assert.deepEqual(same.authors, ['Luke Daigle']);
  const reviewer = read(article, '<article><h1>Managing legal issues in fitness</h1><span><a>Medically reviewed</a> by <a>Kim Rose-Francis</a></span><p>Body text.</p></article>');
  assert.deepEqual(reviewer.authors, ['Luke Daigle']);
  const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
  const far = read(article, `<article><h1>Managing legal issues in fitness</h1>${filler}<p>By Paul Fenaroli</p></article>`);
  assert.deepEqual(far.authors, ['Luke Daigle']);
});

test('bylineLabel reads a role split from its "by" ("<a>Medically reviewed</a> by")', () => {
  const doc = parseHtml('<span><a>Medically reviewed</a> by <a id="x">Kim Rose-Francis</a></span><span>By <a id="y">Jane Roe</a></span>');
  const el = (id: string) => findDescendant(doc as unknown as Element, (d) => d.attribs.id === id)!;
  assert.equal(bylineLabel(el('x')), 'Medically reviewed by');
  assert.equal(bylineLabel(el('y')), 'By');
});

test('a one-word name alone after "by" under the headline beats a byline element further down', () => {
  const body = '<article><h1>Book Beat: Gothic Romance</h1><p class="entry-meta">by <a href="/author/amanda/">Amanda</a> · Dec 20, 2025</p>'
    + '<p>This week we read a novel.</p><p>It is good.</p><div class="book-author">H.G. Parry</div></article>';
  assert.deepEqual(read('', body).authors, ['Amanda']);
  // A phrase after "by" is no handle: the byline element's person stays.
  const phrase = body.replace('<a href="/author/amanda/">Amanda</a>', '<a href="/author/amanda/">the editors</a>');
  assert.deepEqual(read('', phrase).authors, ['H.G. Parry']);
});

test('"by …" inside a sentence under the headline is prose, not a byline overruling the metadata', () => {
  const m = read(article, '<article><h1>Managing legal issues in fitness</h1><p>The ranking follows <a href="/data">the survey data</a> by Acme Review Board.</p><p>Body text.</p></article>');
  assert.deepEqual(m.authors, ['Luke Daigle']);
});
