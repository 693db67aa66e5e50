import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { quickWrittenDate, zoneOf } from './date-quick.ts';
import { quickDateInSentence, quickDmyTime, quickJsDate, quickMonthYear, quickNumericDate, quickTimeFirst, type QuickValue } from './date-quick-more.ts';

const ref = new Date('2026-01-01T00:00:00Z');

/** chrono's reading in QuickValue's shape: the time fields only when chrono is certain of the hour. */
function viaChrono(s: string): QuickValue | null {
  const c = chrono.parse(s, ref)[0]?.start;
  if (!c) return null;
  const out: QuickValue = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
  if (!c.isCertain('day')) assert.equal(c.isCertain('year'), true, s);
  if (!c.isCertain('hour')) return out;
  return { ...out, hour: c.get('hour')!, minute: c.get('minute')!, second: c.get('second')!, offset: c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null };
}

function same(read: (s: string) => QuickValue | null, forms: string[]) {
  for (const s of forms) {
    const q = read(s);
    assert.ok(q, `not read: ${s}`);
    assert.deepEqual(q, viaChrono(s), s);
  }
}

const cross = (...parts: string[][]) => parts.reduce((acc, p) => acc.flatMap((a) => p.map((b) => a + b)), ['']);

test('numeric dates read as chrono reads them (month first unless the first number is over 12)', () => {
  const dates = ['05/10/2018', '13/11/2025', '10/31/2024', '6/2/2025', '09/11/25', '09/11/51', '09/11/50', '12.18.2025', '23.07.2025', '5.10.2018', '02-12-2025', '13-12-2025'];
  const yearFirst = ['2025/12/18', '2019/1/22', '2025.12.17', '2025-1-2'];
  const times = ['', ' 09:21:40', ', 13:05', ' at 10:00', ' 1:05 PM', ' 10:00:00 AM', ' 13:05 EST', ' 9:30 am IST'];
  same(quickNumericDate, cross(['', 'Thu, ', 'Sunday, '], dates, [...times, ' - 11:38']));
  same(quickNumericDate, cross(['', 'Thu, '], yearFirst, times));
  // chrono drops these times (or misreads them): left to chrono.
  for (const s of ['2019/1/22 - 11:38', '05/10/2018 @ 10:00']) assert.equal(quickNumericDate(s), null, s);
  for (const s of ['02/30/2025', '31/02/2025', '13/13/2025', '05/10-2018', '05/10/2018 25:00', '05/10/2018 13:05 ET']) assert.equal(quickNumericDate(s), null, s);
});

test('time-first dates, with the zones chrono knows, read as chrono reads them', () => {
  same(quickTimeFirst, cross(['', 'Updated: '], ['01:38:07 PM', '1:38 PM', '6:45 p.m.', '12:00 am'], ['', ' IST', ' EST', ' JST', ' BST'], [' ', ', '], ['Nov 20, 2019', 'November 2nd, 2019', 'Feb 16 2018']));
  // A zone chrono shifts for daylight time, and a 24-hour time first (chrono reads it apart from the date).
  for (const s of ['7:00 PM ET Nov 20, 2019', '23:05 Nov 20, 2019']) assert.equal(quickTimeFirst(s), null, s);
});

test('a weekday before a time-first date is read as the date (chrono reads only "Fri 6:45 PM", without a day)', () => {
  // Feb 16, 2018 was a Friday: the text names that day and time, which chrono misses.
  assert.equal(new Date(Date.UTC(2018, 1, 16)).getUTCDay(), 5);
  assert.deepEqual(quickTimeFirst('Fri 6:45 PM, Feb 16, 2018'), { year: 2018, month: 2, day: 16, hour: 18, minute: 45, second: 0, offset: null });
  assert.deepEqual(quickTimeFirst('Updated: Sat 8:31 PM, Feb 17, 2018'), { year: 2018, month: 2, day: 17, hour: 20, minute: 31, second: 0, offset: null });
  assert.equal(chrono.parse('Fri 6:45 PM, Feb 16, 2018', ref)[0]?.start.isCertain('day'), false);
});

test('JavaScript Date strings, day-month-year with a time, and month-year read as chrono reads them', () => {
  same(quickJsDate, cross(['', 'Tue '], ['Nov 19 2019 03:05:46 GMT'], ['+0000', '+0530', '-0500'], ['', ' (Coordinated Universal Time)']));
  same(quickDmyTime, cross(['', 'Sat, '], ['20 Dec 2025', '30 September, 2022', '3rd Mar 2024'], [', 11:59', ' 11:07am', ' at 9:02 PM EST', ' - 23:15 CEST']));
  same(quickMonthYear, ['October 2025', 'Oct 2025', 'Sept 2025', 'May, 2025', 'in December 2021.', 'nov. 2003']);
  assert.equal(quickMonthYear('Last Reviewed April 2017'), null);
});

test('every fixed zone abbreviation gives chrono\'s offset', () => {
  for (const z of ['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'AST', 'ADT', 'NST', 'NDT', 'AMT', 'WET', 'WEST', 'BST', 'CEST', 'EET', 'EEST', 'MSK', 'SAST', 'WAT', 'CAT', 'EAT', 'PKT', 'IST', 'NPT', 'ICT', 'WIB', 'HKT', 'SGT', 'PHT', 'AWST', 'JST', 'KST', 'ACST', 'AEST', 'AEDT', 'NZST', 'NZDT']) {
    assert.equal(zoneOf(z), viaChrono(`November 20, 2019 - 11:28 ${z}`)?.offset, z);
  }
  // Zones chrono shifts for daylight time are not fixed here.
  for (const z of ['ET', 'PT', 'CT', 'MT', 'CET']) assert.equal(zoneOf(z), undefined, z);
});

test('the first date in a sentence is read, with the time after it when that reads', () => {
  const read = (t: string) => quickNumericDate(t) ?? quickWrittenDate(t);
  assert.deepEqual(quickDateInSentence('Detainees at a detention center in San Diego, Calif., on May 18, 2018, and later that week.', read), { year: 2018, month: 5, day: 18 });
  assert.deepEqual(quickDateInSentence('A note. Email interview. 29 September 2021. Then 3 May 2022.', read), { year: 2021, month: 9, day: 29 });
  assert.deepEqual(quickDateInSentence('Offers expire 9/30/2017 at 11:59 P.M. EST, while stocks last.', read), { year: 2017, month: 9, day: 30, hour: 23, minute: 59, second: 0, offset: -300 });
  // An unknown zone after the time: the date alone.
  assert.deepEqual(quickDateInSentence('Offers expire 9/30/2017 at 11:59 P.M. PT.', read), { year: 2017, month: 9, day: 30 });
  assert.equal(quickDateInSentence('In 1999, a company I had been working for decommissioned some hardware', read), null);
  assert.equal(quickDateInSentence('Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln', read), null);
});
