import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { quickGermanDate } from './date-quick-de.ts';

const ref = new Date('2026-01-01T00:00:00Z');

test('German written dates read as written (chrono misses the day or the whole date)', () => {
  assert.deepEqual(quickGermanDate('publiziert am 25. September 2018'), { year: 2018, month: 9, day: 25 });
  assert.deepEqual(quickGermanDate('publiziert am 30. Juli 2018'), { year: 2018, month: 7, day: 30 });
  assert.deepEqual(quickGermanDate('Veröffentlicht am 3. März 2024, 14:05 Uhr'), { year: 2024, month: 3, day: 3, hour: 14, minute: 5, second: 0, offset: null });
  assert.deepEqual(quickGermanDate('1. Dezember 2025'), { year: 2025, month: 12, day: 1 });
  // The behaviour this changes: chrono gives 1 September for the first, nothing for the second.
  const c = chrono.parse('publiziert am 25. September 2018', ref)[0]?.start;
  assert.equal(c?.isCertain('day'), false);
  assert.equal(chrono.parse('publiziert am 30. Juli 2018', ref).length, 0);
});

test('not German dates, impossible days and prose stay unread', () => {
  for (const s of ['31. Februar 2018', '25 September 2018', 'Am 12. Bis 13. September startet wieder die DMEXCO 2018', '25. Sept 2018', 'am 25. September']) {
    assert.equal(quickGermanDate(s), null, s);
  }
});
