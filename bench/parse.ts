/**
 * `npm run bench:parse`: Dateline's fast HTML parser (src/parse/fast-html.ts) against
 * htmlparser2's parseDocument, on the shared corpora under ../shared/bench.
 *
 * 1. Speed: ms per page for both parsers on the AEB pages (strings decoded up front, one warm-up
 *    pass, then rounds; each round times all pages with one parser, then with the other). Each
 *    page's time is its best round (the machine is shared, and the fastest run is the one least
 *    disturbed by other processes); the median of rounds is printed too. Ratios of median and mean.
 * 2. Correctness: on every page of the three corpora, the visible text (Text nodes outside
 *    script/style, whitespace collapsed) must match; element counts should be close. Prints the
 *    share of identical pages and the worst differences with context, so each kind can be judged.
 *
 * Flags: --rounds N (timing rounds, default 5), --worst N (differences shown, default 8),
 * --skip-compare, --skip-timing.
 */
import { parseDocument as htmlparser2Parse } from 'htmlparser2';
import { Element, Text, type AnyNode, type Document } from 'domhandler';
import { benchAvailable, loadAeb, loadReadabilityPages, loadWcxb, type HtmlPage } from './lib/corpus.ts';
import { summarize } from './lib/stats.ts';
import { parseDocument as fastParse } from '../src/parse/fast-html.ts';
import { F_BLOCK_WS, TAGS } from '../src/parse/fast-html/tags.ts';

const HP2_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
const reference = (html: string): Document => htmlparser2Parse(html, HP2_OPTIONS);

interface Shape {
  text: string;
  elements: number;
}

/**
 * Visible text and element count, walked iteratively (trees can be deep). Block boundaries (the
 * tags around which fast-html drops white-space-only text, F_BLOCK_WS) count as a space, as
 * they do for every text reader in Dateline and in a browser.
 */
function shape(doc: Document): Shape {
  const parts: string[] = [];
  let elements = 0;
  const stack: (AnyNode | string)[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') parts.push(n);
    else if (n instanceof Text) parts.push(n.data);
    else if (n instanceof Element) {
      elements++;
      if (n.name === 'script' || n.name === 'style') continue;
      const block = ((TAGS.get(n.name)?.flags ?? 0) & F_BLOCK_WS) !== 0;
      if (block) { parts.push(' '); stack.push(' '); }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), elements };
}

interface Difference {
  page: string;
  /** Characters that differ: longer length minus common prefix and suffix. */
  chars: number;
  ours: string;
  theirs: string;
}

function difference(page: string, a: string, b: string): Difference {
  let pre = 0;
  const max = Math.min(a.length, b.length);
  while (pre < max && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < max - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  const ctx = (s: string) => JSON.stringify(s.slice(Math.max(0, pre - 40), Math.min(s.length - suf + 40, pre + 200)));
  return { page, chars: Math.max(a.length, b.length) - pre - suf, ours: ctx(a), theirs: ctx(b) };
}

interface CompareResult {
  pages: number;
  identical: number;
  diffs: Difference[];
  /** Sum over pages of |ours − theirs| / theirs element counts. */
  elementRelDiff: number;
  worstElement: { page: string; ours: number; theirs: number };
}

function compareCorpus(name: string, pages: readonly HtmlPage[]): CompareResult {
  const r: CompareResult = { pages: 0, identical: 0, diffs: [], elementRelDiff: 0, worstElement: { page: '', ours: 0, theirs: 0 } };
  let worstRel = -1;
  for (const p of pages) {
    const html = p.html();
    const ours = shape(fastParse(html));
    const theirs = shape(reference(html));
    r.pages++;
    if (ours.text === theirs.text) r.identical++;
    else r.diffs.push(difference(`${name}/${p.id}`, ours.text, theirs.text));
    const rel = Math.abs(ours.elements - theirs.elements) / Math.max(1, theirs.elements);
    r.elementRelDiff += rel;
    if (rel > worstRel) {
      worstRel = rel;
      r.worstElement = { page: `${name}/${p.id}`, ours: ours.elements, theirs: theirs.elements };
    }
  }
  return r;
}

function timeOnce(parse: (html: string) => Document, html: string): number {
  const t0 = performance.now();
  parse(html);
  return performance.now() - t0;
}

function timing(htmls: readonly string[], rounds: number): void {
  for (const h of htmls) { fastParse(h); reference(h); } // warm-up pass
  const ours: number[][] = htmls.map(() => []);
  const theirs: number[][] = htmls.map(() => []);
  // A round times every page with one parser, then every page with the other (which goes first
  // alternates), so neither parser's garbage is collected during the other's timings.
  const pass = (parse: (html: string) => Document, into: number[][]) => htmls.forEach((h, i) => into[i].push(timeOnce(parse, h)));
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) { pass(fastParse, ours); pass(reference, theirs); }
    else { pass(reference, theirs); pass(fastParse, ours); }
  }
  const kb = htmls.map((h) => h.length / 1024).sort((x, y) => x - y)[htmls.length >> 1];
  console.log(`Timing: ${htmls.length} AEB pages (median ${kb.toFixed(0)} K chars), ${rounds} rounds`);
  report('best round per page', ours.map((v) => Math.min(...v)), theirs.map((v) => Math.min(...v)));
  report('median round per page', ours.map((v) => summarize(v).median), theirs.map((v) => summarize(v).median));
}

function report(label: string, oursMs: number[], theirsMs: number[]): void {
  const a = summarize(oursMs);
  const b = summarize(theirsMs);
  const fmt = (x: number) => x.toFixed(3).padStart(7);
  console.log(`${label.padEnd(24)}median     mean      p95      max   (ms/page)`);
  console.log(`  fast-html             ${fmt(a.median)}  ${fmt(a.mean)}  ${fmt(a.p95)}  ${fmt(a.max)}`);
  console.log(`  htmlparser2           ${fmt(b.median)}  ${fmt(b.mean)}  ${fmt(b.p95)}  ${fmt(b.max)}`);
  console.log(`  speed-up (htmlparser2 / fast-html): median ${(b.median / a.median).toFixed(2)}x, mean ${(b.mean / a.mean).toFixed(2)}x`);
}

function argNumber(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  if (!benchAvailable()) {
    console.log('bench:parse: ../shared/bench is absent; nothing to measure.');
    return;
  }
  const rounds = argNumber('--rounds', 5);
  const worst = argNumber('--worst', 8);
  const aeb = loadAeb();
  // Timing first, on a fresh heap (the comparison parses ~250 MB of HTML twice).
  if (!process.argv.includes('--skip-timing')) timing(aeb.pages.map((p) => p.html()), rounds);
  if (!process.argv.includes('--skip-compare')) compareAll(aeb.pages, worst);
}

function compareAll(aebPages: readonly HtmlPage[], worst: number): void {
  const corpora: [string, readonly HtmlPage[]][] = [
    ['aeb', aebPages], ['wcxb', loadWcxb().pages], ['readability', loadReadabilityPages().pages],
  ];
  const all: Difference[] = [];
  let pages = 0, identical = 0;
  console.log('\nVisible text (outside script/style, whitespace collapsed) vs htmlparser2 parseDocument');
  for (const [name, ps] of corpora) {
    const r = compareCorpus(name, ps);
    pages += r.pages;
    identical += r.identical;
    all.push(...r.diffs);
    const w = r.worstElement;
    console.log(
      `${name.padEnd(12)} ${r.identical}/${r.pages} identical (${((100 * r.identical) / r.pages).toFixed(1)}%); ` +
        `element count mean |Δ| ${((100 * r.elementRelDiff) / r.pages).toFixed(2)}%, ` +
        (w.ours === w.theirs ? 'all equal' : `worst ${w.page} ${w.ours} vs ${w.theirs}`),
    );
  }
  console.log(`all          ${identical}/${pages} identical (${((100 * identical) / pages).toFixed(1)}%)`);
  all.sort((x, y) => y.chars - x.chars);
  for (const d of all.slice(0, worst)) {
    console.log(`\n- ${d.page}: ${d.chars} chars differ\n  fast-html:   ${d.ours}\n  htmlparser2: ${d.theirs}`);
  }
}

main();
