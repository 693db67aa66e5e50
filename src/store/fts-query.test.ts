import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOf, toFtsQuery } from './fts-query.ts';

test('user text becomes quoted FTS5 strings: operators are text, prefixes need three letters', () => {
  assert.equal(toFtsQuery('ferry pier'), '"ferry" "pier"');
  assert.equal(toFtsQuery('"ferry pier" NEAR(x'), '"ferry pier" "NEAR(x"');
  assert.equal(toFtsQuery('harb*'), '"harb"*');
  assert.equal(toFtsQuery('har*'), '"har"*');
  assert.equal(toFtsQuery('ha*'), '"ha"', 'two letters: searched as a word');
  assert.equal(toFtsQuery('a"b'), '"a""b"');
  assert.equal(toFtsQuery('*** ((( ^'), null);
  assert.equal(anyOf(['a', 'b"c']), '"a" OR "b""c"');
});
