/**
 * Bytes → string in a named encoding. TextDecoder (native, fast) for UTF-8/UTF-16 and for the
 * CJK encodings whose WHATWG tables Node's ICU implements well (big5 with HKSCS, gb18030,
 * iso-2022-jp); iconv-lite for single-byte tables and the rest, because Node 20's TextDecoder
 * maps windows-1252's 0x80–0x9F wrongly (curly quotes and € are lost).
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { EncodingName } from './labels.ts';

const NATIVE = new Set<EncodingName>(['utf-8', 'utf-16le', 'utf-16be', 'big5', 'gb18030', 'iso-2022-jp']);

/** iconv-lite names that differ from the WHATWG spelling. */
const ICONV_NAME: Partial<Record<EncodingName, string>> = {
  'x-mac-cyrillic': 'maccyrillic',
  'windows-874': 'windows874',
  ibm866: 'cp866',
  'euc-kr': 'cp949',
};

/** Decodes with replacement characters for invalid sequences (never throws for bad bytes). */
export function decodeAs(encoding: EncodingName, bytes: Uint8Array): string {
  if (NATIVE.has(encoding)) return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME[encoding] ?? encoding, {
    stripBOM: true,
  });
}

/** True when every byte sequence is valid UTF-8 (a sequence cut off by the end of `bytes` counts as valid). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  // buffer.isUtf8 validates natively without building a string (50 MB in ~20 ms).
  return isUtf8(trimIncompleteUtf8Tail(bytes));
}

/** Drops an incomplete multi-byte sequence at the very end (a capture cut mid-character). */
function trimIncompleteUtf8Tail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if (b < 0x80) return bytes;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.subarray(0, n - back) : bytes;
    }
  }
  return bytes;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes: "mostly UTF-8" survives a few bad bytes. */
export function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < n && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** True when any byte is outside ASCII. */
export function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
