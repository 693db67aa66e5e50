import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Article } from '../../model/article.ts';
import { toHtml, toHtmlDocument, toMarkdown, toText } from './index.ts';

const base: Article = {
  id: 'abc', url: 'https://news.example/a/1', canonicalUrl: 'https://news.example/a/1', siteName: 'The Example Times', section: 'World',
  headline: 'Floods close schools across the region', description: 'Thousands of pupils stay home as rivers rise.',
  language: 'en-GB', published: '2025-07-11T09:44:00+08:00', updated: '2025-07-11T11:02:00+08:00',
  dateline: { place: 'KUALA LUMPUR', agency: 'Reuters' }, authors: ['Ana Lim', 'Raj Kumar'], contributors: ['Siti Noor'],
  body: [
    { type: 'paragraph', text: 'KUALA LUMPUR (Reuters) — Heavy rain closed 300 schools on Friday.' },
    { type: 'heading', level: 2, text: 'What happens next' },
    { type: 'list', ordered: true, items: ['Schools reopen Monday', 'Exams are postponed'] },
    { type: 'quote', text: '“We are ready,” the minister said.' },
    { type: 'table', rows: [['State', 'Closed'], ['Selangor', '120'], ['Johor', '80']] },
    { type: 'preformatted', text: 'river level: 4.2 m\n   alert: red' },
  ],
  text: '', images: [{ url: 'https://img.example/f.jpg', caption: 'A flooded road in Klang.', credit: 'Photo: J. Tan', alt: 'Cars in water' }],
  links: [{ url: 'https://gov.example/alerts', text: 'flood alerts' }], tags: ['floods', 'weather'], provenance: {}, messages: [],
};

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'><a href="javascript:alert(3)">x</a>\u001b[31m';
const JS_URL = 'javascript:alert(document.domain)';

/** Every string field carries a payload; every URL field is a javascript: or data: URL. */
const evil: Article = {
  ...base,
  url: JS_URL, canonicalUrl: 'data:text/html,<script>alert(1)</script>', siteName: XSS, section: XSS, headline: XSS, description: XSS,
  language: 'en" onload="alert(1)', published: '2025-01-01T00:00:00Z" onmouseover="alert(1)', updated: XSS,
  dateline: { place: XSS, agency: XSS }, authors: [XSS], contributors: [XSS],
  body: [
    { type: 'paragraph', text: XSS }, { type: 'heading', level: 99, text: XSS }, { type: 'list', ordered: false, items: [XSS] },
    { type: 'quote', text: XSS }, { type: 'table', rows: [[XSS, XSS], [XSS]] }, { type: 'preformatted', text: `</pre>${XSS}` },
  ],
  images: [{ url: JS_URL, caption: XSS, credit: XSS, alt: XSS }, { url: ' JaVaScRiPt:alert(1)', caption: null, credit: null, alt: '" onerror="alert(1)' }],
  links: [{ url: JS_URL, text: XSS }, { url: 'vbscript:msgbox(1)', text: 'v' }], tags: [XSS],
};

function elements(html: string): Element[] {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

test('toHtml: a hostile article renders inert (no script, no on* attributes, no javascript: URLs)', () => {
  const html = toHtml(evil);
  const els = elements(html);
  assert.ok(els.length > 10);
  assert.equal(els.filter((e) => ['script', 'iframe', 'object', 'embed', 'base', 'form', 'svg', 'math'].includes(e.name)).length, 0);
  for (const e of els) {
    for (const [name, value] of Object.entries(e.attribs)) {
      assert.ok(!name.startsWith('on'), `event handler attribute ${name} on <${e.name}>`);
      if (['href', 'src', 'action', 'formaction', 'poster', 'srcset'].includes(name)) {
        assert.match(value, /^https?:\/\//, `<${e.name} ${name}="${value}">`);
      }
      assert.notEqual(name, 'style');
    }
  }
  assert.equal(els.filter((e) => e.name === 'style').length, 1);
  assert.equal(els.filter((e) => e.name === 'img').length, 0, 'images with unsafe URLs are dropped');
  const h1 = els.find((e) => e.name === 'h1')!;
  assert.equal(DomUtils.textContent(h1), XSS.replace('\u001b', ''), 'the payload is shown as text, minus the control character');
  assert.ok(!html.includes('\u001b'));
});

test('toHtml: structure, times, figures and contributors of a normal article', () => {
  const html = toHtml(base);
  const els = elements(html);
  const names = els.map((e) => e.name);
  for (const tag of ['h1', 'h2', 'ol', 'li', 'blockquote', 'table', 'th', 'td', 'pre', 'figure', 'figcaption', 'img', 'time']) assert.ok(names.includes(tag), tag);
  const times = els.filter((e) => e.name === 'time').map((e) => e.attribs.datetime);
  assert.deepEqual(times, ['2025-07-11T09:44:00+08:00', '2025-07-11T11:02:00+08:00']);
  assert.equal(els.find((e) => e.name === 'img')?.attribs.src, 'https://img.example/f.jpg');
  assert.match(html, /Photo: J\. Tan/);
  assert.match(html, /Contributors: Siti Noor/);
  assert.match(html, /<html lang="en-GB">/);
  const doc = toHtmlDocument([base, { ...base, headline: 'Second story' }]);
  assert.equal(elements(doc).filter((e) => e.name === 'article').length, 2);
});

test('toMarkdown: structure, and hostile text stays literal', () => {
  const md = toMarkdown(base);
  assert.match(md, /^# Floods close schools across the region\n/);
  assert.match(md, /By Ana Lim and Raj Kumar · Published 2025-07-11 09:44 \+08:00/);
  assert.match(md, /\n## What happens next\n/);
  assert.match(md, /\n1\. Schools reopen Monday\n2\. Exams are postponed\n/);
  assert.match(md, /\n> “We are ready,” the minister said\.\n/);
  assert.match(md, /\| State \| Closed \|\n\| --- \| --- \|\n\| Selangor \| 120 \|/);
  assert.match(md, /```\nriver level: 4\.2 m\n   alert: red\n```/);
  assert.match(md, /!\[Cars in water\]\(https:\/\/img\.example\/f\.jpg\)\n\*A flooded road in Klang\. — Credit: Photo: J\. Tan\*/);
  const bad = toMarkdown(evil);
  // Inside a fenced code block raw text is shown as code, never rendered: check everything else.
  const outsideCode = bad.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '');
  assert.ok(bad.length - outsideCode.length > XSS.length, 'the preformatted block was fenced');
  assert.ok(!/(?:^|[^\\])<\/?[a-z]/im.test(outsideCode), 'every < outside code is backslash-escaped (no raw tags)');
  assert.ok(!/\]\(\s*javascript:/i.test(bad) && !/<javascript:/i.test(bad), 'no javascript: link targets');
  assert.ok(!bad.includes('\u001b'));
  assert.match(bad, /\\<script\\>alert\(1\)\\<\/script\\>/);
});

test('toText: readable plain text without control characters', () => {
  const t = toText(base);
  assert.match(t, /^Floods close schools across the region\n=+\n/);
  assert.match(t, /Dateline: KUALA LUMPUR \(Reuters\)/);
  assert.match(t, /\nSelangor\t120\n/);
  assert.match(t, /\[Image: A flooded road in Klang\. — Credit: Photo: J\. Tan\] https:\/\/img\.example\/f\.jpg/);
  assert.match(t, /Contributors: Siti Noor/);
  const bad = toText(evil);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(bad));
  assert.ok(!bad.includes('javascript:alert(document'), 'unsafe URLs are not printed as sources');
});

test('an article without a headline uses the suggested one, flagged as generated', () => {
  const a: Article = { ...base, headline: null, suggestedHeadline: { text: 'Rain closes schools', generated: true } };
  assert.match(toMarkdown(a), /^# Rain closes schools\n\n\*\(headline suggested by Dateline/);
  assert.match(toHtml(a), /<h1>Rain closes schools<\/h1><p class="note">/);
});
