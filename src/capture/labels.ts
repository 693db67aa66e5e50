/**
 * Charset labels → the encoding Dateline decodes with. Follows the WHATWG Encoding Standard's
 * label table (so `latin1`, `iso-8859-1` and `us-ascii` mean windows-1252, as browsers read
 * them, and `gbk`/`gb2312` mean gb18030, a superset), limited to the encodings we can decode.
 */

/** Canonical names (WHATWG spelling) of every encoding `decodeAs` supports. */
export type EncodingName =
  | 'utf-8' | 'utf-16le' | 'utf-16be'
  | 'windows-1250' | 'windows-1251' | 'windows-1252' | 'windows-1253' | 'windows-1254'
  | 'windows-1255' | 'windows-1256' | 'windows-1257' | 'windows-1258' | 'windows-874'
  | 'iso-8859-2' | 'iso-8859-3' | 'iso-8859-4' | 'iso-8859-5' | 'iso-8859-6' | 'iso-8859-7'
  | 'iso-8859-8' | 'iso-8859-10' | 'iso-8859-13' | 'iso-8859-14' | 'iso-8859-15' | 'iso-8859-16'
  | 'koi8-r' | 'koi8-u' | 'ibm866' | 'macintosh' | 'x-mac-cyrillic'
  | 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp' | 'euc-kr';

/** Aliases, grouped by target; lookup is case-insensitive after trimming. */
const GROUPS: Record<EncodingName, string[]> = {
  'utf-8': ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'],
  'utf-16le': ['utf-16le', 'utf-16', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff'],
  'utf-16be': ['utf-16be', 'unicodefffe'],
  'windows-1252': [
    'windows-1252', 'cp1252', 'x-cp1252', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'latin1', 'l1', 'iso-8859-1',
    'iso8859-1', 'iso_8859-1', 'iso_8859-1:1987', 'iso88591', 'iso-ir-100', 'csisolatin1', 'cp819', 'ibm819',
  ],
  'windows-1250': ['windows-1250', 'cp1250', 'x-cp1250'],
  'windows-1251': ['windows-1251', 'cp1251', 'x-cp1251'],
  'windows-1253': ['windows-1253', 'cp1253', 'x-cp1253'],
  'windows-1254': [
    'windows-1254', 'cp1254', 'x-cp1254', 'iso-8859-9', 'iso8859-9', 'iso_8859-9', 'iso88599', 'latin5', 'l5', 'csisolatin5', 'iso-ir-148',
  ],
  'windows-1255': ['windows-1255', 'cp1255', 'x-cp1255'],
  'windows-1256': ['windows-1256', 'cp1256', 'x-cp1256'],
  'windows-1257': ['windows-1257', 'cp1257', 'x-cp1257'],
  'windows-1258': ['windows-1258', 'cp1258', 'x-cp1258'],
  'windows-874': ['windows-874', 'dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620'],
  'iso-8859-2': ['iso-8859-2', 'iso8859-2', 'iso_8859-2', 'iso88592', 'latin2', 'l2', 'csisolatin2', 'iso-ir-101'],
  'iso-8859-3': ['iso-8859-3', 'iso8859-3', 'iso_8859-3', 'latin3', 'l3'],
  'iso-8859-4': ['iso-8859-4', 'iso8859-4', 'iso_8859-4', 'latin4', 'l4'],
  'iso-8859-5': ['iso-8859-5', 'iso8859-5', 'iso_8859-5', 'iso88595', 'cyrillic', 'csisolatincyrillic'],
  'iso-8859-6': ['iso-8859-6', 'iso8859-6', 'iso_8859-6', 'arabic', 'asmo-708', 'ecma-114'],
  'iso-8859-7': ['iso-8859-7', 'iso8859-7', 'iso_8859-7', 'greek', 'greek8', 'elot_928', 'ecma-118'],
  'iso-8859-8': ['iso-8859-8', 'iso8859-8', 'iso_8859-8', 'hebrew', 'visual', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['iso-8859-10', 'iso8859-10', 'latin6', 'l6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14'],
  'iso-8859-15': ['iso-8859-15', 'iso8859-15', 'iso_8859-15', 'latin9', 'l9', 'csisolatin9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['koi8-r', 'koi8_r', 'koi8', 'koi', 'cskoi8r'],
  'koi8-u': ['koi8-u', 'koi8-ru'],
  ibm866: ['ibm866', 'cp866', '866', 'csibm866'],
  macintosh: ['macintosh', 'mac', 'x-mac-roman', 'csmacintosh'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  gb18030: ['gb18030', 'gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'iso-ir-58', 'euc-cn'],
  big5: ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950'],
  shift_jis: ['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms932', 'ms_kanji', 'windows-31j', 'csshiftjis', 'cp932'],
  'euc-jp': ['euc-jp', 'x-euc-jp', 'cseucpkdfmtjapanese'],
  'iso-2022-jp': ['iso-2022-jp', 'csiso2022jp'],
  'euc-kr': ['euc-kr', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'cp949', 'korean', 'csksc56011987', 'iso-ir-149'],
};

const BY_LABEL = new Map<string, EncodingName>();
for (const [name, labels] of Object.entries(GROUPS) as [EncodingName, string[]][]) {
  for (const label of labels) if (!BY_LABEL.has(label)) BY_LABEL.set(label, name);
}

/** A charset label as found in a header or `<meta>` → its encoding, or null when unknown. */
export function normalizeLabel(label: string | null | undefined): EncodingName | null {
  if (!label) return null;
  const key = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  return BY_LABEL.get(key) ?? null;
}

/** The `charset` parameter of a Content-Type value (`text/html; charset="Shift_JIS"`), or null. */
export function charsetFromContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|[^\s;]+)/i.exec(value);
  if (!m) return null;
  const raw = m[2] ?? m[3] ?? m[1];
  return raw.trim() || null;
}
