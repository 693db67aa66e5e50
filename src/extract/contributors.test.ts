import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBylineLine, parseContributorLine } from './contributors.ts';

test('contributor lines in AP and Reuters styles', () => {
  const cases: [string, string[]][] = [
    ['Eileen Ng contributed to this report.', ['Eileen Ng']],
    ['Associated Press writers Jane Doe in Paris and John Roe in Berlin contributed.', ['Jane Doe', 'John Roe']],
    ['AP writer Ana María Pérez contributed reporting from Madrid.', ['Ana María Pérez']],
    ['Jane Doe, John Roe and Ahmed al-Masri contributed to this story.', ['Jane Doe', 'John Roe', 'Ahmed al-Masri']],
    ['(Reporting by Guy Faulconbridge in Moscow; Editing by Alex Richardson and Mark Heinrich)', ['Guy Faulconbridge', 'Alex Richardson', 'Mark Heinrich']],
    ['Editing by Susan Fenton', ['Susan Fenton']],
    ['Additional reporting by Ana Rosa Quintana; Writing by Ursula von der Leyen', ['Ana Rosa Quintana', 'Ursula von der Leyen']],
  ];
  for (const [line, names] of cases) assert.deepEqual(parseContributorLine(line), names, line);
});

test('lines that are not contributor lines', () => {
  for (const line of [
    'The company contributed to the fund.',
    'Rising costs contributed to the decline in profits last year.',
    'He said reporting by the newspaper was wrong.',
    '',
  ]) {
    assert.equal(parseContributorLine(line), null, line);
  }
});

test('bylines: names, organisation tails removed, capitals tamed', () => {
  assert.deepEqual(parseBylineLine('By EILEEN NG and Jane Doe, Associated Press'), ['Eileen Ng', 'Jane Doe']);
  assert.deepEqual(parseBylineLine('By Jane Doe | Reuters'), ['Jane Doe']);
  assert.equal(parseBylineLine('By the way, this is a sentence.'), null);
  assert.equal(parseBylineLine('Bystanders fled'), null);
});
