import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, ORIGIN } from '../test-fixture.ts';
import { makeArticle } from '../../store/testing.ts';

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];

test('article page has every element the issue asks for', async () => {
  const f = fixture(30);
  const a = f.articles[12];
  const res = await f.get(`/article/${a.id}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const html = await res.text();
  assert.match(html, /<a class="skip-link" href="#main">Skip to content<\/a>/);
  assert.match(html, /<main id="main"/);
  assert.match(html, new RegExp(`<p class="kicker"><a href="/section/${a.section!.toLowerCase()}">${a.section}</a>`));
  assert.match(html, /<h1 id="h-[0-9a-f]+" class="headline">/);
  assert.ok(html.includes(`<time datetime="${a.published}" data-local="">`), 'published <time>');
  assert.ok(html.includes(`Updated <time datetime="${a.updated}"`), 'updated <time>');
  assert.match(html, /UTC<\/time>/, 'server-rendered UTC fallback');
  assert.ok(html.includes(`By ${a.authors[0]}`));
  assert.ok(html.includes(`${a.dateline!.place} (AP)`));
  assert.ok(html.includes(a.body[1].type === 'paragraph' ? a.body[1].text : ''), 'body text');
  for (const img of a.images) {
    assert.equal(html.split(img.caption!).length - 1, 1, 'each caption once');
    assert.equal(html.split(img.credit!).length - 1, 1, 'each credit once');
  }
  assert.ok(html.includes(`${a.contributors[0]} contributed to this report.`));
  for (const share of ['facebook.com/sharer', 'x.com/intent/post', 'linkedin.com/sharing', 'mailto:?subject=', 'data-copy=']) assert.ok(html.includes(share), share);
  assert.match(html, /<section class="related"[\s\S]*?<li><a href="\/article\//);
  assert.ok(html.includes(`<a rel="next" href="/article/${f.articles[11].id}"`), 'next story is a plain link');
  assert.ok(html.includes(`<link rel="canonical" href="${ORIGIN}/article/${a.id}"/>`));
  for (const t of ['rss+xml', 'atom+xml', 'feed+json']) assert.ok(html.includes(`type="application/${t}"`), t);
  assert.ok(html.includes('<meta property="og:title"') && html.includes('<meta name="twitter:card" content="summary_large_image"/>'));
  const ld = scripts(html).find((m) => m[0].includes('application/ld+json'));
  assert.ok(ld, 'JSON-LD present');
  const data = JSON.parse(ld[1]);
  assert.equal(data['@type'], 'NewsArticle');
  assert.equal(data.articleSection, a.section);
  assert.equal(data.dateline, `${a.dateline!.place} (AP)`);
  assert.equal(data.datePublished, a.published);
  // No inline executable script: only the external file and the JSON-LD data block.
  for (const s of scripts(html)) assert.ok(/src="\/assets\/site.js"/.test(s[0]) || /application\/ld\+json/.test(s[0]), s[0].slice(0, 80));
  f.done();
});

test('the continuous-reading part is the next story without page chrome', async () => {
  const f = fixture(5);
  const res = await f.get(`/article/${f.articles[2].id}/part`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.startsWith('<article class="story"'));
  assert.match(html, /<h2 id="h-[0-9a-f]+" class="headline">/);
  assert.ok(!html.includes('<html'));
  assert.equal((await f.get('/article/nope/part')).status, 404);
  f.done();
});

test('home, section and search pages list stories; bad input gets friendly pages', async () => {
  const f = fixture(30);
  const home = await (await f.get('/')).text();
  assert.ok(home.includes(f.articles[29].headline!), 'newest story on home');
  assert.match(home, /<section class="section-block"/);
  assert.match(home, /href="\/\?cursor=/);
  const section = await f.get('/section/world');
  assert.equal(section.status, 200);
  const sectionHtml = await section.text();
  assert.ok(sectionHtml.includes('href="/section/world/feed.xml"'));
  const search = await (await f.get('/search?q=' + encodeURIComponent(f.articles[3].headline!.split(' ')[0]))).text();
  assert.match(search, /<mark>/);
  assert.match(search, /stories match|story matches/);
  for (const q of ["' OR 1=1 --", '"unbalanced', 'NEAR(', 'a AND OR', '<script>alert(1)</script>']) {
    const r = await f.get('/search?q=' + encodeURIComponent(q));
    assert.equal(r.status, 200, q);
    assert.ok(!(await r.text()).includes('<script>alert'), q);
  }
  const missing = await f.get('/article/does-not-exist');
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /We could not find that story/);
  assert.equal((await f.get('/section/nope')).status, 404);
  assert.equal((await f.get('/nowhere')).status, 404);
  const bad = await f.get('/section/world?cursor=%%%');
  assert.equal(bad.status, 400);
  assert.match(bad.headers.get('content-type') ?? '', /text\/html/);
  assert.equal((await f.get('/search?q=x&page=zero')).status, 400);
  f.done();
});

test('pages follow the data: a newly stored story appears without a restart', async () => {
  const f = fixture(3);
  const before = await (await f.get('/')).text();
  const fresh = makeArticle({ headline: 'Brand new story about lighthouses', published: new Date().toISOString() }, 500);
  assert.ok(!before.includes(fresh.headline!));
  f.store.putArticles([fresh]);
  assert.ok((await (await f.get('/')).text()).includes(fresh.headline!));
  f.done();
});

test('static assets carry ETags and answer 304', async () => {
  const f = fixture(1);
  const js = await f.get('/assets/site.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  const again = await f.get('/assets/site.js', { headers: { 'if-none-match': js.headers.get('etag')! } });
  assert.equal(again.status, 304);
  f.done();
});
