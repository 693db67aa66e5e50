/**
 * A plain file/directory reader for ingest, used until `src/capture/read.ts` (the shared input
 * reader: URLs, stdin, feeds) lands. It yields the same shape that reader promises:
 * `{ source, bytes?, url?, headers?, error? }`, so ingest can switch readers without change.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface InputItem {
  source: string;
  bytes?: Uint8Array;
  url?: string | null;
  headers?: Record<string, string>;
  error?: { code: string; text: string };
}

const READABLE = /\.(html?|txt|xhtml)(\.gz)?$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && READABLE.test(e.name)) yield p;
  }
}

async function readOne(path: string): Promise<InputItem> {
  try {
    let bytes: Uint8Array = await readFile(path);
    if (/\.gz$/i.test(path)) {
      try {
        bytes = gunzipSync(bytes);
      } catch (e) {
        return { source: path, error: { code: 'input.gzip-corrupt', text: `${path}: not a valid gzip file (${(e as Error).message})` } };
      }
    }
    return { source: path, bytes };
  } catch (e) {
    return { source: path, error: { code: 'input.unreadable', text: `${path}: ${(e as Error).message}` } };
  }
}

/** Files and directories (recursively: .html, .htm, .txt, any of them .gz), in a stable order. */
export async function* readFiles(specs: readonly string[]): AsyncGenerator<InputItem> {
  for (const spec of specs) {
    let info;
    try {
      info = await stat(spec);
    } catch {
      yield { source: spec, error: { code: 'input.not-found', text: `${spec}: no such file or directory` } };
      continue;
    }
    if (info.isDirectory()) {
      for await (const p of walk(spec)) yield readOne(p);
    } else {
      yield readOne(spec);
    }
  }
}
