import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosine, wordBag } from './vocabulary.ts';
import { withoutStopWords } from './split-stopwords.ts';

test('stop words: two texts sharing only function words are unalike once those are left out', () => {
  const a = wordBag('Harbour cranes that would have been with their freight, which they said was about berths.');
  const b = wordBag('Tomatoes compost that would have been with their seedlings, which they said was about mulch.');
  assert.ok(cosine(a, b) > 0.5, String(cosine(a, b)));
  assert.equal(cosine(withoutStopWords(a), withoutStopWords(b)), 0);
  // Content words and their counts stay.
  const kept = withoutStopWords(wordBag('cranes cranes freight that with'));
  assert.deepEqual([...kept.counts].sort(), [1, 2]);
  assert.equal(kept.norm2, 5);
});
