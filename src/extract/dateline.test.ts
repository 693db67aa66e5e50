import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from './dateline.ts';

test('wire datelines: place, agency and the matched prefix', () => {
  const cases: [string, string, string | null, string][] = [
    ['WASHINGTON (AP) — The Senate voted', 'WASHINGTON', 'AP', 'WASHINGTON (AP) — '],
    ['LONDON, Jan 5 (Reuters) - Britain said', 'LONDON', 'Reuters', 'LONDON, Jan 5 (Reuters) - '],
    ['PARIS (AFP) - France will', 'PARIS', 'AFP', 'PARIS (AFP) - '],
    ['KUALA LUMPUR, Malaysia (AP) — U.S. Secretary', 'KUALA LUMPUR, Malaysia', 'AP', 'KUALA LUMPUR, Malaysia (AP) — '],
    ['ST. LOUIS (AP) — World champions', 'ST. LOUIS', 'AP', 'ST. LOUIS (AP) — '],
    ['BEIJING, July 5 (Xinhua) -- China', 'BEIJING', 'Xinhua', 'BEIJING, July 5 (Xinhua) -- '],
    ['SAN FRANCISCO, Calif. (AP) — Tech', 'SAN FRANCISCO, Calif.', 'AP', 'SAN FRANCISCO, Calif. (AP) — '],
    ['NEW YORK — Stocks fell', 'NEW YORK', null, 'NEW YORK — '],
    ['Kuala Lumpur (Reuters) - Malaysia', 'Kuala Lumpur', 'Reuters', 'Kuala Lumpur (Reuters) - '],
  ];
  for (const [text, place, agency, matched] of cases) {
    assert.deepEqual(parseDateline(text), { place, agency, matched }, text);
  }
});

test('sentences that are not datelines', () => {
  for (const text of [
    'U.S. Secretary of State Marco Rubio said Thursday',
    'NASA — the space agency — said',
    'The fun is just beginning — for now.',
    'A — B',
    '',
    'UPDATE — this story has changed',
    '“WE WON,” she said.',
  ]) {
    assert.equal(parseDateline(text), null, text);
  }
});

test('dateline parsing looks only at the start (bounded on huge paragraphs)', () => {
  const long = 'x'.repeat(2_000_000);
  const t0 = performance.now();
  assert.equal(parseDateline(long), null);
  assert.deepEqual(parseDateline(`PARIS (AFP) - ${long}`)?.place, 'PARIS');
  assert.ok(performance.now() - t0 < 200);
});
