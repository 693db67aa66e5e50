/**
 * An identity for the extraction code that is running: a hash of its modules (capture, parse,
 * extract, model — from `src/` or the compiled `dist/`, whichever this process runs) and of
 * package.json (the pinned versions of the parsing and date libraries). Ingest keys what it has
 * already extracted by input bytes, options and this identity, so an upgrade or any edit of the
 * extractor makes every input count as new again: a skipped input is always one this very code
 * extracted before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders (beside this module's folder) whose code decides what extract() returns. */
const CODE_DIRS = ['capture', 'parse', 'extract', 'model'];

/** Source or compiled modules, tests and maps left out, sorted: the same tree always lists the same way. */
export function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(p));
    else if (e.isFile() && !/\.test\.[cm]?[jt]s$|\.map$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** sha256 over each file's path (relative to `root`) and bytes. */
export function hashFiles(root: string, files: readonly string[], seed = ''): string {
  const h = createHash('sha256').update(seed);
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

let memo: string | null = null;

/** The running extractor's identity (hex); computed once per process (a few ms of reading). */
export function extractorId(): string {
  if (memo !== null) return memo;
  const codeRoot = fileURLToPath(new URL('../', import.meta.url));
  const pkg = join(codeRoot, '..', 'package.json');
  const files = [...CODE_DIRS.flatMap((d) => codeFiles(join(codeRoot, d))), ...(existsSync(pkg) ? [pkg] : [])];
  memo = hashFiles(join(codeRoot, '..'), files);
  return memo;
}
