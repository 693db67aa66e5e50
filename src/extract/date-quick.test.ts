import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { quickDateTime } from './date-quick.ts';

const ref = new Date('2026-01-01T00:00:00Z');

/** chrono's reading of the same text, in the same shape (the slow path normalizeDate would take). */
function viaChrono(s: string) {
  const c = chrono.parse(s, ref)[0]?.start;
  if (!c) return null;
  return {
    year: c.get('year'), month: c.get('month'), day: c.get('day'), hour: c.get('hour'), minute: c.get('minute'), second: c.get('second'),
    offset: c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null,
  };
}

test('quick date-time forms read exactly as chrono reads them', () => {
  const dates = ['November 19, 2019', 'Nov 19 2019', 'Tuesday, November 19th, 2019', 'Sept. 3, 2024', 'dec 31, 1999'];
  const joins = [', ', ' at ', ', at ', ' - ', ' '];
  const times = ['9:02 AM', '07:47 PM', '12:00 am', '12:30 p.m.', '23:59', '10:54:33 am'];
  const zones = ['', ' EST', ' PDT', ' GMT', ' UTC', ' IST', ' AMT', ' JST', ' BST', ' CEST', ' ist'];
  const labels = ['', 'Updated: ', 'Published on ', '- '];
  let n = 0;
  for (const d of dates) for (const j of joins) for (const t of times) for (const z of zones) for (const l of labels) {
    const s = `${l}${d}${j}${t}${z}`;
    const q = quickDateTime(s);
    assert.ok(q, `quick form not read: ${s}`);
    assert.deepEqual(q, viaChrono(s), s);
    n++;
  }
  assert.equal(n, 5 * 5 * 6 * 11 * 4);
});

test('forms the quick reader does not know go to chrono (null here)', () => {
  for (const s of ['01:38:07 PM IST Nov 20, 2019', 'November 20, 2019 - 11:28 ET', 'November 20, 2019 - 11:28 CET', 'publiziert am 25. September 2018', '05/10/2018', 'November 19, 2019', 'November 19, 2019, 13:02 PM', 'Feb 30, 2019, 25:00']) {
    assert.equal(quickDateTime(s), null, s);
  }
});
