/** Units of the benchmark library: metadata comparisons, bag-of-words F1, stats, corpus hash. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorsMatch, dayMatches, fold, headlineMatches, langMatches, splitAuthors } from '../../bench/lib/meta-compare.ts';
import { bowScore, hasTokens } from '../../bench/lib/bow-f1.ts';
import { summarize } from '../../bench/lib/stats.ts';
import { corpusHash } from '../../bench/lib/corpus.ts';
import { share } from '../../bench/lib/eval-wcxb.ts';

test('fold: case, curly quotes, long dashes and whitespace', () => {
  assert.equal(fold('  It\u2019s \u201CBig\u201D \u2014 Really\u00A0 so '), 'it\'s "big" - really so');
  assert.ok(headlineMatches('Rock \u2013 and Roll', 'rock - and  roll'));
  assert.ok(!headlineMatches('Rock and Roll', 'Rock and Roll | Site'));
  assert.ok(!headlineMatches('Rock', null));
});

test('splitAuthors: commas, "and", "&", ";" with post-nominals, "By" and dates dropped', () => {
  assert.deepEqual(splitAuthors('Dylan Bailey, MS, RD, FAND'), ['Dylan Bailey']);
  assert.deepEqual(splitAuthors('Ann Lee, Bo Li, and Cy Ng'), ['Ann Lee', 'Bo Li', 'Cy Ng']);
  assert.deepEqual(splitAuthors('Maria & Katerina; Jo'), ['Maria', 'Katerina', 'Jo']);
  assert.deepEqual(splitAuthors('Genevieve Carlton, Ph.D.'), ['Genevieve Carlton']);
  assert.deepEqual(splitAuthors('By Nathan Willis\n March 25, 2015'), ['Nathan Willis']);
  assert.deepEqual(splitAuthors('JOE HILDEBRAND'), ['JOE HILDEBRAND']);
});

test('authorsMatch: every named author must be found; null when nobody is named', () => {
  assert.equal(authorsMatch('Ann Lee and Bo Li', ['Ann Lee', 'Bo Li']), true);
  assert.equal(authorsMatch('Ann Lee and Bo Li', ['Ann Lee']), false);
  assert.equal(authorsMatch('Dr Ann Lee', ['Ann Lee']), true);
  assert.equal(authorsMatch('Ann Lee', ['By Ann Lee, Staff Writer']), true);
  assert.equal(authorsMatch('Lee', ['Ann Lee']), false);
  assert.equal(authorsMatch('Center for Drug Evaluation and Research', ['Center for Drug Evaluation and Research']), true);
  assert.equal(authorsMatch(null, ['x']), null);
  assert.equal(authorsMatch('', []), null);
});

test('dayMatches and langMatches', () => {
  assert.ok(dayMatches('2025-09-04', '2025-09-04T10:00:00-04:00'));
  assert.ok(!dayMatches('2025-09-04', '2025-09-05T01:00:00Z'));
  assert.ok(!dayMatches('2025-09-04', null));
  assert.ok(!dayMatches('Sept 4', 'Sept 4'));
  assert.ok(langMatches('en-US', 'en'));
  assert.ok(langMatches('pt-BR', 'pt_PT'));
  assert.ok(!langMatches('en', 'de'));
  assert.ok(!langMatches('en', null));
});

test('bag-of-words F1 is case-insensitive multiset overlap', () => {
  const s = bowScore('The cat saw the dog', 'the CAT the the');
  // overlap: the×2, cat → 3; |pred| 4, |truth| 5
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.6);
  assert.ok(Math.abs(s.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
  assert.equal(bowScore('some words', '').f1, 0);
  assert.ok(!hasTokens(' — '));
  assert.ok(hasTokens('a'));
});

test('summarize: median, mean, nearest-rank p95', () => {
  const s = summarize([5, 1, 3, 2, 4]);
  assert.deepEqual([s.median, s.mean, s.p95, s.max, s.n], [3, 3, 5, 5, 5]);
  const t = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
  assert.equal(t.median, 50.5);
  assert.equal(t.p95, 95);
});

test('share leaves out pages without ground truth', () => {
  assert.deepEqual(share([true, false, null, true]), { hits: 2, total: 3, leftOut: 1 });
});

test('corpusHash depends on names and bytes, not on order', () => {
  const a = { name: 'a.html', bytes: Buffer.from('x') };
  const b = { name: 'b.html', bytes: Buffer.from('y') };
  assert.equal(corpusHash([a, b]), corpusHash([b, a]));
  assert.notEqual(corpusHash([a, b]), corpusHash([a, { ...b, bytes: Buffer.from('z') }]));
  assert.notEqual(corpusHash([a, b]), corpusHash([a, { ...b, name: 'c.html' }]));
});
