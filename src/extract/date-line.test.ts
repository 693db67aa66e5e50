import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateLine } from './date-line.ts';

const ctx: { timezone: string | null; referenceTime: Date } = { timezone: null, referenceTime: new Date('2025-07-11T12:00:00Z') };
const iso = (line: string, c = ctx) => {
  const d = parseDateLine(line, c);
  return d && { published: d.published?.iso ?? null, updated: d.updated?.iso ?? null };
};

test('date lines in many formats', () => {
  assert.deepEqual(iso('2025-07-11 09:44 Last Updated At:09:50'), { published: '2025-07-11T09:44:00', updated: '2025-07-11T09:50:00' });
  assert.deepEqual(iso('Published 3:04 PM EDT, Fri July 11, 2025'), { published: '2025-07-11T15:04:00-04:00', updated: null });
  assert.deepEqual(iso('11 July 2025'), { published: '2025-07-11', updated: null });
  assert.deepEqual(iso('Fri 11 Jul 2025 09.44 BST'), { published: '2025-07-11T09:44:00+01:00', updated: null });
  assert.deepEqual(iso('July 11, 2025 at 3:04 p.m. ET'), { published: '2025-07-11T15:04:00-04:00', updated: null });
  assert.deepEqual(iso('November 19, 2019 5:37 PM ET'), { published: '2019-11-19T17:37:00-05:00', updated: null }, 'ET is New York time on that day');
  assert.deepEqual(iso('Jan. 9, 2026'), { published: '2026-01-09', updated: null });
  assert.deepEqual(iso('Published July 10, 2025 | Updated July 11, 2025 5:00 PM'), { published: '2025-07-10', updated: '2025-07-11T17:00:00' });
  assert.deepEqual(iso('2025-07-11T09:44:00Z'), { published: '2025-07-11T09:44:00+00:00', updated: null });
  assert.deepEqual(iso('Updated 5:37 PM GMT+8, July 11, 2025'), { published: null, updated: '2025-07-11T17:37:00+08:00' });
});

test('relative times use the reference time', () => {
  assert.deepEqual(iso('Updated 2 hours ago'), { published: null, updated: '2025-07-11T10:00:00+00:00' });
  assert.deepEqual(iso('Updated 2 hours ago', { ...ctx, timezone: 'Asia/Kuala_Lumpur' }), { published: null, updated: '2025-07-11T18:00:00+08:00' });
  assert.deepEqual(iso('5 mins ago'), { published: '2025-07-11T11:55:00+00:00', updated: null });
});

test('zone-less times are marked, and a timezone places them', () => {
  const d = parseDateLine('2025-07-11 09:44', ctx);
  assert.equal(d?.published?.zoned, false);
  assert.equal(parseDateLine('2025-07-11 09:44', { ...ctx, timezone: '+08:00' })?.published?.iso, '2025-07-11T09:44:00+08:00');
});

test('sentences with dates are not date lines', () => {
  for (const line of ['Rubio met on July 10, 2025 with Anwar.', '58th ASEAN meeting', 'The 16 athletes', 'May 2025', '', 'x'.repeat(500)]) {
    assert.equal(parseDateLine(line, ctx), null, line);
  }
});

test('numeric dates: dots are day-first, slashes month-first unless impossible', () => {
  assert.deepEqual(iso('12.11.2025'), { published: '2025-11-12', updated: null });
  assert.deepEqual(iso('Posted: 11/07/2025'), { published: '2025-11-07', updated: null });
  assert.deepEqual(iso('25/07/2025'), { published: '2025-07-25', updated: null });
  assert.deepEqual(iso('14.11.24'), { published: '2024-11-14', updated: null });
  assert.equal(iso('13/13/2025'), null);
});

test('a year run into the time after it (two elements joined by a capture) is read as year and time', () => {
  assert.deepEqual(iso('Updated November 11, 20228:23 PM ET'), { published: null, updated: '2022-11-11T20:23:00-05:00' });
  assert.deepEqual(iso('Published July 11, 202510:45'), { published: '2025-07-11T10:45:00', updated: null });
  // Not a year and an hour: left alone, so not a date line.
  assert.equal(iso('Published July 11, 202599:45'), null);
});
