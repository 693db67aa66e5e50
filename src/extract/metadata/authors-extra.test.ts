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
