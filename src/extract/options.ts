import { DEFAULT_MAX_BYTES } from '../capture/limits.ts';

/** Options for `extract()`: one typed object in, resolved once by `resolveExtractOptions`. */
export interface ExtractOptions {
  /** The page's URL: resolves relative links, and is the article's `url`. */
  url?: string | null;
  /** HTTP response headers, when known (`content-type` gives the charset). */
  headers?: Record<string, string>;
  /** How to read the input: `auto` detects HTML vs plain-text capture. */
  as?: 'auto' | 'html' | 'text';
  /**
   * IANA zone (e.g. `Asia/Kuala_Lumpur`) or offset (`+08:00`) for times the page states without
   * one. Without it such times are given without offset and a `date.no-zone` message is added.
   */
  timezone?: string | null;
  /** "Now" for relative times ("2 hours ago"); defaults to the current time. */
  referenceTime?: Date | null;
  /** Inputs larger than this many bytes are refused with `input.too-large`. */
  maxBytes?: number;
}

export interface ResolvedExtractOptions {
  url: string | null;
  headers: Record<string, string>;
  as: 'auto' | 'html' | 'text';
  timezone: string | null;
  referenceTime: Date;
  maxBytes: number;
}


export function resolveExtractOptions(options: ExtractOptions = {}): ResolvedExtractOptions {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.headers ?? {})) headers[k.toLowerCase()] = v;
  return {
    url: options.url ?? null,
    headers,
    as: options.as ?? 'auto',
    timezone: options.timezone ?? null,
    referenceTime: options.referenceTime ?? new Date(),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  };
}
