import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { classifyLines } from './classify.ts';
import { parseText } from '../../parse/text.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';

/** Page ends (split-page.ts): a cookie or consent notice under a story ends its page; above the first story it does not. */

const run = (lines: string[]) => extractFromText(lines.join('\n\n'), opts);
const COOKIES = 'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.';
const CONSENT = 'We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.';

test('a cookie notice under a story (a story\'s worth of text above it) ends the page: the story glued after it is the next page\'s', () => {
  for (const notice of [COOKIES, CONSENT]) {
    const { articles } = run(['Harbour expansion approved after long debate', ...words(HARBOUR, 12, 1), 'Careers', 'Advertise', notice, 'Accept', ...words(GARDEN, 6, 1)]);
    assert.equal(articles.length, 2, notice);
    assert.ok(articles[0].text.includes('Harbour') && !articles[0].text.includes('greenhouse'));
    assert.ok(articles[1].text.includes('greenhouse') && !articles[1].text.includes('Harbour'));
  }
});

test('a cookie banner above the first story is the top of its page: one story, its headline kept', () => {
  const { articles } = run([COOKIES, 'Accept', 'Harbour expansion approved after long debate', ...words(HARBOUR, 8, 1)]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].headline, 'Harbour expansion approved after long debate');
});

test('the IAB consent wording is chrome, not a paragraph; a "Cookie settings" button ends no page', () => {
  const [l] = classifyLines(parseText(CONSENT).lines, { timezone: null, referenceTime: new Date('2025-07-11T12:00:00Z') });
  assert.equal(l.kind, 'chrome');
  const { articles } = run(['Harbour expansion approved after long debate', ...words(HARBOUR, 4, 1), 'Cookie settings', ...words(HARBOUR, 4, 2)]);
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.includes('paragraph 4.') && articles[0].text.includes('Harbour and'));
});
