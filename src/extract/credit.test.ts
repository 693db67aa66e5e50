import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCredit, splitCredit } from './credit.ts';

test('agency credit styles are split from their captions', () => {
  const cases: [string, string | null, string][] = [
    ['Amber Glenn competes, Friday, Jan. 9, 2026, in St. Louis. (AP Photo/Stephanie Scarbrough)', 'Amber Glenn competes, Friday, Jan. 9, 2026, in St. Louis.', 'AP Photo/Stephanie Scarbrough'],
    ['Rubio meets Lavrov in Kuala Lumpur. (Mandel Ngan/Pool Photo via AP)', 'Rubio meets Lavrov in Kuala Lumpur.', 'Mandel Ngan/Pool Photo via AP'],
    ['President Trump speaks on Monday. REUTERS/Kevin Lamarque', 'President Trump speaks on Monday.', 'REUTERS/Kevin Lamarque'],
    ['Protesters march in Paris. (Photo by Ludovic Marin / AFP)', 'Protesters march in Paris.', 'Ludovic Marin / AFP'],
    ['Fans cheer in Madrid. AFP via Getty Images', 'Fans cheer in Madrid.', 'AFP via Getty Images'],
    ['Smoke rises over the city. EPA-EFE/HAITHAM IMAD', 'Smoke rises over the city.', 'EPA-EFE/HAITHAM IMAD'],
    ['Lawmakers arrive. Chip Somodevilla/Getty Images', 'Lawmakers arrive.', 'Chip Somodevilla/Getty Images'],
    ['A man walks his dog. Photo: Jane Doe', 'A man walks his dog.', 'Jane Doe'],
    ['Crowds gather in the square. (Reuters)', 'Crowds gather in the square.', 'Reuters'],
    ['Chip Somodevilla/Getty Images', null, 'Chip Somodevilla/Getty Images'],
  ];
  for (const [text, caption, credit] of cases) assert.deepEqual(splitCredit(text), { caption, credit }, text);
});

test('text without a credit is left whole', () => {
  for (const text of ['He said this (and that).', 'The vote was 52-48 (a narrow margin).', 'Prices rose 3% in June/July.', 'Plain caption']) {
    assert.deepEqual(splitCredit(text), { caption: text, credit: null }, text);
  }
  assert.deepEqual(splitCredit('   '), { caption: null, credit: null });
});

test('isCredit refuses long asides and accepts labelled credits', () => {
  assert.equal(isCredit('Photo: John Smith'), true);
  assert.equal(isCredit('according to officials who spoke on condition of anonymity'), false);
  assert.equal(isCredit('x'.repeat(300)), false);
});
