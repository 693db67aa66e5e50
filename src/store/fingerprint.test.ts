import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, fingerprint, fingerprintTokens, fingerprintWords, FINGERPRINT_MAX_CHARS, words } from './fingerprint.ts';
import { weightedTerms, weightedTermsOf } from './related-terms.ts';

/** The definition `words` must keep (stored fingerprints and terms depend on its exact tokens). */
const reference = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

test('words gives exactly the tokens of the Unicode regex, in any script', () => {
  const samples = [
    'The Council voted 7–2 on Monday; “repairs” start in 2025.',
    'Ärzte in Zürich: Straße gesperrt — ÉTÉ à Montréal, naïve café.',
    'İstanbul’da DİKKAT çekti. KELVIN: \u212A, Ωmega ΣΊΣΥΦΟΣ.',
    '東京で地震、震度５強。서울 시장 선거 2026년. Москва, 12 мая.',
    'emoji 😀 between👍words, math 𝒜𝒷𝒸 and digits ٣٤٥ ١٢',
    'lone \uD800 surrogate \uDC00 and tab\tnew\nline, under_score, a-b, x.y',
    '',
    '   ',
  ];
  for (const s of samples) assert.deepEqual(words(s), reference(s), JSON.stringify(s));
});

test('fingerprint from shared tokens equals the fingerprint of the text, and long texts are capped', () => {
  const text = Array.from({ length: 400 }, (_, i) => `word${i % 37} Straße ${i}`).join(' ');
  assert.deepEqual(fingerprintWords(fingerprintTokens(text)), fingerprint(text));
  const long = 'alpha beta gamma delta '.repeat(3000);
  assert.ok(long.length > FINGERPRINT_MAX_CHARS);
  assert.deepEqual(fingerprint(long), fingerprint(long.slice(0, FINGERPRINT_MAX_CHARS)));
  assert.equal(fingerprint('— … —'), null);
  // Stored signatures and band keys must not drift: these are the values the first version of
  // the fingerprint gave (before its int32 rewrite), values above 2^31 included.
  const sig = fingerprint('the quick brown fox jumps over the lazy dog')!;
  assert.equal(sig.length, 64);
  assert.deepEqual([...sig.slice(0, 6)], [58067482, 2142831467, 943595670, 2640742879, 103882962, 554006889]);
  assert.deepEqual(bandKeys(sig).slice(0, 3), ['0:whqg5m', '1:1bbflp2', '2:1m7beai']);
});

test('weighted terms from tokens equal weighted terms from text; ties keep first-seen order', () => {
  const headline = 'Harbour dredging starts';
  const text = 'dredging harbour boats boats crews crews crews tides 2024 2024 the the the ' + 'alpha beta gamma delta '.repeat(3);
  assert.deepEqual(weightedTermsOf(words(headline), words(text), 64), weightedTerms(headline, text, 64));
  const top = weightedTerms(headline, text, 4);
  assert.deepEqual(top.map(([w]) => w), ['dredging', 'harbour', 'starts', 'crews']);
  // Numbers and stop words are never terms.
  assert.ok(!weightedTerms(null, text, 64).some(([w]) => w === '2024' || w === 'the'));
});
