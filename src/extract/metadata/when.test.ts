import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata } from './index.ts';
import { dateFromUrl } from './url-date.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const read = (html: string, url: string | null = null) => readMetadata(parseHtml(html), { url, timezone: null, referenceTime: REF });

test('dateFromUrl: numeric paths and month names', () => {
  assert.equal(dateFromUrl('https://x.org/2024/05/03/story'), '2024-05-03');
  assert.equal(dateFromUrl('https://x.org/blog/2023/october/03/how-many-types/'), '2023-10-03');
  assert.equal(dateFromUrl('https://x.org/blog/2023/sept/3/'), '2023-09-03');
  // A word that is not a month is not a date.
  assert.equal(dateFromUrl('https://x.org/2023/top/10/'), null);
});

test('plain "published" / "updated" metas are read after the well-known keys', () => {
  const m = read('<html><head><meta name="published" content="July 17, 2024"><meta name="updated" content="2024-12-18"></head><body><p>x</p></body></html>');
  assert.equal(m.published, '2024-07-17');
  assert.equal(m.updated, '2024-12-18');
  const k = read('<html><head><meta property="article:published_time" content="2024-01-02"><meta name="published" content="July 17, 2024"></head><body></body></html>');
  assert.equal(k.published, '2024-01-02');
});

test('the <time> nearest the headline is the story\'s, not a teaser list\'s above it', () => {
  const teasers = [1, 2, 3].map((i) => `<div class="teaser"><a href="/t${i}">Teaser ${i}</a><time datetime="2025-01-0${i}T12:00:00Z">01/0${i}/2025</time></div>`).join('');
  const m = read(`<html><body>${teasers}<main><h1>Candidate experience</h1><div class="node__meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by A. Writer</div><p>Body.</p></main></body></html>`);
  assert.equal(m.published, '2017-03-01T12:00:00+00:00');
});

test('a metadata source whose modified date precedes its published date keeps the published one', () => {
  const m = read('<html><head><meta property="article:published_time" content="2025-03-09"><meta property="article:modified_time" content="2025-03-07"></head><body></body></html>');
  assert.equal(m.published, '2025-03-09');
  assert.equal(m.updated, null);
});

test('a text line that says the story was updated before it gives the date dates the update, not the publication', () => {
  const html = '<!doctype html><html><body><main><h1>Best toothbrush</h1><div class="byline">By Ann Lee · <span class="small">Updated March 5, 2025</span></div>'
    + '<p><em>Editor\'s Note: We updated our toothbrush review on March 4, 2025 to share more from our testing.</em></p><p>Body.</p></main></body></html>';
  const m = read(html);
  assert.equal(m.published, '2025-03-05');
  // A line that gives the date first and the update after it still dates the publication.
  const first = read('<!doctype html><html><body><main><h1>Title here</h1><p class="date">March 1, 2025, updated March 5, 2025</p><p>Body.</p></main></body></html>');
  assert.equal(first.published, '2025-03-01');
});
