import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { fromParts, normalizeDate } from './dates.ts';

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

test('normalizeDate: a sentence is not sent to chrono; only its first written date is read', () => {
  const caption = 'Detainees at Otay Mesa immigration detention center in San Diego, Calif., on May 18, 2018.';
  assert.ok(caption.length >= 80);
  assert.equal(normalizeDate(caption, ctx)?.iso, '2018-05-18');
  // chrono would read "Today" as the reference day; as a sentence this has no date.
  assert.equal(normalizeDate('Open Today for walk-ins and appointments at all of our locations across the whole state.', ctx), null);
  assert.equal(normalizeDate('By Ellen O\'Brien, an editor at Brides. Editorial Guidelines. Updated on May 27, 2025 09:10AM', ctx)?.iso, '2025-05-27T09:10:00');
});

test('normalizeDate: an ISO value among symbols and other scripts is read as chrono reads it', () => {
  assert.equal(normalizeDate('기사입력 :[ 2018-08-25 15:24 ]', ctx)?.iso, '2018-08-25T15:24:00');
  assert.equal(normalizeDate('"2025-12-17T13:22:47Z"', ctx)?.iso, '2025-12-17T13:22:47+00:00');
  // With letters around it the text is left to chrono, which reads the same value.
  assert.equal(normalizeDate('Nick van Mead 2022-11-23T08:10+02:00', ctx)?.iso, '2022-11-23T08:10:00+02:00');
});

test('normalizeDate: leading dashes, bullets and labels are read past exactly as chrono reads past them', () => {
  const ref = new Date('2026-01-01T00:00:00Z');
  const c0 = { timezone: null, referenceTime: ref };
  const forms = ['- Mar 27, 2024', '– December 19, 2025', '· Dec 20, 2025 at 3:00 am ·', 'Last Modified: August 08, 2023', 'Published on June 04, 2025',
    'Last checked: 2025-10-28', 'Updated: 05/10/2018 1:05 PM', '| 20 Dec 2025, 11:59 |', 'Posted: 01:38:07 PM IST Nov 20, 2019'];
  for (const s of forms) {
    const c = chrono.parse(s, ref)[0].start;
    const hasTime = c.isCertain('hour');
    const expected = fromParts({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')!, hour: hasTime ? c.get('hour')! : undefined, minute: hasTime ? c.get('minute')! : undefined, second: hasTime ? c.get('second')! : undefined, offset: c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null }, c0);
    assert.deepEqual(normalizeDate(s, c0), expected, s);
  }
});

test('normalizeDate: German date lines are read (chrono reads none of them right)', () => {
  assert.equal(normalizeDate('publiziert am 25. September 2018', ctx)?.iso, '2018-09-25');
  assert.equal(normalizeDate('publiziert am 30. Juli 2018', ctx)?.iso, '2018-07-30');
});
