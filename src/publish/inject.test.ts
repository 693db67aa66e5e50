/**
 * A story built to inject script — in its headline, description, byline, dateline, body,
 * captions, credits, alt text, links and tags — renders inert in every place it shows up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { fixture, hostileArticle } from './test-fixture.ts';

/**
 * Parse the output as a browser would and look for anything live: a script element other than
 * our file or a JSON data block, an iframe/object/embed, an on* handler attribute, or a
 * javascript:/data: URL in href/src. (Escaped text like `&lt;img onerror=…&gt;` is inert.)
 */
function assertInert(body: string, where: string, xml = false) {
  const doc = parseDocument(body, { xmlMode: xml });
  for (const el of findAll(() => true, doc.children)) {
    const name = el.name.toLowerCase();
    if (name === 'script') {
      const ok = el.attribs.src === '/assets/site.js' || el.attribs.type === 'application/ld+json';
      assert.ok(ok, `${where}: live <script> ${JSON.stringify(el.attribs)}`);
    }
    assert.ok(!['iframe', 'object', 'embed'].includes(name), `${where}: <${name}>`);
    for (const [k, v] of Object.entries(el.attribs)) {
      assert.ok(!/^on/i.test(k), `${where}: handler ${k}= on <${name}>`);
      if (['href', 'src', 'action', 'formaction'].includes(k.toLowerCase())) assert.ok(!/^\s*(javascript|data|vbscript):/i.test(v), `${where}: ${k}=${v}`);
    }
  }
}

test('the hostile story renders inert on its page, in each place', async () => {
  const f = fixture(3);
  f.store.putArticles([hostileArticle()]);
  const html = await (await f.get('/article/hostile')).text();
  assertInert(html, 'article page');
  assert.ok(html.includes('Hostile &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'headline escaped, still shown');
  assert.ok(html.includes('Caption &lt;/script&gt;'), 'caption escaped');
  assert.ok(html.includes('Credit &lt;/script&gt;'), 'credit escaped');
  assert.ok(html.includes('By Eve &lt;/script&gt;'), 'byline escaped');
  assert.ok(html.includes('<a href="https://example.org/more" rel="nofollow noopener noreferrer">Click here</a>'), 'safe link kept');
  assert.ok(html.includes('evil link') && !/<a[^>]*>evil link/.test(html), 'javascript: link is text, not a link');
  assert.ok(!/<a[^>]*>data link/.test(html), 'data: link is text, not a link');
  assert.ok(!html.includes('alert(6)'), 'javascript: image dropped');
  // JSON-LD: exactly one closing tag per script element, and the data still parses to the text.
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(ld);
  assert.ok(!ld[1].includes('<'), 'no raw < inside JSON-LD');
  assert.equal(JSON.parse(ld[1]).headline, hostileArticle().headline);
  assert.equal(html.match(/<script\b/g)?.length, 2, 'only site.js and the JSON-LD block');
  f.done();
});

test('the hostile story is inert in listings, search, feeds, the part and the API', async () => {
  const f = fixture(3);
  f.store.putArticles([hostileArticle()]);
  for (const path of ['/', '/section/world', '/search?q=hostile', '/article/hostile/part', '/feed.xml', '/atom.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const r = await f.get(path);
    assert.equal(r.status, 200, path);
    const body = await r.text();
    assertInert(body, path, path.endsWith('.xml'));
    // Inside XML, the item HTML is escaped text: parse that too, as a feed reader would.
    if (path.endsWith('.xml')) for (const m of body.matchAll(/<(content:encoded|content|description|summary|title)[^>]*>([\s\S]*?)<\/\1>/g)) assertInert(decodeXml(m[2]), `${path} item`);
  }
  // In feeds the body HTML is sanitised before it is escaped into XML / JSON.
  const feed = (await (await f.get('/feed.json')).json()) as { items: { id: string; content_html: string }[] };
  const item = feed.items.find((i) => i.id.endsWith('/article/hostile'));
  assert.ok(item);
  assertInert(item.content_html, 'JSON Feed content_html');
  const ninjs = (await (await f.get('/api/articles/hostile?format=ninjs')).json()) as { bodies: { value: string; contenttype: string }[] };
  assertInert(ninjs.bodies.find((b) => b.contenttype === 'text/html')!.value, 'ninjs html body');
  const api = (await (await f.get('/api/search?q=hostile')).json()) as { items: { snippetHtml: string }[] };
  assertInert(api.items[0].snippetHtml, 'search snippetHtml');
  f.done();
});

function decodeXml(s: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(s);
  if (cdata) return cdata[1];
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
