/**
 * Builds the plain-text capture corpus for `npm run bench:captures` from the HTML pages in
 * ../shared/bench (WCXB dev articles: title + main content; article-extraction-benchmark: body).
 * Each page is rendered once in Debian chromium with JavaScript off and every network request
 * failing (an offline context: no request reaches the network, and unlike a route handler that
 * aborts each one, no protocol round trip per request — half the render time, same captures), two
 * pages at a time (the machine has two cores), and captured in two styles:
 * `document.body.innerText` (what "copy all" and most scrapers keep) and "text nodes joined by
 * blank lines" (what naive DOM-walking scrapers keep).
 * Writes bench/captures/corpus.jsonl (not committed: regenerate with this script).
 * Usage: node --import tsx bench/captures/generate.ts [--limit N]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const benchRoot = path.resolve(repoRoot, '../shared/bench');
export const corpusPath = path.join(here, 'corpus.jsonl');

export interface PageTruth { id: string; source: 'wcxb' | 'aeb'; title: string | null; body: string; html: string }
export interface CaptureRecord { id: string; source: string; title: string | null; body: string; innerText: string; nodesText: string }

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Every 3rd WCXB dev page (a spread across the split, bounded render time) and all AEB pages. */
export function loadTruth(limit: number): PageTruth[] {
  const out: PageTruth[] = [];
  const wcxb = path.join(benchRoot, 'wcxb-articles/dev');
  const files = readdirSync(path.join(wcxb, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  files.forEach((f, i) => {
    if (i % 3 !== 0) return;
    const id = f.replace('.html.gz', '');
    const gt = JSON.parse(readFileSync(path.join(wcxb, 'ground-truth', `${id}.json`), 'utf8')).ground_truth;
    out.push({ id: `wcxb-${id}`, source: 'wcxb', title: gt.title ?? null, body: gt.main_content ?? '', html: gunzipSync(readFileSync(path.join(wcxb, 'html', f))).toString('utf8') });
  });
  const aeb = path.join(benchRoot, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  for (const [id, t] of Object.entries(truth).sort()) {
    const file = path.join(aeb, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    out.push({ id: `aeb-${id.slice(0, 12)}`, source: 'aeb', title: null, body: t.articleBody, html: gunzipSync(readFileSync(file)).toString('utf8') });
  }
  return out.slice(0, limit);
}

/** Runs in the page: visible text nodes, each trimmed, joined by blank lines. */
function textNodes(): string {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE']);
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || skip.has(parent.tagName.toUpperCase())) continue;
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n\n');
}

export async function generate(limit = Infinity): Promise<number> {
  const pages = loadTruth(limit);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const lines: string[] = new Array(pages.length).fill('');
  let next = 0;
  const renderNext = async (): Promise<void> => {
    for (let k = next++; k < pages.length; k = next++) {
      const p = pages[k];
      const page = await context.newPage();
      try {
        await page.setContent(p.html, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        const innerText = await page.evaluate(() => document.body?.innerText ?? '');
        const nodesText = await page.evaluate(textNodes);
        const rec: CaptureRecord = { id: p.id, source: p.source, title: p.title, body: p.body, innerText, nodesText };
        lines[k] = JSON.stringify(rec);
      } catch (e) {
        process.stderr.write(`skip ${p.id}: ${(e as Error).message.split('\n')[0]}\n`);
      } finally {
        await page.close();
      }
    }
  };
  try {
    await Promise.all([renderNext(), renderNext()]);
  } finally {
    await browser.close();
  }
  const kept = lines.filter(Boolean);
  writeFileSync(corpusPath, kept.join('\n') + '\n');
  return kept.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--limit');
  const n = await generate(i > 0 ? Number(process.argv[i + 1]) : Infinity);
  console.log(`wrote ${n} captures to ${path.relative(process.cwd(), corpusPath)}`);
}
