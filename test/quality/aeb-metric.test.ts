/**
 * The article-extraction-benchmark metric: small hand-computed cases, then the real check —
 * scoring the published tools' outputs reproduces the upstream README's table. That part reads
 * ../shared/bench (resolved from the repo root) and is skipped when it is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate, pageCounts, pagePrecision, pageRecall, shingles, tokenize } from '../../bench/lib/aeb-metric.ts';
import { unwrapOutputs, validateReferenceOutputs } from '../../bench/lib/aeb-validate.ts';
import { benchAvailable, defaultBenchRoot } from '../../bench/lib/corpus.ts';

test('tokens are Unicode word runs, case kept, punctuation dropped', () => {
  assert.deepEqual(tokenize('Héllo, wörld! snake_case 42 Ünïcode—ДА 東京'), ['Héllo', 'wörld', 'snake_case', '42', 'Ünïcode', 'ДА', '東京']);
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(null), []);
});

test('shingles: 4-token windows; a shorter text is one shingle; no token gives none', () => {
  assert.equal(shingles('a b c d e').size, 2);
  assert.equal(shingles('a b c').size, 1);
  assert.equal([...shingles('a b c').values()][0], 1);
  assert.equal(shingles(' ,. ').size, 0);
  // repeated windows are counted as a multiset
  assert.equal(shingles('x y z w x y z w').get(['x', 'y', 'z', 'w'].join('\u0001')), 2);
});

test('page counts over shingle multisets', () => {
  // truth 5 shingles, prediction has the first 3 of them plus 2 of its own
  const c = pageCounts('one two three four five six seven eight', 'one two three four five six nav bar');
  assert.deepEqual(c, { tp: 3, fp: 2, fn: 2 });
  assert.equal(pagePrecision(c), 0.6);
  assert.equal(pageRecall(c), 0.6);
  // case matters
  assert.deepEqual(pageCounts('Alpha beta gamma delta', 'alpha beta gamma delta'), { tp: 0, fp: 1, fn: 1 });
});

test('empty prediction is left out of precision but scores 0 recall', () => {
  const empty = pageCounts('some true text here now', '');
  assert.equal(pagePrecision(empty), null);
  assert.equal(pageRecall(empty), 0);
  const perfect = pageCounts('a b c d e f', 'a b c d e f');
  const s = aggregate([empty, perfect]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.equal(s.precisionPages, 1);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
});

test('F1 is the harmonic mean of averaged P and R, not the mean of page F1s', () => {
  const a = { tp: 1, fp: 0, fn: 3 }; // P 1, R .25
  const b = { tp: 1, fp: 3, fn: 0 }; // P .25, R 1
  const s = aggregate([a, b]);
  assert.equal(s.precision, 0.625);
  assert.equal(s.recall, 0.625);
  assert.equal(s.f1, 0.625);
});

test('reference outputs may be wrapped in {version, output}', () => {
  const pages = { id1: { articleBody: 'x' } };
  assert.deepEqual(unwrapOutputs({ version: '1', output: pages }), pages);
  assert.deepEqual(unwrapOutputs(pages), pages);
});

test('reproduces the published figures from reference-outputs (reads ../shared/bench)', { skip: benchAvailable() ? false : `${defaultBenchRoot} is absent` }, () => {
  const rows = validateReferenceOutputs();
  const byTool = new Map(rows.map((r) => [r.tool, r]));
  // the five the DESIGN quotes must be present
  for (const tool of ['trafilatura', 'readability_js', 'AutoExtract', 'go_trafilatura', 'newspaper']) {
    assert.ok(byTool.has(tool), `missing reference output ${tool}`);
  }
  assert.equal(byTool.get('trafilatura')!.ours.f1.toFixed(3), '0.958');
  assert.equal(byTool.get('AutoExtract')!.ours.f1.toFixed(3), '0.970');
  for (const r of rows) {
    assert.ok(r.published, `no published figure for ${r.tool}`);
    assert.equal(r.matches, true, `${r.tool}: ours F1 ${r.ours.f1.toFixed(4)} P ${r.ours.precision.toFixed(4)} R ${r.ours.recall.toFixed(4)} vs published ${JSON.stringify(r.published)}`);
    assert.equal(r.ours.pages, 181);
  }
});
