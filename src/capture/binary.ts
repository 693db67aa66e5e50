/**
 * Is this capture binary data rather than text? Checked before decoding so an image, archive or
 * executable passed by mistake is refused with a clear code instead of being "extracted".
 */
import { detectUtf16NoBom } from './sniff.ts';

/** File signatures of formats that are never a news page. `null` matches any byte. */
const MAGIC: { name: string; bytes: (number | null)[] }[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [...'GIF8'].map((c) => c.charCodeAt(0)) },
  { name: 'PDF', bytes: [...'%PDF-'].map((c) => c.charCodeAt(0)) },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP (empty)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'WebP', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { name: 'WAV', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x41, 0x56, 0x45] },
  { name: 'ISO media (MP4/HEIC/AVIF)', bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] },
  { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'MP3 (ID3)', bytes: [0x49, 0x44, 0x33, null, 0x00] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite', bytes: [...'SQLite format 3\0'].map((c) => c.charCodeAt(0)) },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WOFF', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'WOFF2', bytes: [0x77, 0x4f, 0x46, 0x32] },
  { name: 'Java class / Mach-O fat', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'Mach-O', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Photoshop', bytes: [0x38, 0x42, 0x50, 0x53] },
];

/** The name of the binary format whose signature starts `bytes`, or null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length < m.bytes.length) continue;
    if (m.bytes.every((b, i) => b === null || bytes[i] === b)) return m.name;
  }
  return null;
}

const SCAN_BYTES = 8192;

/** True when the bytes are not text in any encoding Dateline reads (a known binary signature, NULs, control-byte soup). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false; // UTF-16 BOM
  if (binaryFormat(bytes)) return true;
  if (detectUtf16NoBom(bytes)) return false;
  const n = Math.min(bytes.length, SCAN_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // C0 controls other than tab, LF, FF, CR and ESC (ESC starts ISO-2022-JP shifts); and DEL.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls / n > 0.02;
}
