import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { clockOffset, onLocalDay, statedOffsets } from './date-zone.ts';

const time = (datetime: string) => ({ attribs: { datetime } }) as unknown as Element;
const utc = (iso: string) => ({ iso, zoned: true, hasTime: true });

test('statedOffsets: distinct non-zero offsets of the page\'s <time> values, in order', () => {
  const got = statedOffsets([time('2025-12-18T21:46:01-05:00'), time('2025-12-18T22:00:00Z'), time('2025-12-17T10:00:00-0500'), time('2025-06-01T10:00:00+05:30'), time('March 3')]);
  assert.deepEqual(got, [-300, 330]);
});

test('clockOffset: a clock reading of the same instant gives the zone; another instant gives none', () => {
  const t = Date.parse('2017-02-24T01:18:13Z');
  // The page labels its local clock "+00:00": the clock, not the label, is read.
  assert.equal(clockOffset('2017-02-23T17:18:13+00:00', t), -480);
  assert.equal(clockOffset('2017-02-23T17:19:13', t), null);
  assert.equal(clockOffset('2017-02-24T01:18:13', t), null);
  assert.equal(clockOffset('2017-02-22T01:18:13', t), null);
  assert.equal(clockOffset('2017-02-23', t), null);
});

test('onLocalDay: a UTC stamp is written in the offset that puts it on the shown day', () => {
  const p = utc('2025-12-19T02:41:41+00:00');
  assert.equal(onLocalDay(p, '2025-12-18', [], [-300])?.iso, '2025-12-18T21:41:41-05:00');
  // The shown date's own machine value is tried before the page's other offsets.
  assert.equal(onLocalDay(utc('2025-12-19T03:05:00+00:00'), '2025-12-18', ['2025-12-18T19:05:00-08:00'], [-300])?.iso, '2025-12-18T19:05:00-08:00');
  // Offsets that do not reach the shown day are skipped.
  assert.equal(onLocalDay(p, '2025-12-18', [], [60, -300])?.iso, '2025-12-18T21:41:41-05:00');
});

test('onLocalDay: left alone when the stamp is not UTC, already on the day, or no page offset explains it', () => {
  assert.equal(onLocalDay(utc('2025-05-14T19:30:03-07:00'), '2025-05-15', [], [420]), null);
  assert.equal(onLocalDay(utc('2025-12-18T10:00:00+00:00'), '2025-12-18', [], [-300]), null);
  assert.equal(onLocalDay(utc('2025-12-19T02:41:41+00:00'), '2025-12-18', [], []), null);
  assert.equal(onLocalDay(utc('2025-12-19T12:41:41+00:00'), '2025-12-18', [], [-300]), null);
  assert.equal(onLocalDay({ iso: '2025-12-19', zoned: false, hasTime: false }, '2025-12-18', [], [-300]), null);
});
