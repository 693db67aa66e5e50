import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { fixture, ORIGIN } from '../test-fixture.ts';
import { makeArticle } from '../../store/testing.ts';

const xml = new XMLParser({ ignoreAttributes: false });

test('site and section feeds: RSS 2.0, Atom, JSON Feed 1.1', async () => {
  const f = fixture(12);
  const rss = xml.parse(await (await f.get('/feed.xml')).text());
  assert.equal(rss.rss['@_version'], '2.0');
  assert.equal(rss.rss.channel.item.length, 12);
  assert.equal(rss.rss.channel.item[0].link, `${ORIGIN}/article/${f.articles[11].id}`);
  const atom = xml.parse(await (await f.get('/atom.xml')).text());
  assert.equal(atom.feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(atom.feed.entry.length, 12);
  const json = (await (await f.get('/feed.json')).json()) as { version: string; items: { id: string; content_html: string; authors: unknown[] }[] };
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(json.items[0].content_html.startsWith('<p>'));
  assert.ok(Array.isArray(json.items[0].authors));
  const res = await f.get('/section/world/feed.json');
  assert.match(res.headers.get('content-type') ?? '', /application\/feed\+json/);
  const sec = (await res.json()) as { items: unknown[]; feed_url: string };
  assert.ok(sec.items.length > 0 && sec.items.length < 12);
  assert.equal(sec.feed_url, `${ORIGIN}/section/world/feed.json`);
  assert.equal((await f.get('/section/none/atom.xml')).status, 404);
  f.done();
});

test('sitemap, Google News sitemap (last two days only) and robots.txt', async () => {
  const f = fixture(5);
  const fresh = makeArticle({ headline: 'Fresh story', published: new Date().toISOString() }, 77);
  f.store.putArticles([fresh]);
  const map = xml.parse(await (await f.get('/sitemap.xml')).text());
  const locs = map.urlset.url.map((u: { loc: string }) => u.loc);
  assert.ok(locs.includes(`${ORIGIN}/`));
  for (const a of [...f.articles, fresh]) assert.ok(locs.includes(`${ORIGIN}/article/${a.id}`));
  const news = xml.parse(await (await f.get('/news-sitemap.xml')).text());
  const entries = [news.urlset.url].flat();
  assert.equal(entries.length, 1, 'only the story from the last two days');
  assert.equal(entries[0]['news:news']['news:title'], 'Fresh story');
  assert.equal(entries[0]['news:news']['news:publication']['news:name'], 'Dateline');
  const robots = await (await f.get('/robots.txt')).text();
  assert.match(robots, new RegExp(`Sitemap: ${ORIGIN}/sitemap.xml`));
  assert.match(robots, new RegExp(`Sitemap: ${ORIGIN}/news-sitemap.xml`));
  f.done();
});
