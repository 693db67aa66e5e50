import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from './dates.ts';

const ctx = { timezone: null, referenceTime: new Date('2025-06-01T12:00:00Z') };

test('normalizeDate: ISO with offset, written dates, mail dates', () => {
  assert.equal(normalizeDate('2025-03-05T10:00:00+02:00', ctx)?.iso, '2025-03-05T10:00:00+02:00');
  assert.equal(normalizeDate('March 3, 2024', ctx)?.iso, '2024-03-03');
  assert.equal(normalizeDate('Mon, 18 Nov 2019 16:07:38 -0600', ctx)?.iso, '2019-11-18T16:07:38-06:00');
});

test('normalizeDate: a clock time alone is not a date (it would be dated to the reference day)', () => {
  assert.equal(normalizeDate('5:11:10', ctx), null);
  assert.equal(normalizeDate('at 10:30 am', ctx), null);
  // A date with the time still reads.
  assert.equal(normalizeDate('June 2, 2024 at 10:30 am', ctx)?.iso.slice(0, 10), '2024-06-02');
});
