import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary } from './decode.ts';
import { normalizeLabel, charsetFromContentType } from './labels.ts';
import { prescanMeta } from './prescan.ts';

/** Realistic news paragraphs, each encoded in a legacy encoding of its language by the tests. */
const SAMPLES: { lang: string; encoding: string; expected: string; text: string }[] = [
  {
    lang: 'French', encoding: 'windows-1252', expected: 'windows-1252',
    text: 'PARIS — Le gouvernement a présenté mercredi un budget « de responsabilité », prévoyant 40 milliards d’euros d’économies. « Nous n’avons pas le choix », a déclaré la ministre, qui table sur un déficit de 5,4 % du PIB l’an prochain. Les syndicats dénoncent une rigueur qui coûtera 12 € par mois aux ménages modestes.',
  },
  {
    lang: 'German', encoding: 'windows-1252', expected: 'windows-1252',
    text: 'BERLIN – Die Bundesregierung hat am Mittwoch ein Entlastungspaket über 65 Milliarden € beschlossen. „Wir lassen niemanden allein“, sagte der Kanzler nach der Kabinettssitzung. Kritiker bemängeln, dass Familien mit geringem Einkommen erst im Frühjahr von den Maßnahmen profitieren würden; die Länder fordern eine stärkere Beteiligung des Bundes.',
  },
  {
    lang: 'Chinese (GBK)', encoding: 'gbk', expected: 'gb18030',
    text: '新华社北京3月5日电 第十四届全国人民代表大会第二次会议今天上午在人民大会堂开幕。国务院总理在政府工作报告中说，今年国内生产总值增长预期目标为百分之五左右，城镇新增就业一千二百万人以上。报告指出，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。',
  },
  {
    lang: 'Chinese (Big5)', encoding: 'big5', expected: 'big5',
    text: '中央社記者台北5日電 行政院今天召開院會，通過明年度中央政府總預算案，歲出規模達新台幣二兆八千億元，創歷史新高。行政院長表示，政府將持續推動國防、社會福利與經濟發展等重要政策，並強調財政紀律，讓國家的債務維持在合理範圍之內。',
  },
  {
    lang: 'Japanese', encoding: 'shift_jis', expected: 'shift_jis',
    text: '【東京】政府は５日、臨時閣議を開き、物価高対策を柱とする総合経済対策を決定した。首相は記者会見で「国民の暮らしを守るため、あらゆる手段を講じる」と述べた。対策の事業規模は約３９兆円で、電気・ガス料金の負担軽減策などが盛り込まれた。野党は財源の裏付けが不十分だと批判している。',
  },
  {
    lang: 'Korean', encoding: 'euc-kr', expected: 'euc-kr',
    text: '서울=연합뉴스 정부는 5일 국무회의를 열고 내년도 예산안을 의결했다. 총지출 규모는 올해보다 2.8% 늘어난 656조원으로 편성됐다. 기획재정부 장관은 브리핑에서 "건전재정 기조를 유지하면서도 민생과 미래 성장을 위한 투자는 늘렸다"고 말했다. 야당은 세수 결손에 대한 대책이 부족하다고 비판했다.',
  },
  {
    lang: 'Russian (KOI8-R)', encoding: 'koi8-r', expected: 'koi8-r',
    text: 'МОСКВА, 5 марта. Правительство России утвердило план мер по поддержке экономики на сумму более 300 миллиардов рублей. Как заявил председатель правительства на заседании кабинета, основное внимание будет уделено малому бизнесу и строительству жилья в регионах. Эксперты считают, что эти меры помогут сдержать рост цен.',
  },
  {
    lang: 'Russian (windows-1251)', encoding: 'windows-1251', expected: 'windows-1251',
    text: 'МОСКВА, 5 марта. Правительство России утвердило план мер по поддержке экономики на сумму более 300 миллиардов рублей. Как заявил председатель правительства на заседании кабинета, основное внимание будет уделено малому бизнесу и строительству жилья в регионах. Эксперты считают, что эти меры помогут сдержать рост цен.',
  },
  {
    lang: 'Japanese (EUC-JP)', encoding: 'euc-jp', expected: 'euc-jp',
    text: '政府は５日、臨時閣議を開き、物価高対策を柱とする総合経済対策を決定した。首相は記者会見で「国民の暮らしを守るため、あらゆる手段を講じる」と述べた。対策の事業規模は約３９兆円で、電気・ガス料金の負担軽減策などが盛り込まれた。',
  },
  {
    lang: 'Polish (windows-1250)', encoding: 'windows-1250', expected: 'windows-1250',
    text: 'WARSZAWA — Rząd przyjął w środę projekt budżetu na przyszły rok. Minister finansów powiedział, że deficyt będzie niższy, niż zakładano, a wydatki na zdrowie wzrosną o 15 proc. „To budżet odpowiedzialności” — podkreśliła premier. Opozycja zapowiada, że złoży poprawki.',
  },
  {
    lang: 'Greek (windows-1253)', encoding: 'windows-1253', expected: 'windows-1253',
    text: 'ΑΘΗΝΑ — Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τα νοικοκυριά, ύψους 500 εκατομμυρίων ευρώ. Ο υπουργός Οικονομικών δήλωσε ότι τα μέτρα θα ισχύσουν από τον επόμενο μήνα και θα αφορούν κυρίως τις οικογένειες με χαμηλά εισοδήματα.',
  },
];

const page = (body: string, head = '') =>
  `<!DOCTYPE html>\n<html>\n<head>${head}\n<title>News</title>\n</head>\n<body>\n<article>\n<p>${body}</p>\n</article>\n</body>\n</html>\n`;

for (const s of SAMPLES) {
  test(`${s.lang}: sniffed from ${s.encoding} bytes without any declaration`, () => {
    const bytes = iconv.encode(page(s.text), s.encoding);
    const d = decodeBytes(bytes);
    assert.equal(d.encoding, s.expected, d.messages.map((m) => m.text).join(' | '));
    assert.equal(d.source, 'sniff');
    assert.ok(d.text.includes(s.text), 'decoded text contains the paragraph exactly');
  });

  test(`${s.lang}: <meta charset> is honoured`, () => {
    const bytes = iconv.encode(page(s.text, `<meta charset="${s.encoding}">`), s.encoding);
    const d = decodeBytes(bytes);
    assert.equal(d.source, 'meta');
    assert.equal(d.encoding, normalizeLabel(s.encoding));
    assert.ok(d.text.includes(s.text));
  });

  test(`${s.lang}: <meta http-equiv content-type> and the HTTP header`, () => {
    const head = `<meta http-equiv="Content-Type" content="text/html; charset=${s.encoding.toUpperCase()}">`;
    const bytes = iconv.encode(page(s.text, head), s.encoding);
    assert.ok(decodeBytes(bytes).text.includes(s.text));
    const http = decodeBytes(iconv.encode(page(s.text), s.encoding), { contentType: `text/html; charset="${s.encoding}"` });
    assert.equal(http.source, 'http');
    assert.ok(http.text.includes(s.text));
  });
}

test('windows-1252 keeps curly quotes and € (0x80–0x9F), where a plain TextDecoder would not', () => {
  const d = decodeBytes(Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35), { contentType: 'text/plain; charset=iso-8859-1' });
  assert.equal(d.text, '“Hi” €5');
  assert.equal(d.encoding, 'windows-1252');
});

test('byte-order marks win over declarations', () => {
  const text = page('Ünïcödé “quotes”', '<meta charset="windows-1252">');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.deepEqual([decodeBytes(le).encoding, decodeBytes(le).source], ['utf-16le', 'bom']);
  assert.equal(decodeBytes(le).text, text);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  assert.equal(decodeBytes(be).text, text);
  assert.equal(decodeBytes(be).encoding, 'utf-16be');
  const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  assert.deepEqual([decodeBytes(u8).text, decodeBytes(u8).source], [text, 'bom']);
  assert.equal(looksBinary(le), false);
});

test('UTF-16 without a BOM is recognised, not refused as binary', () => {
  const bytes = Buffer.from(page('Plain story text here.'), 'utf16le');
  assert.equal(looksBinary(bytes), false);
  assert.equal(decodeBytes(bytes).encoding, 'utf-16le');
  assert.ok(decodeBytes(bytes).text.includes('Plain story text here.'));
});

test('a declared UTF-8 on windows-1252 bytes falls back to sniffing with a message', () => {
  const text = SAMPLES[0].text;
  const d = decodeBytes(iconv.encode(page(text, '<meta charset="utf-8">'), 'windows-1252'));
  assert.equal(d.encoding, 'windows-1252');
  assert.ok(d.text.includes(text));
  assert.ok(d.messages.some((m) => m.code === 'decode.charset-mismatch'));
});

test('a declared legacy charset on valid multi-byte UTF-8 is decoded as UTF-8 with a message', () => {
  const text = SAMPLES[2].text;
  const d = decodeBytes(Buffer.from(page(text, '<meta charset="iso-8859-1">')), { contentType: 'text/html' });
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes(text));
  assert.ok(d.messages.some((m) => m.code === 'decode.charset-mismatch'));
});

test('a declared windows-1252 on GBK bytes is overruled when the text is garbage in windows-1252', () => {
  const text = SAMPLES[2].text;
  const d = decodeBytes(iconv.encode(page(text), 'gbk'), { contentType: 'text/html; charset=ISO-8859-1' });
  assert.equal(d.encoding, 'gb18030');
  assert.ok(d.text.includes(text));
  assert.ok(d.messages.some((m) => m.code === 'decode.charset-mismatch'));
});

test('UTF-8 with a few stray bytes stays UTF-8', () => {
  const good = Buffer.from(page(SAMPLES[1].text + ' ' + SAMPLES[2].text));
  const bytes = Buffer.concat([good.subarray(0, 200), Buffer.from([0xff]), good.subarray(200)]);
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes(SAMPLES[2].text));
  assert.ok(d.messages.some((m) => m.code === 'decode.invalid-bytes'));
});

test('pure ASCII and valid UTF-8 are sniffed as UTF-8 without messages', () => {
  assert.deepEqual(decodeBytes(Buffer.from('<p>hello</p>')), { text: '<p>hello</p>', encoding: 'utf-8', source: 'sniff', messages: [] });
  const d = decodeBytes(Buffer.from(page(SAMPLES[4].text)));
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.messages, []);
});

test('unknown charset labels are reported and ignored', () => {
  const d = decodeBytes(Buffer.from(page('café', '<meta charset="x-klingon">')));
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.messages.some((m) => m.code === 'decode.unknown-charset'));
});

test('label aliases follow WHATWG', () => {
  const cases: [string, string][] = [
    ['latin1', 'windows-1252'], ['ISO-8859-1', 'windows-1252'], ['us-ascii', 'windows-1252'], ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'], ['x-sjis', 'shift_jis'], ['Windows-31J', 'shift_jis'], ['ks_c_5601-1987', 'euc-kr'],
    ['utf8', 'utf-8'], [' "UTF-8" ', 'utf-8'], ['iso-8859-9', 'windows-1254'], ['koi8', 'koi8-r'], ['nonsense', 'null'],
  ];
  for (const [label, want] of cases) assert.equal(String(normalizeLabel(label)), want, label);
  assert.equal(charsetFromContentType('text/html; charset="Shift_JIS"; foo=bar'), 'Shift_JIS');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('prescan skips comments and other tags, and reads http-equiv only with its pragma', () => {
  const find = (html: string) => prescanMeta(Buffer.from(html)).found?.encoding ?? null;
  assert.equal(find('<!-- <meta charset="big5"> --><meta charset="koi8-r">'), 'koi8-r');
  assert.equal(find('<div title="<meta charset=big5>"></div><meta charset=euc-kr>'), 'euc-kr');
  assert.equal(find('<meta content="text/html; charset=big5">'), null);
  assert.equal(find('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=\'shift_jis\'">'), 'shift_jis');
  assert.equal(find('<meta charset="utf-16">'), 'utf-8');
  assert.equal(find(' '.repeat(5000) + '<meta charset="big5">'), null, 'only the first 4 KB are scanned');
});

test('looksBinary: signatures, NULs and control soup; not text', () => {
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
  assert.equal(looksBinary(png), true);
  assert.equal(looksBinary(Buffer.from('%PDF-1.7\n%âãÏÓ\n')), true);
  assert.equal(looksBinary(Uint8Array.of(0x1f, 0x8b, 8, 0)), true);
  let seed = 7;
  const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  assert.equal(looksBinary(random), true);
  assert.equal(looksBinary(Buffer.from(page(SAMPLES[1].text))), false);
  assert.equal(looksBinary(iconv.encode(page(SAMPLES[5].text), 'euc-kr')), false);
  assert.equal(looksBinary(iconv.encode('\x1b$B$3$s$K$A$O\x1b(B', 'latin1')), false, 'ISO-2022-JP escapes are text');
  assert.equal(looksBinary(new Uint8Array(0)), false);
});

test('sniffing a large page stays fast', () => {
  const big = iconv.encode(page(SAMPLES[3].text.repeat(20000)), 'big5');
  const t0 = performance.now();
  const d = decodeBytes(big);
  const ms = performance.now() - t0;
  assert.equal(d.encoding, 'big5');
  assert.ok(ms < 3000, `decoding ${big.length} bytes took ${ms.toFixed(0)} ms`);
});
