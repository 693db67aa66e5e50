import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { extract } from '../extract.ts';
import { resolveExtractOptions } from '../options.ts';

const opts = resolveExtractOptions({});

test('empty and blank text: no articles, a reason', () => {
  for (const text of ['', '   \n\n\t  \n']) {
    const r = extractFromText(text, opts);
    assert.equal(r.articles.length, 0);
    assert.equal(r.messages[0].code, 'input.empty');
  }
  assert.equal(extract('', { as: 'text' }).messages[0].code, 'input.empty');
});

test('a capture with no story (menus, buttons, footer): empty articles with a reason', () => {
  const r = extractFromText(['Home', 'World', 'Sports', 'Sign in', 'Subscribe', 'Weather', 'Contact us', '© 2025 Example'].join('\n'), opts);
  assert.equal(r.articles.length, 0);
  const m = r.messages.find((x) => x.code === 'extract.no-article');
  assert.ok(m && /8 line/.test(m.text), m?.text);
});

test('binary junk decoded as text: refused with input.binary', () => {
  const bytes = new Uint8Array(200_000);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const text = new TextDecoder('utf-8').decode(bytes);
  const r = extractFromText(text, opts);
  assert.equal(r.articles.length, 0);
  assert.ok(r.messages.some((m) => m.code === 'input.binary'));
});

test('one enormous line (10 MB) runs in bounded time', () => {
  const line = 'lorem ipsum dolor sit amet consectetur '.repeat(270_000);
  assert.ok(line.length >= 10_000_000);
  const t0 = performance.now();
  const r = extractFromText(line, opts);
  const ms = performance.now() - t0;
  assert.ok(ms < 10_000, `${ms} ms`);
  // Word soup without sentences is still text: whatever is returned has bounded paragraphs.
  for (const a of r.articles) assert.ok(a.body.every((b) => b.type !== 'paragraph' || b.text.length <= 20_000));
});

test('100 MB of text: only a bounded prefix is read, with a message; extract() refuses it by size', () => {
  const para = 'The council met on Tuesday and agreed to a new plan for the harbour, officials said.\n\n';
  const text = para.repeat(Math.ceil(100_000_000 / para.length));
  assert.ok(text.length >= 100_000_000);
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = extractFromText(text, opts);
  const ms = performance.now() - t0;
  assert.ok(ms < 20_000, `${ms} ms`);
  assert.ok(r.messages.some((m) => m.code === 'text.truncated'));
  assert.ok(process.memoryUsage().heapUsed - heap0 < 600_000_000);
  // The repeated paragraph is kept once, not 1.2 million times.
  for (const a of r.articles) assert.ok(a.body.length < 10);
  assert.equal(extract(text, { as: 'text' }).messages[0].code, 'input.too-large');
});
