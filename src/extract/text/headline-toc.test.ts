import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { resolveExtractOptions } from '../options.ts';
import { parseText } from '../../parse/text.ts';
import { classifyLines, isTitleLike } from './classify.ts';
import { tocKeys } from './headline-toc.ts';

/** A table of contents over the story is not its headline, nor is its first entry shown again as a subheading (headline-toc.ts). Synthetic captures. */

const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });
const para = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `The harbour council looked at ${topic} on Tuesday, and paragraph ${i + 1} gives the ferry terminal vote, the quay and what riders pay.`);
const entries = ['WHAT IS A FERRY TERMINAL?', 'PRINCIPLES OF QUAY DESIGN', 'HOW THE COUNCIL VOTED', 'COSTS FOR FERRY RIDERS'];
const head = 'Harbour Ferry Basics - A Starter Handbook';
const capture = [
  // The contents in capitals, their first entry shown again in the story's own case (the same line, case aside).
  'Menu', 'Harbour Home', 'Council Pages', head, 'Share', 'Pin', ...entries,
  'What Is a Ferry Terminal?', ...para('terminals', 2), entries[1], ...para('quays', 2), entries[2], ...para('the vote', 2), entries[3], ...para('fares', 2),
  'Related Guides', 'Boat Ramps for Beginners', 'Contact the Council',
];

test("a table of contents' first entry, shown again as the story's first subheading, is not the headline", () => {
  const { articles } = extractFromText(capture.join('\n\n'), opts);
  assert.equal(articles[0].headline, head);
});

test('tocKeys: the entries of a run shown again inside the story, not a headline above them, nor a menu shown twice above it', () => {
  const lines = classifyLines(parseText(capture.join('\n\n')).lines, { timezone: null, referenceTime: opts.referenceTime });
  const title = lines.map(isTitleLike);
  const first = lines.findIndex((l) => l.text === 'What Is a Ferry Terminal?');
  const keys = tocKeys(lines, title, lines[first].index, lines[first + 1].index, lines[lines.length - 4].index);
  assert.deepEqual([...keys].sort(), entries.map((e) => e.toLowerCase()).sort());
  // The same run with its repeats before the story (a desktop and a mobile menu) is no table of contents.
  const menu = classifyLines(parseText([...entries, 'Menu', ...entries, ...para('menus', 3)].join('\n\n')).lines, { timezone: null, referenceTime: opts.referenceTime });
  assert.equal(tocKeys(menu, menu.map(isTitleLike), 9, 9, menu.length - 1).size, 0);
});
