import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract.ts';

const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the ${topic} story, with enough words, commas, and detail to read as real prose for a news reader here.</p>`).join('');

test('a continuous-scroll page with two full stories gives two articles, each with its own headline and time', () => {
  const html = `<!doctype html><html lang="en"><head><title>Harbour reopens | Example News</title>
    <meta property="og:title" content="Harbour reopens after storm"></head><body>
    <nav><a href="/">Home</a><a href="/news">News</a></nav>
    <article><h1>Harbour reopens after storm</h1><time datetime="2025-07-11T09:44:00+08:00">11 July</time>${para(7, 'harbour')}</article>
    <article><h1><a href="/2025/07/11/market">Fish market moves to the pier</a></h1><time datetime="2025-07-10T18:00:00+08:00">10 July</time>${para(7, 'market')}</article>
    </body></html>`;
  const r = extract(html, { url: 'https://news.example/2025/07/11/harbour' });
  assert.equal(r.articles.length, 2);
  assert.equal(r.articles[0].headline, 'Harbour reopens after storm');
  assert.equal(r.articles[1].headline, 'Fish market moves to the pier');
  assert.equal(r.articles[1].published, '2025-07-10T18:00:00+08:00');
  assert.equal(r.articles[1].canonicalUrl, 'https://news.example/2025/07/11/market');
  assert.match(r.articles[0].text, /harbour story/);
  assert.doesNotMatch(r.articles[0].text, /market story/);
  assert.match(r.articles[1].text, /market story/);
  assert.notEqual(r.articles[0].id, r.articles[1].id);
  assert.ok(r.messages.some((m) => m.code === 'extract.several-stories'));
});

test('sections of one long article wrapped in <article> elements stay one article', () => {
  const html = `<html><body><main><h1>A guide to the harbour</h1>
    <article><h2>History</h2>${para(4, 'history')}</article><article><h2>Today</h2>${para(4, 'today')}</article></main></body></html>`;
  const r = extract(html);
  assert.equal(r.articles.length, 1);
  assert.match(r.articles[0].text, /history story/);
  assert.match(r.articles[0].text, /today story/);
});

test('bad input gives a clear coded message and no article, never a throw', () => {
  const cases: [string | Uint8Array, string][] = [
    ['', 'input.empty'],
    [new Uint8Array(0), 'input.empty'],
    ['   \n\t  ', 'input.empty'],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'input.binary'],
    ['<html><body><nav><a href="/">Home</a></nav><form><input name="q"></form></body></html>', 'extract.no-article'],
  ];
  for (const [input, code] of cases) {
    const r = extract(input);
    assert.deepEqual(r.articles, []);
    assert.ok(r.messages.some((m) => m.code === code), `${code}: ${JSON.stringify(r.messages)}`);
  }
  const png = extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  assert.match(png.messages[0].text, /PNG/);
});

test('input over the size limit is refused before any work', () => {
  const r = extract('<p>x</p>'.repeat(100), { maxBytes: 100 });
  assert.deepEqual(r.articles, []);
  assert.equal(r.messages[0].code, 'input.too-large');
});

test('a wire story gets its dateline parsed and its contributor line moved to contributors', () => {
  const html = `<html><body><article><h1>Talks resume</h1>
    <p>KUALA LUMPUR, Malaysia (AP) — Officials said on Thursday that talks would resume next week, after a pause of several months, in the capital.</p>
    ${para(3, 'talks')}<p>Eileen Ng contributed to this report.</p></article></body></html>`;
  const a = extract(html).articles[0];
  assert.deepEqual(a.dateline, { place: 'KUALA LUMPUR, Malaysia', agency: 'AP' });
  assert.deepEqual(a.contributors, ['Eileen Ng']);
  assert.doesNotMatch(a.text, /contributed to this report/);
  assert.match(a.text, /^KUALA LUMPUR, Malaysia \(AP\) —/);
});
