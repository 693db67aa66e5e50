/**
 * Loaders for the three shared benchmark corpora under `../shared/bench` (relative to the
 * repo), shared by `bench/extract.ts` and the quality-floor tests.
 *
 * Each loader also returns the corpus content hash (sha256 over the sorted relative file
 * names and their bytes) so a floor is pinned to the exact pages it was measured on.
 * HTML is kept gzip-compressed in memory and decoded on demand: the WCXB pages decode to
 * ~150 MB of text, which nobody needs all at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the shared corpora live: `../shared/bench` next to the repo. */
export const defaultBenchRoot = path.resolve(repoRoot, '../shared/bench');

export function benchAvailable(root = defaultBenchRoot): boolean {
  return (
    existsSync(path.join(root, 'article-extraction-benchmark/ground-truth.json')) &&
    existsSync(path.join(root, 'wcxb-articles/dev')) &&
    existsSync(path.join(root, 'readability-test-pages'))
  );
}

/** A page whose HTML is decoded only when asked for. */
export interface HtmlPage {
  id: string;
  url: string | null;
  /** The page's HTML as a string (gunzipped, utf-8). */
  html(): string;
}

export interface Corpus<P> {
  name: string;
  pages: P[];
  /** sha256 hex over sorted relative file names and bytes. */
  hash: string;
}

interface FileEntry {
  name: string;
  bytes: Buffer;
}

/** sha256 over the files sorted by name: each name, a NUL, its bytes, a NUL. */
export function corpusHash(files: readonly FileEntry[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h.update(f.name, 'utf8');
    h.update('\0');
    h.update(f.bytes);
    h.update('\0');
  }
  return h.digest('hex');
}

const gunzipText = (bytes: Buffer) => (): string => gunzipSync(bytes).toString('utf8');

function readEntry(dir: string, name: string): FileEntry {
  return { name, bytes: readFileSync(path.join(dir, name)) };
}

// ---------------------------------------------------------------- article-extraction-benchmark

export interface AebPage extends HtmlPage {
  /** The annotated article body. */
  truth: string;
}

export function loadAeb(root = defaultBenchRoot): Corpus<AebPage> {
  const dir = path.join(root, 'article-extraction-benchmark');
  const gtEntry = readEntry(dir, 'ground-truth.json');
  const gt = JSON.parse(gtEntry.bytes.toString('utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files: FileEntry[] = [gtEntry];
  const pages: AebPage[] = [];
  for (const id of Object.keys(gt).sort()) {
    const entry = readEntry(dir, `html/${id}.html.gz`);
    files.push(entry);
    pages.push({ id, url: gt[id].url ?? null, truth: gt[id].articleBody ?? '', html: gunzipText(entry.bytes) });
  }
  return { name: 'article-extraction-benchmark', pages, hash: corpusHash(files) };
}

/** The directory of published tool outputs used to validate the metric. */
export function aebReferenceDir(root = defaultBenchRoot): string {
  return path.join(root, 'article-extraction-benchmark/reference-outputs');
}

// ---------------------------------------------------------------- WCXB articles

export interface WcxbTruth {
  mainContent: string;
  title: string | null;
  author: string | null;
  publishDate: string | null;
}

export interface WcxbPage extends HtmlPage {
  truth: WcxbTruth;
}

interface WcxbFile {
  url?: string;
  ground_truth?: { main_content?: string; title?: string | null; author?: string | null; publish_date?: string | null };
}

export function loadWcxb(root = defaultBenchRoot, split: 'dev' | 'test' = 'dev'): Corpus<WcxbPage> {
  const dir = path.join(root, 'wcxb-articles', split);
  const ids = readdirSync(path.join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const files: FileEntry[] = [];
  const pages: WcxbPage[] = [];
  for (const id of ids) {
    const gtEntry = readEntry(dir, `ground-truth/${id}.json`);
    const htmlEntry = readEntry(dir, `html/${id}.html.gz`);
    files.push(gtEntry, htmlEntry);
    const file = JSON.parse(gtEntry.bytes.toString('utf8')) as WcxbFile;
    const g = file.ground_truth ?? {};
    pages.push({
      id,
      url: file.url ?? null,
      truth: {
        mainContent: g.main_content ?? '',
        title: g.title || null,
        author: g.author || null,
        publishDate: g.publish_date || null,
      },
      html: gunzipText(htmlEntry.bytes),
    });
  }
  return { name: `wcxb-articles/${split}`, pages, hash: corpusHash(files) };
}

// ---------------------------------------------------------------- Readability test pages

/** The fields of `expected-metadata.json` we compare (null or absent = not stated). */
export interface ReadabilityExpected {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export interface ReadabilityPage extends HtmlPage {
  expected: ReadabilityExpected;
}

/** Readability's own tests run every page at this URL. */
export const READABILITY_TEST_URL = 'http://fakehost/test/';

export function loadReadabilityPages(root = defaultBenchRoot): Corpus<ReadabilityPage> {
  const dir = path.join(root, 'readability-test-pages');
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
  const files: FileEntry[] = [];
  const pages: ReadabilityPage[] = [];
  for (const slug of slugs) {
    const src = readEntry(dir, `${slug}/source.html`);
    const meta = readEntry(dir, `${slug}/expected-metadata.json`);
    files.push(src, meta);
    const m = JSON.parse(meta.bytes.toString('utf8')) as Partial<Record<keyof ReadabilityExpected, string | null>>;
    const text = src.bytes.toString('utf8');
    pages.push({
      id: slug,
      url: READABILITY_TEST_URL,
      expected: { title: m.title || null, byline: m.byline || null, publishedTime: m.publishedTime || null, lang: m.lang || null },
      html: () => text,
    });
  }
  return { name: 'readability-test-pages', pages, hash: corpusHash(files) };
}
