import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './text.ts';

test('lines are normalised: CRLF, NBSP, zero-width, runs of spaces; blank lines remembered', () => {
  const { lines } = parseText('Title\u200b\r\n\r\nFirst  line\u00a0here.\rSecond line.\n');
  assert.deepEqual(lines.map((l) => l.text), ['Title', 'First line here.', 'Second line.']);
  assert.deepEqual(lines.map((l) => l.blankBefore), [true, true, false]);
  assert.equal(lines[1].words, 3);
  assert.equal(lines[1].key, 'first line here.');
});

test('text-node fragments of one sentence are joined back', () => {
  const { lines } = parseText('Officials met with\n\nDonald Trump\n\non Monday, said\n\nthe spokesman\n\n.\n\nNext paragraph starts here.');
  assert.deepEqual(lines.map((l) => l.text), ['Officials met with Donald Trump on Monday, said the spokesman.', 'Next paragraph starts here.']);
});

test('headlines are not glued to the next line', () => {
  const { lines } = parseText('Rubio says US and Russia have exchanged new ideas for Ukraine peace talks\n\nNews\n\nThe story starts.');
  assert.equal(lines.length, 3);
});

test('binary junk is refused with a reason', () => {
  let junk = '';
  for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 32, 0xfffd, 65 + (i % 26));
  const r = parseText(junk);
  assert.equal(r.refused?.code, 'input.binary');
  assert.equal(r.lines.length, 0);
});

test('one enormous line is cut into bounded pieces', () => {
  const r = parseText('word '.repeat(2_000_000));
  assert.ok(r.lines.length >= 400);
  assert.ok(r.lines.every((l) => l.text.length <= 20_000));
});

test('input past maxChars is read only in part, with a message', () => {
  const r = parseText('A line of text here.\n'.repeat(1000), { maxChars: 2000 });
  assert.ok(r.lines.length < 120);
  assert.equal(r.messages[0].code, 'text.truncated');
});

test('a headline is not joined to a byline under it, nor to a button above it', () => {
  const { lines } = parseText('SubscribeSign in\n\nThe Edge-First Manifesto\n\nVideo Review and Approval Process\n\nby Jim Donnelly | August 24, 2023\n\nHarbour notes\n\nby\n\nAnn Lee\n\nThe story starts.');
  assert.deepEqual(lines.map((l) => l.text), [
    'SubscribeSign in', 'The Edge-First Manifesto', 'Video Review and Approval Process', 'by Jim Donnelly | August 24, 2023', 'Harbour notes', 'by', 'Ann Lee', 'The story starts.',
  ]);
  // A sentence cut at a link still joins, "by" and all.
  const cut = parseText('The report was written by\n\nAnn Lee\n\nand two colleagues.');
  assert.deepEqual(cut.lines.map((l) => l.text), ['The report was written by Ann Lee and two colleagues.']);
});

test('Chinese and Japanese text, written without spaces, counts a word for every two characters', () => {
  const ja = '市の議会は火曜日、北部地区に三つの新しいバス路線を加える計画を承認した。';
  const lines = parseText(`${ja}\n\nCity council\n\n${ja}  ${ja}`).lines;
  assert.equal(lines[0].words, 1 + Math.floor([...ja].filter((ch) => ch.charCodeAt(0) >= 0x3040 && ch.charCodeAt(0) <= 0x9fff).length / 2));
  assert.equal(lines[1].words, 2);
  // The same count on a line that needed cleaning (a double space).
  assert.equal(lines[2].words, 2 * lines[0].words);
});
