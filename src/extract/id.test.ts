import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { articleId, textBasis } from './id.ts';

/** The basis as it was first defined (and stored): normalise the whole text, then cut. */
const reference = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 2000);

test('textBasis: normalising only the head gives the same basis as normalising the whole text', () => {
  const words = 'Officials MET in Athens ΟΔΥΣΣΕΑΣ İstanbul\u00a0\t today, said\n\n'.split(' ');
  const cases = [
    '',
    'short text',
    // long prose with every kind of white space
    Array.from({ length: 3000 }, (_, i) => words[i % words.length]).join(' '),
    Array.from({ length: 3000 }, (_, i) => words[i % words.length] + (i % 5 ? ' ' : '\n\n   ')).join(''),
    // a head that is mostly white space: the whole text must be used
    ' '.repeat(5000) + 'Body text starts late. '.repeat(200),
    '\n'.repeat(3999) + 'x'.repeat(3000),
    // a final sigma and a dotted capital I right at the head's edge
    'a'.repeat(3998) + 'ΑΣ ' + 'b'.repeat(10),
    'a'.repeat(1999) + 'İ' + 'c'.repeat(5000),
  ];
  for (const t of cases) assert.equal(textBasis(t), reference(t), JSON.stringify(t.slice(0, 40)));
});

test('articleId: the one-shot hash gives the ids stored before (createHash over the same basis)', () => {
  const stored = (basis: string) => createHash('sha256').update(basis).digest('hex').slice(0, 16);
  const text = 'Officials met in Athens. ΟΔΥΣΣΕΑΣ said “no” — İstanbul, 東京.\n\nSecond paragraph.';
  assert.equal(articleId(null, text), stored(`text:${reference(text)}`));
  assert.equal(articleId('https://example.com/a?b=ü', text), stored('url:https://example.com/a?b=ü'));
  // A pinned value: the id of a known text must never change (ids are stored keys).
  assert.equal(articleId(null, 'Hello world.'), 'e0e28ddfd87184b0');
});
