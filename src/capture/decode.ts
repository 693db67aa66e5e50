import type { Message } from '../model/article.ts';

// STUB — owned by the capture helper; replaced with the full implementation.
export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'sniff' | 'default';
  messages: Message[];
}

export function decodeBytes(bytes: Uint8Array, _options: { contentType?: string | null } = {}): Decoded {
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default', messages: [] };
}

/** True when the bytes are not text in any encoding Dateline reads (NULs, control-byte soup). */
export function looksBinary(_bytes: Uint8Array): boolean {
  return false;
}
