import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extract.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/000-seed');
const source = readFileSync(path.join(dir, 'source.txt'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));

/** The path of the first field where `got` and `want` differ (depth-first, in `want`'s key order), or null. */
function firstDifference(got: unknown, want: unknown, at = ''): string | null {
  if (Object.is(got, want)) return null;
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return at || '(root)';
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
      const d = firstDifference(got[i], want[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (want && typeof want === 'object') {
    if (!got || typeof got !== 'object' || Array.isArray(got)) return at || '(root)';
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    for (const k of keys) {
      const d = firstDifference((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return at || '(root)';
}

test('seed fixture 000: extract() gives expected.json, field by field', () => {
  const got = JSON.parse(JSON.stringify(extract(source)));
  const diff = firstDifference(got, expected);
  assert.equal(diff, null, `first differing field: ${diff}`);
});

test('seed fixture 000: the issue\'s requirements, stated directly', () => {
  const { articles } = extract(source, { as: 'text' });
  assert.equal(articles.length, 2);
  const [a, b] = articles;
  assert.equal(a.headline, 'Rubio says US and Russia have exchanged new ideas for Ukraine peace talks');
  assert.equal(a.section, 'News');
  assert.deepEqual(a.dateline, { place: 'KUALA LUMPUR, Malaysia', agency: 'AP' });
  assert.deepEqual(a.contributors, ['Eileen Ng']);
  assert.ok(a.text.startsWith('KUALA LUMPUR, Malaysia (AP) — U.S. Secretary of State Marco Rubio said Thursday'));
  assert.ok(a.text.endsWith('under strict supervision.'));
  assert.ok(a.text.includes('Rubio met earlier Thurday'), 'typos are kept verbatim');
  for (const chrome of ['More Images', 'Pool Photo via AP', 'Skip to Content', 'contributed to this report']) {
    assert.ok(!a.text.includes(chrome), `article 1 text contains ${chrome}`);
  }
  assert.equal(a.images.length, 6);
  assert.equal(new Set(a.images.map((i) => i.caption)).size, 6, 'each caption once');
  assert.ok(a.images.every((i) => i.credit && !i.caption?.includes(i.credit)));
  assert.ok(a.messages.some((m) => m.code === 'date.no-zone'));
  assert.equal(b.headline, null);
  assert.equal(b.suggestedHeadline?.generated, true);
  assert.deepEqual(b.dateline, { place: 'ST. LOUIS', agency: 'AP' });
  assert.ok(b.text.startsWith('ST. LOUIS (AP) — World champions Ilia Malinin'));
  assert.ok(b.text.endsWith('the 16 athletes picked for the powerful American team.'));
  assert.ok(!b.text.includes('AP Olympics') && !b.text.includes('Recommended Articles'));
  assert.deepEqual(b.links, [{ url: 'https://apnews.com/hub/milan-cortina-2026-winter-olympics', text: 'AP Olympics' }]);
  assert.equal(b.images.length, 5);
  assert.deepEqual([...new Set(b.images.map((i) => i.credit))], ['AP Photo/Stephanie Scarbrough', 'AP Photo/Jeff Roberson']);
});

test('seed fixture 000: a timezone option places the zone-less times', () => {
  const { articles } = extract(source, { timezone: 'Asia/Hong_Kong' });
  assert.equal(articles[0].published, '2025-07-11T09:44:00+08:00');
  assert.equal(articles[0].updated, '2025-07-11T09:50:00+08:00');
  assert.ok(!articles[0].messages.some((m) => m.code === 'date.no-zone'));
});

test('firstDifference names the first differing field', () => {
  assert.equal(firstDifference({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }] }), 'b[1].c');
  assert.equal(firstDifference({ a: 1 }, { a: 1 }), null);
});
