/**
 * Bounded reading: every byte stream Dateline reads (files, stdin, HTTP bodies, gzip output) goes
 * through these, so a huge file or a zip bomb stops at the cap instead of filling memory.
 */
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DatelineError } from '../model/errors.ts';

/** 64 MiB: well above any real article page, small enough to keep memory bounded. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Reads a stream to the end, or throws `tooLarge()` as soon as more than `max` bytes arrived (the stream is destroyed). */
export async function collectCapped(stream: AsyncIterable<Uint8Array | string>, max: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total > max) throw tooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Human words for the zlib errors a damaged file gives. */
function gzipProblem(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'Z_BUF_ERROR' || /unexpected end/i.test(e.message ?? '')) return 'the gzip data is truncated (unexpected end of file)';
  if (e.code === 'Z_DATA_ERROR') return `the gzip data is corrupt (${e.message})`;
  return `the gzip data could not be read (${e.message ?? String(err)})`;
}

/**
 * Decompresses gzip from `source`, streaming, and refuses output past `max` bytes (zip-bomb safe:
 * at most `max` plus one chunk is ever held). Damaged data → `input.gzip-corrupt`.
 */
export async function gunzipCapped(source: Readable | Uint8Array, max: number, what: string, tooLarge: () => Error): Promise<Buffer> {
  const input = source instanceof Uint8Array ? Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]) : source;
  const gunzip = createGunzip();
  let sourceError: unknown = null;
  pipeline(input, gunzip, (err) => {
    if (err) sourceError = err;
  });
  try {
    return await collectCapped(gunzip, max, tooLarge);
  } catch (err) {
    if (err instanceof DatelineError) throw err;
    const cause = sourceError ?? err;
    const code = (cause as { code?: string }).code ?? '';
    if (code.startsWith('Z_') || /unexpected end|incorrect header|invalid/i.test(String((cause as Error).message))) {
      throw new DatelineError('input.gzip-corrupt', `${what}: ${gzipProblem(cause)}.`, { cause });
    }
    throw new DatelineError('input.unreadable', `${what}: ${(cause as Error).message}`, { cause });
  } finally {
    gunzip.destroy();
    input.destroy();
  }
}
