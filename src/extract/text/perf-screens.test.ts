import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseWhitespace, isSpaceCode } from './perf-text.ts';
import { parseText } from '../../parse/text.ts';
import { classifyLines } from './classify.ts';
import { parseDateLine } from '../date-line.ts';
import { splitCredit } from '../credit.ts';
import { parseContributorLine, parseBylineLine } from '../contributors.ts';
import { parseDateline } from '../dateline.ts';
import { articleId } from '../id.ts';

// The speed work on the text pipeline put cheap exact pre-screens before the parsers' regexes. These tests
// pin the cases a screen could get wrong: inputs that only just pass, or only just fail.

const ctx = { timezone: null, referenceTime: new Date('2026-01-01T00:00:00Z') };

test('collapseWhitespace gives the same answer as replace(/\\s+/g, " ") for every whitespace character', () => {
  const spaces: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) spaces.push(String.fromCharCode(c));
  for (const s of spaces) {
    for (const text of [`a${s}b`, `a ${s}b`, `a${s} b`, `${s}a`, `a${s}`, `a${s}${s}b c  d`, s, ` ${s} `]) {
      assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
    }
  }
  for (const text of ['', 'plain text only', 'two  spaces', 'a\n\nb', ' lead', 'trail ', 'é\u00a0ü', 'x\u0085y']) {
    assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
  }
});

test('articleId: whitespace of any kind and case do not change the id (the stored basis is unchanged)', () => {
  assert.equal(articleId(null, 'Officials  met\n\nToday.'), articleId(null, ' officials met today. '));
  assert.notEqual(articleId(null, 'Officials met today.'), articleId(null, 'Officials met today!'));
  assert.equal(articleId('https://example.com/a', 'x'), articleId('https://example.com/a', 'y'));
});

test('date lines: the word screen lets through everything the parser takes, and nothing it would reject', () => {
  // After an "updated" label, words the parser cannot read leave the published part standing.
  assert.deepEqual(parseDateLine('July 11, 2025 Updated by John Smith', ctx), {
    published: { iso: '2025-07-11', zoned: false, hasTime: false }, updated: null,
  });
  // A relative time run together ("anhour") is still read as one.
  assert.equal(parseDateLine('anhour ago', ctx)?.published?.iso, '2025-12-31T23:00:00+00:00');
  assert.equal(parseDateLine('onehr ago', ctx)?.published?.iso, '2025-12-31T23:00:00+00:00');
  assert.equal(parseDateLine('Published 3:04 PM EDT, Fri July 11, 2025', ctx)?.published?.iso, '2025-07-11T15:04:00-04:00');
  assert.equal(parseDateLine('2025-07-11 09:44 Last Updated At:09:50', ctx)?.updated?.iso, '2025-07-11T09:50:00');
  assert.equal(parseDateLine('11th July 2025', ctx)?.published?.iso, '2025-07-11');
  for (const line of ['May the best team win', 'Sun Nov 24', 'Recorded on August 19, 2025', 'Duration: 12:30', 'constructor 2025']) {
    assert.equal(parseDateLine(line, ctx), null, line);
  }
});

test('credits: the screens keep every credit style and skip prose', () => {
  assert.deepEqual(splitCredit('A man walks. Credit: X'), { caption: 'A man walks.', credit: 'X' });
  assert.deepEqual(splitCredit('Caption text. (AP Photo/Jeff Roberson)'), { caption: 'Caption text.', credit: 'AP Photo/Jeff Roberson' });
  assert.deepEqual(splitCredit('Caption. REUTERS/Kevin Lamarque'), { caption: 'Caption.', credit: 'REUTERS/Kevin Lamarque' });
  assert.deepEqual(splitCredit('Chip Somodevilla/Getty Images'), { caption: null, credit: 'Chip Somodevilla/Getty Images' });
  // Label credits are matched as printed (capitalised): lower-case "credit:" is caption text.
  assert.deepEqual(splitCredit('A man walks. credit: x'), { caption: 'A man walks. credit: x', credit: null });
  assert.deepEqual(splitCredit('Trivia night at the pub (and more)'), { caption: 'Trivia night at the pub (and more)', credit: null });
  assert.deepEqual(splitCredit('Fans cheer via satellite'), { caption: 'Fans cheer via satellite', credit: null });
});

test('contributor, byline and dateline screens', () => {
  assert.deepEqual(parseContributorLine('( Reporting by A )'), ['A']);
  assert.deepEqual(parseContributorLine('(Reporting by Ann Lee; Editing by Bo Ray)'), ['Ann Lee', 'Bo Ray']);
  assert.deepEqual(parseContributorLine('ANN LEE CONTRIBUTED TO THIS REPORT.'), ['ANN LEE']);
  assert.equal(parseContributorLine('Stand by me'), null);
  assert.deepEqual(parseBylineLine(' by: Jane Doe'), ['Jane Doe']);
  assert.equal(parseBylineLine('Bye now'), null);
  assert.deepEqual(parseDateline('WASHINGTON — Officials met'), { place: 'WASHINGTON', agency: null, matched: 'WASHINGTON — ' });
  assert.equal(parseDateline('WASHINGTON-based firms grew'), null);
  assert.equal(parseDateline('Washington officials met'), null);
});

test('parseText: keys cut from the lower-cased text equal each line lower-cased by itself', () => {
  const texts = ['ΟΔΟΣ\n’Α more', 'The ΟΔΟΣ of\nthe ΣΑ', 'İstanbul ΟΔΟΣ\nwith Σ', 'A\r\nB\rC\u2028ΣΑ', 'x  y\u00a0Z\n\u200bΣ\nσ'];
  for (const t of texts) for (const l of parseText(t).lines) assert.equal(l.key, l.text.toLowerCase(), JSON.stringify(l.text));
});

test('classifyLines: a repeated line is classified like its first showing, its link not shared', () => {
  const text = 'AP Olympics: https://apnews.com/hub/x\n\nOfficials met on Monday to talk about the plan for the city.\n\nAP Olympics: https://apnews.com/hub/x';
  const lines = classifyLines(parseText(text).lines, ctx);
  assert.equal(lines[0].kind, 'link');
  assert.equal(lines[2].kind, 'link');
  assert.deepEqual(lines[2].link, lines[0].link);
  assert.notEqual(lines[2].link, lines[0].link);
  assert.equal(lines[0].count, 2);
  assert.equal(lines[0].lastAt, 2);
});
