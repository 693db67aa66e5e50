import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { headerPromo } from './body-promo.ts';
import { GARDEN, HARBOUR, opts, words } from './test-helpers.ts';

/** The header-promo rule (body-promo.ts): which first story is a promo box over its page's story. */

const story = (topic: string[], n: number) => extractFromText([`${topic[0]} story headline for the test`, ...words(topic, n, 1)].join('\n\n'), opts).articles[0];

test('a small first story under a story four times longer on the same page is a promo box', () => {
  const promo = story(GARDEN, 4); // about 100 words
  const long = story(HARBOUR, 20); // about 500 words
  assert.equal(headerPromo([promo, long], [{ startedBy: 'first' }, { startedBy: 'byline-block' }]), true);
  assert.equal(headerPromo([promo, long], [{ startedBy: 'first' }, { startedBy: 'chrome-run' }]), true);
});

test('no promo: a first story of its own size, two pages (a copyright line between), or comments under a post', () => {
  const promo = story(GARDEN, 4);
  const long = story(HARBOUR, 20);
  assert.equal(headerPromo([story(GARDEN, 12), long], [{ startedBy: 'first' }, { startedBy: 'byline-block' }]), false);
  assert.equal(headerPromo([promo, story(HARBOUR, 12)], [{ startedBy: 'first' }, { startedBy: 'byline-block' }]), false);
  assert.equal(headerPromo([promo, long], [{ startedBy: 'first' }, { startedBy: 'after-page-end' }]), false);
  assert.equal(headerPromo([promo, long], [{ startedBy: 'first' }, { startedBy: 'after-footer' }]), false);
  assert.equal(headerPromo([long], [{ startedBy: 'first' }]), false);
});

test('a first story of any size under 1,000 words is header text when the story after it is ten times longer', () => {
  const menu = story(GARDEN, 16); // about 400 words: a menu with a description under each entry
  assert.equal(headerPromo([menu, story(HARBOUR, 170)], [{ startedBy: 'first' }, { startedBy: 'byline-block' }]), true);
  assert.equal(headerPromo([menu, story(HARBOUR, 100)], [{ startedBy: 'first' }, { startedBy: 'byline-block' }]), false);
});
