import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import type { AnyNode, Element } from 'domhandler';
import { extractContent, type ContentContext } from './index.ts';
import { collapse, documentOrder } from './dom.ts';
import { blocksToText } from '../text-of.ts';

const P = (s: string) => `<p>${s}</p>`;
const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding three routes that will serve the northern districts for the first time.',
  'Officials said the new routes, which cost about $4 million a year, would start in March, and that fares would stay the same for now.',
  'Residents who had campaigned for years welcomed the decision, though some said the timetable, with buses every 30 minutes, was too thin.',
  'The transport department will publish the full schedule next month, after a consultation with drivers, unions and neighbourhood groups.',
];

function run(html: string, ctx: Partial<ContentContext> = {}) {
  return extractContent(parseHtml(html), { url: 'https://news.example/story', headline: null, articleBody: null, ...ctx });
}

function page(article: string, extra = ''): string {
  return `<!doctype html><html><head><title>t</title></head><body>
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <div class="layout"><div class="article-body">${article}</div>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">And one more story people clicked</a></li></ul></aside></div>
    ${extra}
    <footer class="site-footer"><p>© 2025 Example News. All rights reserved.</p></footer></body></html>`;
}

test('finds the story paragraphs in order and leaves navigation, sidebar and footer out', () => {
  const r = run(page(PROSE.map(P).join('')));
  assert.deepEqual(r.body.map((b) => (b.type === 'paragraph' ? b.text : b.type)), PROSE);
});

test('keeps structure: headings, lists, quotes, tables and preformatted text', () => {
  const html = page(
    P(PROSE[0]) + '<h2>What changes</h2>' + '<ul><li>Route 12 to the harbour</li><li>Route 14 to the university</li></ul>' +
      '<blockquote><p>We waited a long time for this.</p></blockquote>' +
      '<table><tr><th>Route</th><th>Start</th></tr><tr><td>12</td><td>March</td></tr></table>' +
      '<pre>line 1\n  line 2</pre>' + P(PROSE[1]),
  );
  const types = run(html).body.map((b) => b.type);
  assert.deepEqual(types, ['paragraph', 'heading', 'list', 'quote', 'table', 'preformatted', 'paragraph']);
  const body = run(html).body;
  assert.deepEqual(body[2], { type: 'list', ordered: false, items: ['Route 12 to the harbour', 'Route 14 to the university'] });
  assert.deepEqual(body[4], { type: 'table', rows: [['Route', 'Start'], ['12', 'March']] });
  assert.deepEqual(body[5], { type: 'preformatted', text: 'line 1\n  line 2' });
});

test('figures become images with caption and credit, and their text stays out of the body', () => {
  const fig = '<figure><img src="/img/bus.jpg" alt="A bus"><figcaption>A new bus on Route 12 in Springfield, Tuesday, July 8, 2025. (AP Photo/Jane Roe)</figcaption></figure>';
  const r = run(page(P(PROSE[0]) + fig + P(PROSE[1])));
  assert.equal(r.body.length, 2);
  assert.equal(r.images.length, 1);
  assert.equal(r.images[0].url, 'https://news.example/img/bus.jpg');
  assert.equal(r.images[0].alt, 'A bus');
  assert.match(r.images[0].caption ?? '', /^A new bus on Route 12/);
  assert.ok(!blocksToText(r.body).includes('A new bus'));
});

test('share bars, newsletter boxes and "Advertisement" lines inside the article are dropped', () => {
  const html = page(
    '<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a></div>' + P(PROSE[0]) +
      '<p>Advertisement</p>' + '<div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first, every morning.</p></div>' +
      P(PROSE[1]) + '<p><a href="/related">Read more: Council approves new budget for parks</a></p>' + P(PROSE[2]),
  );
  const r = run(html);
  assert.deepEqual(r.body.map((b) => (b.type === 'paragraph' ? b.text : '')), [PROSE[0], PROSE[1], PROSE[2]]);
  assert.ok(r.messages.some((m) => m.code.startsWith('boilerplate.')));
});

test('a gallery that prints each caption twice leaves no caption in the body', () => {
  const cap = 'Commuters wait for the first bus on the new route in the northern district of Springfield on Tuesday morning.';
  const html = page(`<ul class="list"><li>${cap}</li></ul><p>${cap}</p><p>${cap}</p>` + PROSE.map(P).join(''));
  const text = blocksToText(run(html).body);
  assert.ok(!text.includes('Commuters wait'), text);
  assert.ok(text.includes(PROSE[3]));
});

test('leading byline, staff and date lines and the headline block are not body text', () => {
  const html = page(
    '<h1>Council expands bus network</h1><p>By Jane Roe and John Doe</p><p>Robert Burns, AP National Security Writer</p>' +
      '<p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>' + PROSE.map(P).join(''),
  );
  const r = run(html, { headline: 'Council expands bus network' });
  assert.equal(r.body[0].type === 'paragraph' && r.body[0].text, PROSE[0]);
});

test('a story split into same-kind chunks around an image is joined in order', () => {
  const chunk = (ps: string[]) => `<section class="wrap"><div class="post-content">${ps.map(P).join('')}</div></section>`;
  const html = `<html><body><div class="outer">${chunk(PROSE.slice(0, 2))}<section class="media"><img src="/a.jpg"></section>${chunk(PROSE.slice(2))}</div></body></html>`;
  const r = run(html);
  assert.deepEqual(r.body.map((b) => (b.type === 'paragraph' ? b.text : '')), PROSE);
});

test('text loose in a div between <br>s is found', () => {
  const html = `<html><body><div class="menu"><a href="/">Home</a></div><div class="post">${PROSE.join('<br><br>')}<div class="sep"><img src="/x.jpg"></div></div></body></html>`;
  const text = blocksToText(run(html).body);
  for (const p of PROSE) assert.ok(text.includes(p), p);
});

test('hidden elements are not content, but React streaming boundaries are', () => {
  const html = `<html><body><div hidden><p>${'Secret text that is hidden from readers, with commas, here. '.repeat(3)}</p></div>` +
    `<div hidden id="S:0"><article>${PROSE.map(P).join('')}</article></div></body></html>`;
  const text = blocksToText(run(html).body);
  assert.ok(text.includes(PROSE[0]));
  assert.ok(!text.includes('Secret text'));
});

test('links in the body are listed with absolute http(s) URLs only', () => {
  const html = page(`<p>The council <a href="/decision">published its decision</a> and <a href="javascript:alert(1)">a trap</a>, as expected by many residents of the northern districts.</p>` + PROSE.slice(1).map(P).join(''));
  const r = run(html);
  assert.deepEqual(r.links, [{ url: 'https://news.example/decision', text: 'published its decision' }]);
});

test('deeply nested markup (100,000 levels) does not overflow the stack', () => {
  const depth = 100_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${PROSE.map(P).join('')}${'</div>'.repeat(depth)}</body></html>`;
  const r = run(html);
  assert.ok(r.body.length >= 1);
});

test('a page with no prose gives no body', () => {
  const html = '<html><body><nav><a href="/">Home</a><a href="/login">Log in</a></nav><form><input name="user"><button>Sign in</button></form></body></html>';
  assert.deepEqual(run(html).body, []);
});

test('captions that leaked into the text as paragraphs, and credit-only lines, are not body', () => {
  const html = page(
    P(PROSE[0]) + '<p>Protesters gathered outside the council building on Tuesday (Image: GETTY)</p>' +
      '<p>Jane Roe | Bloomberg | Getty Images</p>' + "<p>DON'T MISS</p>" + P(PROSE[1]),
  );
  assert.deepEqual(run(html).body.map((b) => (b.type === 'paragraph' ? b.text : '')), [PROSE[0], PROSE[1]]);
});

test('a caption printed with and without its credit counts as one repeated caption', () => {
  const cap = 'Commuters wait for the first bus on the new route in the northern district of Springfield on Tuesday';
  const html = page(`<ul class="list"><li>${cap}. Photo: Jane Roe, AP</li></ul><p>${cap}.</p>` + PROSE.map(P).join(''));
  assert.ok(!blocksToText(run(html).body).includes('Commuters wait'));
});

test('newlines in the page source are spaces; only <br> breaks a line', () => {
  const html = page(`<p>The council voted on Tuesday to expand
the bus network,<br>adding three routes that will serve the
northern districts, for the first time.</p>` + PROSE.slice(1).map(P).join(''));
  const first = run(html).body[0];
  assert.equal(first.type === 'paragraph' && first.text, 'The council voted on Tuesday to expand the bus network,\nadding three routes that will serve the northern districts, for the first time.');
});

test('breadcrumbs, time stamps, copyright and symbol lines at the head, and promo/nav lines at the foot, are not body', () => {
  const html = page(
    '<p>Home › News › Transport</p><p>1:39 PM ET</p><p>© Provided by Example Wire</p><p>×</p>' +
      PROSE.map(P).join('') +
      '<p>Get Example News breaking alerts to your inbox</p><p>Order Reprints | Today’s Paper | Subscribe</p><p>Next page: Sport</p>',
  );
  assert.deepEqual(run(html).body.map((b) => (b.type === 'paragraph' ? b.text : '')), PROSE);
});

test('documentOrder sorts nodes as they stand in the page (ancestors first)', () => {
  const doc = parseHtml('<div id=a><p id=b>x</p><section id=c><p id=d>y</p></section></div><p id=e>z</p>');
  const byId = new Map<string, Element>();
  const stack: AnyNode[] = [doc];
  while (stack.length) { const n = stack.pop()!; if ('attribs' in n && n.attribs.id) byId.set(n.attribs.id, n); if ('children' in n) stack.push(...n.children); }
  const ids = ['e', 'd', 'a', 'c', 'b'].map((id) => byId.get(id)!).sort(documentOrder).map((e) => e.attribs.id);
  assert.deepEqual(ids, ['a', 'b', 'c', 'd', 'e']);
});

test('collapse leaves collapsed text as it is and folds every other kind of white space', () => {
  assert.equal(collapse('Already one space'), 'Already one space');
  assert.equal(collapse(' lead'), 'lead');
  assert.equal(collapse('trail '), 'trail');
  assert.equal(collapse('a  b\tc\nd\u00a0e\u200bf\u2003g'), 'a b c d e f g');
  assert.equal(collapse('Ünïcödé ok'), 'Ünïcödé ok');
  assert.equal(collapse(''), '');
  // Every BMP code point between two letters: the fast path must agree with the plain regex.
  const plain = (t: string) => t.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
  for (let c = 0; c < 0x10000; c++) {
    const t = `a${String.fromCharCode(c)}b`;
    if (collapse(t) !== plain(t)) assert.fail(`U+${c.toString(16)} collapses differently`);
  }
});

test('a short date/section strip as a list at the head of the story is not body; a leading list of real items stays', () => {
  const prose = PROSE.map(P).join('');
  const strip = run(page(`<ul><li>24 July 2015</li><li>From the section World</li><li>941 comments</li></ul>${prose}`));
  assert.equal(strip.body[0].type, 'paragraph');
  assert.ok(strip.messages.some((m) => m.code === 'boilerplate.byline-line'));
  const items = run(page(`<ul><li>Buses every ten minutes</li><li>Two new tram lines</li><li>Cheaper fares for students</li></ul>${prose}`));
  assert.equal(items.body[0].type, 'list');
});

test('a furniture class word a site uses for its story sections does not empty the story; a real skip link still goes', () => {
  const sections = PROSE.map((p, i) => `<div id="topic${i}" class="skip-item"><h2>Part ${i + 1}</h2>${P(p)}${P(p.replace('The ', 'Then the '))}</div>`).join('');
  const lead = P('A short introduction to the plan that the council approved, and what it means for riders across the city this year.');
  const story = `<div class="skip-link"><a href="#main">Skip to content</a></div>${lead}<div class="toc-box"><p><strong>IN THIS ARTICLE</strong></p></div>${sections}`;
  const text = blocksToText(run(page(story)).body);
  for (const p of PROSE) assert.ok(text.includes(p), p);
  assert.ok(!text.includes('Skip to content'));
  // Sections of a class word that is not furniture were never in question; a lone small skip block still is.
  const plain = blocksToText(run(page(`<div class="skip-item"><p>Jump to the comments</p></div>${PROSE.map(P).join('')}`)).body);
  assert.ok(!plain.includes('Jump to the comments') && plain.includes(PROSE[3]));
});

test('a how-to whose steps are link-free nested <article>s keeps them; teaser cards with links still go', () => {
  const steps = PROSE.map((p, i) => `<article class="step"><h3>Step ${i + 1}</h3>${P(p)}${P(p.replace('The ', 'Then the '))}</article>`).join('');
  const intro = P('Five steps to a better setup, from the chair to the screen, each one quick to do.');
  const text = blocksToText(run(page(`<h2>Five steps</h2>${intro}<section class="steps">${steps}</section>`)).body);
  for (const p of PROSE) assert.ok(text.includes(p), p);
  // A full story followed by small linked teaser cards: the story keeps most of the container, the cards stay out.
  const cards = [1, 2, 3].map((i) => `<article class="card"><h3><a href="/s${i}">Other story number ${i} that readers also liked</a></h3></article>`).join('');
  const story = blocksToText(run(page(PROSE.map(P).join('') + cards)).body);
  assert.ok(story.includes(PROSE[3]) && !story.includes('Other story number'));
});

test('a story spread over page-builder widgets nested deep in their own wrappers is taken whole', () => {
  const wrap = (inner: string, depth: number): string => (depth === 0 ? inner : `<div class="builder-column-${depth}">${wrap(inner, depth - 1)}</div>`);
  const widget = (i: number) => wrap(`<div class="text-editor-widget w-${i}">${P(PROSE[i])}${P(PROSE[(i + 1) % 4].replace('The ', 'Later the '))}</div>`, 7);
  const text = blocksToText(run(page([0, 1, 2, 3].map(widget).join(''))).body);
  for (const p of PROSE) assert.ok(text.includes(p), p);
});

test('a listicle whose items sit in several sections is lifted to the ancestor holding all of them', () => {
  const item = (i: number) => `<div class="entry-${i}"><h3>Item ${i + 1}</h3>${P(PROSE[i])}${P(PROSE[i].replace('The ', 'Also the '))}</div>`;
  const html = page(`<section class="part-a">${P('Our picks for the year, in no particular order, after months of testing.')}${item(0)}${item(1)}${item(2)}</section><section class="part-b">${item(3)}</section>`);
  const text = blocksToText(run(html).body);
  for (const p of PROSE) assert.ok(text.includes(p), p);
});
