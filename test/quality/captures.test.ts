/**
 * Capture quality floors: Dateline's plain-text extraction over the capture corpus that
 * `npm run bench:captures` scores (rendered from ../shared/bench's pages by Debian chromium, see
 * bench/captures/generate.ts) must reach the floors in floors.json, per capture style: share split
 * into the right number of stories, mean body F1, headline accuracy.
 *
 * Reads ../shared/bench (resolved from the repo root) and is skipped when it is absent. When the
 * corpus has not been generated yet it is generated here (about 2–4 minutes), which needs chromium
 * at /usr/bin/chromium; without it the test is skipped and says so. The captures depend on the
 * chromium build a little, so the floors sit a hair under the figures measured here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { benchAvailable, defaultBenchRoot } from '../../bench/lib/corpus.ts';
import { corpusPath, generate, type CaptureRecord } from '../../bench/captures/generate.ts';
import { headlineFigures, scoreStyle, STYLES } from '../../bench/captures/score.ts';

interface CaptureFloors { split: number; bodyF1: number; headline: number }
const floors = (JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as { captures: Record<'innerText' | 'nodesText', CaptureFloors> }).captures;

const CHROMIUM = '/usr/bin/chromium';
const skip = !benchAvailable()
  ? `${defaultBenchRoot} is absent: capture floors not checked`
  : !existsSync(corpusPath) && !existsSync(CHROMIUM)
    ? `no capture corpus and no ${CHROMIUM} to render one: capture floors not checked`
    : false;

describe('capture quality floors (reads ../shared/bench)', { skip }, () => {
  test('each capture style reaches its split, body F1 and headline floors', { timeout: 900_000 }, async () => {
    if (!existsSync(corpusPath)) await generate();
    const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureRecord);
    assert.ok(records.length >= 400, `the capture corpus holds ${records.length} captures; 418 pages should render`);
    for (const style of STYLES) {
      const got = headlineFigures(scoreStyle(records, style));
      const want = floors[style];
      for (const k of ['split', 'bodyF1', 'headline'] as const) {
        assert.ok(got[k] >= want[k], `${style}: ${k} ${got[k].toFixed(4)} is below the floor ${want[k]}`);
      }
    }
  });
});
