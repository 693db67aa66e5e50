import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiPunctuation, cutPipeLabels } from './headline-tidy.ts';

test('short labels after a pipe are cut; a long second half stays', () => {
  assert.equal(cutPipeLabels('How meditation rewires brains | Opinion'), 'How meditation rewires brains');
  assert.equal(cutPipeLabels('How to help babies sleep through the night | Patient Education | City Children\'s Hospital'), 'How to help babies sleep through the night');
  assert.equal(cutPipeLabels('Best Movers in Town 2025 | Top 19 Companies'), 'Best Movers in Town 2025');
  // The part after the pipe is a headline half, not a label.
  const long = 'Top 10 Digital Cameras of 2025 | The Best Mirrorless Cameras on the Market';
  assert.equal(cutPipeLabels(long), long);
  // Too short a head to stand alone.
  assert.equal(cutPipeLabels('Kitchen | Recipes'), 'Kitchen | Recipes');
  assert.equal(cutPipeLabels('No pipe here at all'), 'No pipe here at all');
});

test('full-width punctuation in Latin text becomes ASCII; CJK text keeps it', () => {
  assert.equal(asciiPunctuation('How Does Robot Mapping Work？'), 'How Does Robot Mapping Work?');
  assert.equal(asciiPunctuation('东京的天气怎么样？'), '东京的天气怎么样？');
  assert.equal(asciiPunctuation('Plain headline'), 'Plain headline');
});
