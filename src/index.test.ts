import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from './index.ts';

// Pins the public API: a change to this list is a deliberate change to Dateline's contract.
test('the library exports exactly its public API', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'DatelineError', 'VERSION', 'blocksToText', 'decodeBytes', 'extract', 'fetchUrl', 'isDatelineError', 'looksLikeHtml',
    'readInputs', 'toHtml', 'toHtmlDocument', 'toMarkdown', 'toText',
  ]);
});
