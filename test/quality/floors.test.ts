/**
 * Quality floors: Dateline over the 181 article-extraction-benchmark pages and the 711 WCXB dev
 * pages must score at least the floors in floors.json, which are pinned to the corpus hashes.
 * Reads ../shared/bench (resolved from the repo root) and is skipped when it is absent.
 * Figures come from the same code as `npm run bench:extract`.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { benchAvailable, defaultBenchRoot, loadAeb, loadWcxb, type AebPage, type Corpus, type WcxbPage } from '../../bench/lib/corpus.ts';
import { evaluateAeb } from '../../bench/lib/eval-aeb.ts';
import { evaluateWcxb, type Share } from '../../bench/lib/eval-wcxb.ts';
import { loadTool, type ToolFn, type ToolName } from '../../bench/lib/tools.ts';

interface Floors {
  corpus: { aeb: string; wcxbDev: string };
  aeb: { f1: number };
  wcxbDev: { bodyF1: number; headline: number; authors: number; date: number };
}

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Floors;
const skip = benchAvailable() ? false : `${defaultBenchRoot} is absent: quality floors not checked`;
const fmt = (x: number) => x.toFixed(4);
const ratio = (s: Share) => (s.total ? s.hits / s.total : 0);

describe('quality floors (reads ../shared/bench)', { skip }, () => {
  let tools: Map<ToolName, ToolFn>;
  before(async () => {
    tools = new Map([['dateline', await loadTool('dateline')]]);
  });

  test('article-extraction-benchmark: shingle F1 ≥ floor', { timeout: 300_000 }, () => {
    const corpus: Corpus<AebPage> = loadAeb();
    assert.equal(corpus.hash, floors.corpus.aeb, `the article-extraction-benchmark corpus changed (hash ${corpus.hash}); re-measure and re-pin the floors`);
    const r = evaluateAeb(corpus.pages, tools).get('dateline')!;
    assert.equal(r.score.pages, 181);
    assert.equal(r.errors, 0, `extract() threw on ${r.errors} pages, e.g. ${r.pages.find((p) => p.error)?.id}`);
    const s = r.score;
    assert.ok(s.f1 >= floors.aeb.f1, `F1 ${fmt(s.f1)} (P ${fmt(s.precision)}, R ${fmt(s.recall)}) is below the floor ${floors.aeb.f1}`);
  });

  test('WCXB dev: body BoW F1 and metadata shares ≥ floors', { timeout: 300_000 }, () => {
    const corpus: Corpus<WcxbPage> = loadWcxb();
    assert.equal(corpus.hash, floors.corpus.wcxbDev, `the WCXB dev corpus changed (hash ${corpus.hash}); re-measure and re-pin the floors`);
    const r = evaluateWcxb(corpus.pages, tools).get('dateline')!;
    assert.equal(r.pages.length, 711);
    assert.equal(r.errors, 0, `extract() threw on ${r.errors} pages, e.g. ${r.pages.find((p) => p.error)?.id}`);
    const f = floors.wcxbDev;
    assert.ok(r.body.mean >= f.bodyF1, `body BoW F1 ${fmt(r.body.mean)} is below the floor ${f.bodyF1}`);
    assert.ok(ratio(r.headline) >= f.headline, `headline share ${fmt(ratio(r.headline))} (${r.headline.hits}/${r.headline.total}) is below the floor ${f.headline}`);
    assert.ok(ratio(r.authors) >= f.authors, `authors share ${fmt(ratio(r.authors))} (${r.authors.hits}/${r.authors.total}) is below the floor ${f.authors}`);
    assert.ok(ratio(r.date) >= f.date, `publication-day share ${fmt(ratio(r.date))} (${r.date.hits}/${r.date.total}) is below the floor ${f.date}`);
  });
});
