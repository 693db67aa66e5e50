import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normalizeLanguage } from './language.ts';

test('detectLanguage: reads the language of a sentence (eld, loaded on first use)', () => {
  assert.equal(detectLanguage('Ceci est une phrase en français, assez longue pour être détectée par le modèle.'), 'fr');
  assert.equal(detectLanguage('This is an English sentence, long enough to be detected reliably by the model.'), 'en');
  assert.equal(detectLanguage('Dies ist ein deutscher Satz, der lang genug ist, um erkannt zu werden.'), 'de');
});

test('detectLanguage: too little text says nothing', () => {
  assert.equal(detectLanguage('Hello there'), null);
  assert.equal(detectLanguage('   '), null);
});

test('normalizeLanguage: declared values become BCP 47 tags; other values none', () => {
  assert.equal(normalizeLanguage('en_US'), 'en-US');
  assert.equal(normalizeLanguage('EN-gb'), 'en-GB');
  assert.equal(normalizeLanguage('en-US,en;q=0.8'), 'en-US');
  assert.equal(normalizeLanguage('zh-hans'), 'zh-Hans');
  assert.equal(normalizeLanguage('x-default'), null);
  assert.equal(normalizeLanguage('English'), null);
});
