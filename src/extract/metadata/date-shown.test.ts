import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata } from './index.ts';
import { dayFirst, preferShown, readShown, settleReading, type ShownDate } from './date-shown.ts';
import type { Message } from '../../model/article.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const ctx = { timezone: null, referenceTime: REF };
const read = (html: string, url: string | null = 'https://example.org/guides/story') => readMetadata(parseHtml(html), { url, ...ctx });
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

test('a shown date carries its label, from its own words or the label just before it', () => {
  const own = readShown({ text: 'Last updated: Dec 4, 2025', order: 10 }, [], 'en', ctx);
  assert.equal(own?.day, '2025-12-04');
  assert.equal(own?.label, 'updated');
  const split = readShown({ text: 'April 1, 2025', order: 12 }, [{ text: 'Last Updated:', order: 10 }], 'en', ctx);
  assert.equal(split?.label, 'updated');
  const pub = readShown({ text: 'Published March 9, 2025', order: 5 }, [], 'en', ctx);
  assert.equal(pub?.label, 'published');
  const orig = readShown({ text: 'This article was originally published on 26 Sep 2019 at 4:12pm but has been updated', order: 5 }, [], 'en', ctx);
  assert.deepEqual([orig?.day, orig?.label], ['2019-09-26', 'published']);
  // A month alone is not a day; a reading time after the date is ignored.
  assert.equal(readShown({ text: 'December 2025', order: 5 }, [], 'en', ctx), null);
  assert.equal(readShown({ text: 'Updated Dec 18, 2024 · 12 min read', order: 5 }, [], 'en', ctx)?.day, '2024-12-18');
  // A byline after the year ends the date.
  assert.equal(readShown({ text: 'January 20th, 2025 by JWU', order: 5 }, [], 'en', ctx)?.day, '2025-01-20');
});

test('on a page in another language, an English month name is embedded content; numeric dates still read', () => {
  assert.equal(readShown({ text: 'October 31, 2021', order: 1 }, [], 'cs', ctx), null);
  assert.equal(readShown({ text: '31.10.2021', order: 1 }, [], 'cs', ctx)?.day, '2021-10-31');
});

test('numeric dates follow the page language, and keep their other reading', () => {
  assert.equal(dayFirst('en-GB'), true);
  assert.equal(dayFirst('en-US'), false);
  assert.equal(dayFirst(null), false);
  const gb = readShown({ text: '03/10/2023', order: 1 }, [], 'en-GB', ctx);
  assert.deepEqual([gb?.day, gb?.altDay], ['2023-10-03', '2023-03-10']);
  const us = readShown({ text: '03/10/2023', order: 1 }, [], 'en-US', ctx);
  assert.equal(us?.day, '2023-03-10');
  assert.equal(readShown({ text: '25/10/2023', order: 1 }, [], 'en-US', ctx)?.day, '2023-10-25');
});

const picked = (iso: string, source = 'json-ld') => ({ iso, zoned: /[Z+-]\d\d:\d\d$|Z$/.test(iso), hasTime: iso.length > 10, source });
const shown = (day: string, label: ShownDate['label'] = null): ShownDate => ({ day, value: { iso: day, zoned: false, hasTime: false }, label, machineDay: null, altDay: null });

type Picks = Parameters<typeof preferShown>[0];

test('preferShown: an earlier unlabelled shown date that is neither metadata date replaces the published one', () => {
  const msgs: Message[] = [];
  const out: Picks = { published: picked('2025-01-31T12:00:00+00:00'), updated: picked('2025-02-08T18:02:10+00:00') };
  preferShown(out, shown('2017-03-01'), msgs);
  assert.equal(out.published?.iso, '2017-03-01');
  assert.equal(out.published?.source, 'date-shown');
  assert.ok(msgs.some((m) => m.code === 'date.shown-over-metadata'));
  // A later one that is not the modified date: the metadata's date is one the page does not show (a CMS item's creation).
  const later: Picks = { published: picked('2013-03-11T11:11:07-07:00'), updated: picked('2026-02-18T07:49:16-08:00') };
  preferShown(later, shown('2023-03-20'), []);
  assert.equal(later.published?.iso, '2023-03-20');
  // A later one that is the modified date is an update shown without its label: the first publication stays.
  const mod: Picks = { published: picked('2015-09-17T16:57:43+01:00'), updated: picked('2016-05-08T10:11:51+01:00') };
  preferShown(mod, shown('2016-05-08'), []);
  assert.equal(mod.published?.iso, '2015-09-17T16:57:43+01:00');
});

test('preferShown: a UTC stamp goes to the local day the page and its URL show, in the page\'s offset', () => {
  const msgs: Message[] = [];
  const s: ShownDate = { ...shown('2025-12-18'), offsets: [-300], urlDay: '2025-12-18' };
  const out: Picks = { published: picked('2025-12-19T02:41:41+00:00', 'opengraph'), updated: null };
  preferShown(out, s, msgs);
  assert.equal(out.published?.iso, '2025-12-18T21:41:41-05:00');
  assert.equal(out.published?.source, 'opengraph');
  assert.ok(msgs.some((m) => m.code === 'date.local-day'));
  // Without the URL's witness the UTC day stays (the shown day is then only a zone shift).
  const alone: Picks = { published: picked('2025-12-19T02:41:41+00:00', 'opengraph'), updated: null };
  preferShown(alone, { ...s, urlDay: null }, []);
  assert.equal(alone.published?.iso, '2025-12-19T02:41:41+00:00');
  // An "Updated" line never moves the published stamp.
  const upd: Picks = { published: picked('2025-12-19T02:41:41+00:00', 'opengraph'), updated: null };
  preferShown(upd, { ...s, label: 'updated' }, []);
  assert.equal(upd.published?.iso, '2025-12-19T02:41:41+00:00');
});

test('readMetadata: a UTC metadata stamp is given the local day shown under the headline and in the URL', () => {
  const html = page('<meta property="article:published_time" content="2025-03-19T02:05:00+00:00">',
    '<h1>Are we there yet?</h1><p class="meta"><time datetime="2025-03-18T19:05:00-07:00">March 18, 2025</time></p><p>Body text.</p>');
  assert.equal(read(html, 'https://blog.example.org/2025/03/18/are-we-there-yet').published, '2025-03-18T19:05:00-07:00');
  assert.equal(read(html, 'https://blog.example.org/are-we-there-yet').published, '2025-03-19T02:05:00+00:00');
});

test('preferShown: the shown modified date or an "Updated" label leaves the published date alone', () => {
  const a = { published: picked('2012-09-12T16:45:28+00:00'), updated: picked('2021-09-08T18:02:10+00:00') };
  preferShown(a, shown('2021-09-08'), []);
  assert.equal(a.published?.iso, '2012-09-12T16:45:28+00:00');
  const b: Picks = { published: picked('2020-01-01T10:00:00+00:00'), updated: null };
  preferShown(b, shown('2024-07-04', 'updated'), []);
  assert.equal(b.published?.iso, '2020-01-01T10:00:00+00:00');
  assert.equal(b.updated?.iso, '2024-07-04');
});

test('preferShown: zone shifts agree; identical published/modified stamps do not protect a differing day', () => {
  const z: Picks = { published: picked('2021-12-10T02:17:00+00:00'), updated: null };
  preferShown(z, shown('2021-12-09'), []);
  assert.equal(z.published?.iso, '2021-12-10T02:17:00+00:00');
  // 22:02 UTC on the 19th is never the 18th anywhere: a real disagreement.
  const far: Picks = { published: picked('2025-12-19T22:02:58+00:00'), updated: null };
  preferShown(far, shown('2025-12-18'), []);
  assert.equal(far.published?.iso, '2025-12-18');
  const stamp: Picks = { published: picked('2025-11-13T09:21:40'), updated: picked('2025-11-13T09:21:40') };
  preferShown(stamp, shown('2025-11-12'), []);
  assert.equal(stamp.published?.iso, '2025-11-12');
  // A zoned stamp whose zone explains the day apart agrees.
  const zonedStamp: Picks = { published: picked('2018-06-12T23:00:00+00:00'), updated: picked('2018-06-12T23:00:00+00:00') };
  preferShown(zonedStamp, shown('2018-06-13'), []);
  assert.equal(zonedStamp.published?.iso, '2018-06-12T23:00:00+00:00');
  // A "Published" label wins even when it shows the modified day.
  // A published date read from the page's own text lines is not second-guessed by an unlabelled one.
  const text: Picks = { published: picked('2015-03-26', 'date-text'), updated: null };
  preferShown(text, shown('2015-03-25'), []);
  assert.equal(text.published?.iso, '2015-03-26');
  const lab: Picks = { published: picked('2026-03-07'), updated: picked('2026-03-09') };
  preferShown(lab, shown('2026-03-09', 'published'), []);
  assert.equal(lab.published?.iso, '2026-03-09');
});

test('readMetadata: the date under the headline beats a hidden metadata date it contradicts', () => {
  const m = read(page(ld({ '@type': 'Article', headline: 'Renting a car abroad', datePublished: '2024-09-12T16:45:28+00:00', dateModified: '2025-01-08T18:02:10+00:00' }),
    '<h1>Renting a car abroad</h1><div class="meta"><span>By Ann Lee</span> <span>March 1, 2017</span></div><p>Body text.</p>'));
  assert.equal(m.published, '2017-03-01');
  assert.equal(m.provenance.published, 'date-shown');
  // Shown only as "Last Updated:" (label in its own element): the metadata's published date stays.
  const u = read(page(ld({ '@type': 'Article', headline: 'Renting a car abroad', datePublished: '2012-09-12T16:45:28+00:00', dateModified: '2021-09-08T18:02:10+00:00' }),
    '<h1>Renting a car abroad</h1><div><span class="label">Last Updated:</span> <span class="date">April 1, 2020</span></div><p>Body text.</p>'));
  assert.equal(u.published, '2012-09-12T16:45:28+00:00');
});

test('readMetadata: a "Published" line under the story counts when nothing is dated near the headline', () => {
  const m = read(page(ld({ '@type': 'Article', headline: 'Ten free tools', datePublished: '2025-05-29T12:28:31-05:00', dateModified: '2025-05-29T12:28:31-05:00' }),
    `<h1>Ten free tools</h1>${'<p>Paragraph of body text.</p>'.repeat(30)}<div>Published <time datetime="2025-03-13">March 13, 2025</time></div>`));
  assert.equal(m.published, '2025-03-13');
});

test('settleReading: an ambiguous numeric date takes the reading the page writes as an ISO <time> elsewhere', () => {
  const doc = parseHtml('<time datetime="2025-12-02">December 02, 2025</time><time datetime="2025-11-20">Nov 20</time>');
  const times = [...doc.children].filter((n): n is import('domhandler').Element => 'name' in n && n.name === 'time');
  const s = readShown({ text: '02-12-2025', order: 1 }, [], 'en', ctx)!;
  assert.deepEqual([s.day, s.altDay], ['2025-02-12', '2025-12-02']);
  const settled = settleReading(s, times, ctx);
  assert.deepEqual([settled.day, settled.value.iso, settled.altDay], ['2025-12-02', '2025-12-02', null]);
  // When the page also writes the first reading, the language's order stands.
  const both = parseHtml('<time datetime="2025-02-12">Feb 12</time><time datetime="2025-12-02">Dec 2</time>');
  const t2 = [...both.children].filter((n): n is import('domhandler').Element => 'name' in n && n.name === 'time');
  assert.equal(settleReading(s, t2, ctx).day, '2025-02-12');
});

test('readMetadata: a day-first numeric header date is read the way the page\'s own ISO <time> writes it', () => {
  const html = (iso: string) => '<!doctype html><html lang="en"><body><main><h1>Pixel-perfect UI</h1><ul><li><time datetime="03-02-2025">03-02-2025</time></li></ul>'
    + `<p>Body text.</p></main><aside><h4><a href="/p1">Pixel-perfect UI</a></h4><time datetime="${iso}">Recent post</time></aside></body></html>`;
  assert.equal(read(html('2025-02-03')).published, '2025-02-03');
  // No ISO witness of the other reading: the page language's order (month first in English) stands.
  assert.equal(read(html('2025-01-20')).published, '2025-03-02');
  // A dotted date is day first whatever else the page writes.
  const dotted = '<!doctype html><html lang="en"><head><meta property="article:published_time" content="2025-02-03"></head><body><main><h1>Pixel-perfect UI</h1><p class="date">03.02.2025</p><p>Body text.</p></main>'
    + '<aside><time datetime="2025-03-02">Recent post</time></aside></body></html>';
  assert.equal(read(dotted).published, '2025-02-03');
});
