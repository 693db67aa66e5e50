/**
 * Bytes → text, choosing the encoding the way a browser does, plus guards against lying
 * declarations: byte-order mark, then the HTTP Content-Type charset, then the document's own
 * `<meta>` (prescan of the first 4 KB) or XML declaration, then sniffing (UTF-8 if the bytes are
 * UTF-8, else a statistical guess among legacy encodings), else windows-1252.
 */
import type { Message } from '../model/article.ts';
import { decodeAs, hasHighBytes, isValidUtf8, utf8Stats } from './codec.ts';
import { charsetFromContentType, normalizeLabel, type EncodingName } from './labels.ts';
import { prescanMeta, xmlDeclEncoding } from './prescan.ts';
import { detectUtf16NoBom, guessLegacyEncoding, sampleHighLines, scoreText } from './sniff.ts';

export { looksBinary } from './binary.ts';

export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'sniff' | 'default';
  messages: Message[];
}

type Source = Decoded['source'];

const warn = (code: string, text: string): Message => ({ level: 'warn', code, text });
const info = (code: string, text: string): Message => ({ level: 'info', code, text });

function detectBom(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The declared encoding: HTTP header first, then `<meta>`, then `<?xml encoding>`. Unknown labels are reported. */
function declaredEncoding(bytes: Uint8Array, contentType: string | null, messages: Message[]): { encoding: EncodingName; source: Source } | null {
  const httpLabel = charsetFromContentType(contentType);
  if (httpLabel) {
    const enc = normalizeLabel(httpLabel);
    if (enc) return { encoding: enc, source: 'http' };
    messages.push(warn('decode.unknown-charset', `The Content-Type charset '${httpLabel}' is not one Dateline knows; it was ignored.`));
  }
  const { found, unknownLabel } = prescanMeta(bytes);
  if (found) return { encoding: found.encoding, source: 'meta' };
  if (unknownLabel) messages.push(warn('decode.unknown-charset', `The page declares charset '${unknownLabel}', which Dateline does not know; it was ignored.`));
  const xml = normalizeLabel(xmlDeclEncoding(bytes));
  if (xml) return { encoding: xml === 'utf-16le' || xml === 'utf-16be' ? 'utf-8' : xml, source: 'meta' };
  return null;
}

/** UTF-8 with a few stray bytes (a pasted snippet, a cut character) is still UTF-8. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  // The first 4 MB decide: the count is a JS loop, and a page does not change encoding midway.
  const { multibyte, invalid } = utf8Stats(bytes.subarray(0, 4 * 1024 * 1024));
  return multibyte >= 8 && invalid * 20 <= multibyte;
}

/** Sniffing, used when nothing is declared or the declaration is contradicted by the bytes. */
function sniff(bytes: Uint8Array, messages: Message[]): { encoding: EncodingName; source: Source } {
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'sniff' };
  if (mostlyUtf8(bytes)) {
    messages.push(warn('decode.invalid-bytes', 'The text is UTF-8 with a few invalid bytes; they were replaced with U+FFFD.'));
    return { encoding: 'utf-8', source: 'sniff' };
  }
  const guess = guessLegacyEncoding(bytes);
  if (!guess) return { encoding: 'windows-1252', source: 'default' };
  const alt = guess.runnerUp ? `; next best ${guess.runnerUp.encoding} at ${guess.runnerUp.score.toFixed(2)}` : '';
  messages.push(info('decode.guessed', `No usable charset was declared; the bytes read best as ${guess.encoding} (score ${guess.score.toFixed(2)}${alt}).`));
  return { encoding: guess.encoding, source: 'sniff' };
}

/**
 * Checks a declared encoding against the bytes. A UTF-8 declaration on non-UTF-8 bytes, or a
 * legacy declaration on bytes that are valid multi-byte UTF-8, or a legacy declaration that
 * turns the text into garbage while another encoding reads well, is overruled with a message.
 */
function checkDeclared(bytes: Uint8Array, declared: { encoding: EncodingName; source: Source }, messages: Message[]): { encoding: EncodingName; source: Source } {
  const where = declared.source === 'http' ? 'The HTTP header' : 'The page';
  if (declared.encoding === 'utf-16le' || declared.encoding === 'utf-16be') return declared;
  if (declared.encoding === 'utf-8') {
    if (isValidUtf8(bytes)) return declared;
    if (mostlyUtf8(bytes)) {
      messages.push(warn('decode.invalid-bytes', 'The text is UTF-8 with a few invalid bytes; they were replaced with U+FFFD.'));
      return declared;
    }
    const sniffed = sniff(bytes, messages);
    messages.push(warn('decode.charset-mismatch', `${where} declares UTF-8 but the bytes are not UTF-8; decoded as ${sniffed.encoding}.`));
    return sniffed;
  }
  if (!hasHighBytes(bytes)) return declared;
  if (isValidUtf8(bytes)) {
    messages.push(warn('decode.charset-mismatch', `${where} declares ${declared.encoding} but the bytes are valid UTF-8; decoded as UTF-8.`));
    return { encoding: 'utf-8', source: 'sniff' };
  }
  const { sample, highBytes } = sampleHighLines(bytes);
  const declaredScore = scoreText(decodeAs(declared.encoding, sample)) / highBytes;
  if (declaredScore < -0.5) {
    const guess = guessLegacyEncoding(bytes);
    if (guess && guess.score > 0.3) {
      messages.push(warn('decode.charset-mismatch', `${where} declares ${declared.encoding} but the text reads as ${guess.encoding}; decoded as ${guess.encoding}.`));
      return { encoding: guess.encoding, source: 'sniff' };
    }
  }
  return declared;
}

/** Decodes one capture. Never throws: undecodable bytes become U+FFFD and a message says why. */
export function decodeBytes(bytes: Uint8Array, options: { contentType?: string | null } = {}): Decoded {
  const messages: Message[] = [];
  const bom = detectBom(bytes);
  if (bom) return { text: decodeAs(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom', messages };
  const declared = declaredEncoding(bytes, options.contentType ?? null, messages);
  const utf16 = declared?.source === 'http' ? null : detectUtf16NoBom(bytes);
  let chosen: { encoding: EncodingName; source: Source };
  if (utf16) chosen = { encoding: utf16, source: 'sniff' };
  else chosen = declared ? checkDeclared(bytes, declared, messages) : sniff(bytes, messages);
  return { text: decodeAs(chosen.encoding, bytes), encoding: chosen.encoding, source: chosen.source, messages };
}
