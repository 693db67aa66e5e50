import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './index.ts';
import { opts } from './test-helpers.ts';

// Synthetic Japanese news text (written for this test): paragraphs end with the CJK full stop and have no spaces.
const PARAS = [
  '市の議会は火曜日、北部地区に三つの新しいバス路線を加える計画を賛成多数で承認した。',
  '新しい路線は来年三月に運行を始め、運賃は当面据え置かれると担当者は説明した。',
  '長年にわたり路線の拡充を求めてきた住民は決定を歓迎したが、本数が少ないとの声もある。',
  '交通局は運転手や労働組合との協議を経て、来月に詳しい時刻表を公表する予定だ。',
];

test('a Japanese capture is read as prose: its paragraphs make the story', () => {
  const capture = ['ホーム', 'ニュース', 'スポーツ', '市議会、北部に新バス路線　来年三月から', ...PARAS, '関連記事', '天気予報'].join('\n\n');
  const { articles } = extractFromText(capture, opts);
  assert.equal(articles.length, 1);
  for (const p of PARAS) assert.ok(articles[0].text.includes(p), p);
  assert.ok(!articles[0].text.includes('天気予報'));
});
