import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata, type MetadataContext } from './index.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const ctx = (over: Partial<MetadataContext> = {}): MetadataContext => ({ url: 'https://news.example.com/2025/05/03/story-slug', timezone: null, referenceTime: REF, ...over });
const read = (html: string, over: Partial<MetadataContext> = {}) => readMetadata(parseHtml(html), ctx(over));
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

test('JSON-LD @graph: article node, author by @id, publisher name, dates with offset', () => {
  const m = read(page(ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': '#site', name: 'Example News' },
      { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      { '@type': 'NewsArticle', headline: 'Council approves budget', author: { '@id': '#jane' }, datePublished: '2025-05-03T09:30:00+02:00',
        dateModified: '2025-05-03T11:00:00+02:00', publisher: { '@type': 'Organization', name: 'Example News' }, inLanguage: 'en-GB',
        keywords: ['budget', 'council'], articleBody: 'The council approved…' },
    ],
  })));
  assert.equal(m.headline, 'Council approves budget');
  assert.deepEqual(m.authors, ['Jane Doe']);
  assert.equal(m.published, '2025-05-03T09:30:00+02:00');
  assert.equal(m.updated, '2025-05-03T11:00:00+02:00');
  assert.equal(m.siteName, 'Example News');
  assert.equal(m.language, 'en-GB');
  assert.deepEqual(m.tags, ['budget', 'council']);
  assert.equal(m.articleBody, 'The council approved…');
  assert.equal(m.provenance.headline, 'json-ld');
  assert.equal(m.zoned, true);
});

test('broken JSON-LD: trailing commas and raw newlines are repaired; hopeless blocks are skipped with a message', () => {
  const repaired = read(page('<script type="application/ld+json">{"@type":"Article","headline":"Fixed\nup","author":[{"name":"Ann Lee"},],}</script>'));
  assert.equal(repaired.headline, 'Fixed up');
  assert.deepEqual(repaired.authors, ['Ann Lee']);
  const broken = read(page('<script type="application/ld+json">{"@type": "Article", "headline": </script><title>Plain title</title>'));
  assert.ok(broken.messages.some((x) => x.code === 'metadata.jsonld-invalid'));
  assert.equal(broken.headline, 'Plain title');
});

test('OpenGraph and article:* fill fields; Parse.ly page JSON is read', () => {
  const m = read(page(`<meta property="og:title" content="Storm hits coast"><meta property="og:site_name" content="Coast Daily">
    <meta property="article:published_time" content="2025-04-01T08:00:00Z"><meta property="article:modified_time" content="2025-04-01T10:00:00Z">
    <meta property="article:section" content="Weather"><meta property="article:tag" content="storm"><meta property="article:tag" content="Storm, coast">
    <meta property="og:image" content="/img/storm.jpg"><meta name="parsely-page" content='{"author":"Rui Costa","title":"Storm hits coast"}'>`));
  assert.equal(m.headline, 'Storm hits coast');
  assert.equal(m.published, '2025-04-01T08:00:00+00:00');
  assert.equal(m.provenance.published, 'opengraph');
  assert.equal(m.section, 'Weather');
  assert.deepEqual(m.tags, ['storm', 'coast']);
  assert.equal(m.image, 'https://news.example.com/img/storm.jpg');
  assert.deepEqual(m.authors, ['Rui Costa']);
  assert.equal(m.provenance.authors, 'meta:parsely');
});

test('microdata: headline, author Person name, datePublished', () => {
  const m = read(page('', `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Bridge reopens</h1>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Li Wei</span></span>
    <time itemprop="datePublished" datetime="2025-02-10">10 Feb</time></article>`));
  assert.equal(m.headline, 'Bridge reopens');
  assert.deepEqual(m.authors, ['Li Wei']);
  assert.equal(m.published, '2025-02-10');
});

test('visible byline: "By A and B" split, bio boxes and comment authors ignored', () => {
  const m = read(page('<title>Rates rise</title>', `<div class="author-bio">Zed Zee writes about money.</div><article><h1>Rates rise</h1>
    <p class="byline">By Jane Doe and John Roe | Reuters</p><div class="comments"><span class="comment-author">Troll Person</span></div></article>`));
  assert.deepEqual(m.authors, ['Jane Doe', 'John Roe']);
  assert.equal(m.provenance.authors, 'byline-text');
});

test('author cleanup: titles after a comma, credentials, desks, agencies, site names, URLs, ALL CAPS', () => {
  const a = (v: string, head = '') => read(page(`<meta name="author" content="${v}">${head}`)).authors;
  assert.deepEqual(a('Jane Doe, Senior Reporter'), ['Jane Doe']);
  assert.deepEqual(a('Dylan Bailey, MS, RD'), ['Dylan Bailey']);
  assert.deepEqual(a('Ann Lee, Bo Chen and Cy Diaz'), ['Ann Lee', 'Bo Chen', 'Cy Diaz']);
  assert.deepEqual(a('By LEONARDO GARCIA'), ['Leonardo Garcia']);
  assert.deepEqual(a('Staff'), []);
  assert.deepEqual(a('Editorial Board'), []);
  assert.deepEqual(a('Associated Press'), []);
  assert.deepEqual(a('Newsroom', '<meta property="og:site_name" content="Newsroom">'), []);
  assert.deepEqual(a('jane@example.com'), []);
  assert.deepEqual(a('Jane Doe; jane doe'), ['Jane Doe']);
});

test('author profile URL gives the slug name only when nothing names the author', () => {
  const m = read(page('<meta property="article:author" content="https://news.example.com/author/maria-lopez/">'));
  assert.deepEqual(m.authors, ['Maria Lopez']);
  assert.equal(m.provenance.authors, 'author-url');
  const both = read(page('<meta property="article:author" content="https://x.test/author/maria-lopez/"><meta name="author" content="María López">'));
  assert.deepEqual(both.authors, ['María López']);
});

test('title tail is cut by comparing with the site name, the host and the <h1>', () => {
  const bySite = read(page('<title>Mayor resigns | The Daily Planet</title><meta property="og:site_name" content="The Daily Planet">'));
  assert.equal(bySite.headline, 'Mayor resigns');
  assert.equal(bySite.provenance.headline, 'title-tag');
  const byHost = read(page('<title>Mayor resigns - Dailyplanet</title>'), { url: 'https://www.dailyplanet.com/a/1' });
  assert.equal(byHost.headline, 'Mayor resigns');
  const prefix = read(page('<title>Daily Planet: Mayor resigns over budget</title><meta name="application-name" content="Daily Planet">'));
  assert.equal(prefix.headline, 'Mayor resigns over budget');
  const viaH1 = read(page('<meta property="og:title" content="Mayor resigns — DP Online">', '<h1>Mayor resigns</h1>'));
  assert.equal(viaH1.headline, 'Mayor resigns');
  const keep = read(page('<title>Crisis talks: what comes next</title>'));
  assert.equal(keep.headline, 'Crisis talks: what comes next');
});

test('dates: no zone stays zone-less with a date.no-zone message; a configured zone is applied', () => {
  const html = page('<meta property="article:published_time" content="2025-03-05T14:00:00">');
  const bare = read(html);
  assert.equal(bare.published, '2025-03-05T14:00:00');
  assert.equal(bare.zoned, false);
  assert.ok(bare.messages.some((x) => x.code === 'date.no-zone'));
  const zoned = read(html, { timezone: 'Asia/Kuala_Lumpur' });
  assert.equal(zoned.published, '2025-03-05T14:00:00+08:00');
  assert.equal(zoned.zoned, true);
});

test('dates: future and pre-1995 published dates are doubted; updated before published is dropped', () => {
  const doubted = read(page('<meta property="article:published_time" content="2031-01-01T00:00:00Z"><meta name="date" content="2025-01-02">'));
  assert.equal(doubted.published, '2025-01-02');
  assert.ok(doubted.messages.some((x) => x.code === 'date.doubted'));
  const dropped = read(page('<meta property="article:published_time" content="2025-03-05T10:00:00Z"><meta name="last-modified" content="2024-01-01T00:00:00Z">'));
  assert.equal(dropped.updated, null);
  assert.ok(dropped.messages.some((x) => x.code === 'date.updated-before-published'));
  // One metadata source with modified before published: a republished story, its published date kept.
  const republished = read(page(ld({ '@type': 'Article', datePublished: '2025-03-05T10:00:00Z', dateModified: '2025-01-01T10:00:00Z' })));
  assert.equal(republished.published, '2025-03-05T10:00:00+00:00');
  assert.equal(republished.updated, null);
});

test('dates: <time pubdate>, then a visible date line near the headline when no machine date exists', () => {
  const t = read(page('', '<article><header><h1>Hello</h1><time pubdate datetime="2024-11-02T08:00:00Z">2 Nov</time></header></article>'), { url: null });
  assert.equal(t.published, '2024-11-02T08:00:00+00:00');
  assert.equal(t.provenance.published, 'time');
  const v = read(page('', '<div class="nav">Menu</div><h1>Hello world again</h1><p>Written by</p><p>Sam Hill</p><p>March 3, 2024</p><p>Body text.</p>'), { url: null });
  assert.equal(v.published, '2024-03-03');
  assert.equal(v.provenance.published, 'date-text');
  assert.deepEqual(v.authors, ['Sam Hill']);
});

test('language: <html lang>, og:locale normalised, else detected from the text', () => {
  assert.equal(read('<html lang="pt_br"><head></head><body></body></html>').language, 'pt-BR');
  assert.equal(read(page('<meta property="og:locale" content="fr_FR">')).language, 'fr-FR');
  const det = read(page('<meta name="description" content="Le gouvernement a annoncé mardi une nouvelle réforme des retraites très contestée.">'));
  assert.equal(det.language, 'fr');
  assert.equal(det.provenance.language, 'detected');
});

test('canonical URL: resolved against the page URL; a site-root canonical for an article is ignored', () => {
  const rel = read(page('<link rel="canonical" href="/2025/05/03/story-slug">'));
  assert.equal(rel.canonicalUrl, 'https://news.example.com/2025/05/03/story-slug');
  const root = read(page('<link rel="canonical" href="https://news.example.com/"><meta property="og:url" content="https://news.example.com/a/story">'));
  assert.equal(root.canonicalUrl, 'https://news.example.com/a/story');
  assert.ok(root.messages.some((x) => x.code === 'metadata.canonical-ignored'));
});

test('h1 agreeing with a metadata title wins over an SEO variant of it', () => {
  const m = read(page(ld({ '@type': 'BlogPosting', headline: 'Nutrition trends for 2026' }), '<h1>Top 10 nutrition trends to watch in 2026</h1>'));
  assert.equal(m.headline, 'Top 10 nutrition trends to watch in 2026');
  assert.equal(m.provenance.headline, 'h1');
});
