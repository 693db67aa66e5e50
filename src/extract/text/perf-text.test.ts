import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsLikeSentence, isSpaceCode } from './perf-text.ts';
import { SENTENCE_END } from '../heuristics/text-shape.ts';
import { parseText } from '../../parse/text.ts';

test('endsLikeSentence gives the same answer as SENTENCE_END on every ending', () => {
  const endings = ['.', '!', '?', '…', ':', ';', '”', '"', '’', "'", '»', ')', ']', ',', 'a', '-', '.”', '?)', '.)]', "a'", 'a)', ':”', '']
    .flatMap((e) => [e, `${e}"`, `${e}’`, `${e})`]);
  for (const e of endings) {
    const text = `Officials met on Monday${e}`;
    assert.equal(endsLikeSentence(text), SENTENCE_END.test(text), JSON.stringify(text));
  }
  assert.equal(endsLikeSentence(''), false);
});

test('isSpaceCode matches \\s for every BMP character', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('parseText: line breaks of every kind, whitespace runs, junk and invisible characters, fragments joined', () => {
  const { lines } = parseText('  First\tline  here \r\nSecond\u00a0\u00a0line\rThird\u200b line\u0007\u2028\n\nOfficials met with\nDonald Trump\n, he said.');
  assert.deepEqual(lines.map((l) => [l.text, l.words, l.blankBefore]), [
    ['First line here', 3, true],
    ['Second line', 2, false],
    ['Third line', 2, false],
    ['Officials met with Donald Trump, he said.', 7, true],
  ]);
  assert.equal(lines[3].key, 'officials met with donald trump, he said.');
  assert.equal(parseText('\u0001\u0002\u0003 abc').refused?.code, 'input.binary');
});
