/**
 * How much of the WCXB dev "publication day right" score any extractor can reach: for each page with a
 * truth date, is that day written anywhere in the page's HTML (text, attributes, URLs, scripts) in any
 * common form? The search is deliberately liberal (every ISO, numeric and month-name form in nine
 * languages, Unix timestamps, path dates, within any zone's reach of the day), so "not stated" is a
 * lower bound on the pages no extractor can get right without information the page does not hold.
 * Also prints how Dateline does on the stated and unstated pages.
 *
 *   node --import tsx bench/wcxb-date-ceiling.ts [--show]
 *
 * Reads ../shared/bench (skips when it is absent). Not part of any score.
 */
import { existsSync } from 'node:fs';
import { defaultBenchRoot, loadWcxb } from './lib/corpus.ts';
import { dayMatches } from './lib/meta-compare.ts';
import { loadTool } from './lib/tools.ts';

/** Month names (and common abbreviations) in the languages the WCXB pages use most; index = month − 1. */
const MONTHS: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'stycznia'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marca'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'września'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia'],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every liberal pattern that writes the day y-m-d. */
function dayPatterns(y: number, m: number, d: number): RegExp[] {
  const mm = `0?${m}`;
  const dd = `0?${d}`;
  const names = MONTHS[m - 1].map(esc).join('|');
  const sep = '[-/._ ]';
  return [
    new RegExp(`(?<!\\d)${y}${sep}${mm}${sep}${dd}(?!\\d)`),
    new RegExp(`(?<!\\d)${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}(?!\\d)`),
    new RegExp(`(?<!\\d)${mm}${sep}${dd}${sep}(?:${y}|${String(y).slice(2)})(?!\\d)`),
    new RegExp(`(?<!\\d)${dd}${sep}${mm}${sep}(?:${y}|${String(y).slice(2)})(?!\\d)`),
    new RegExp(`(?<!\\d)${y}年${m}月${d}日`),
    new RegExp(`(?:${names})\\.?[^\\w<>]{0,3}${dd}(?:st|nd|rd|th)?[^\\w<>]{0,4}(?:of\\s+)?${y}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${dd}(?:st|nd|rd|th|\\.|er)?[^\\w<>]{0,4}(?:de\\s+|of\\s+)?(?:${names})\\.?[^\\w<>]{0,4}(?:de\\s+)?${y}(?!\\d)`, 'i'),
  ];
}

/** Unix timestamps (seconds or milliseconds) that fall on the day in some zone (UTC−12 … UTC+14). */
function hasTimestamp(html: string, y: number, m: number, d: number): boolean {
  const start = Date.UTC(y, m - 1, d) / 1000 - 14 * 3600;
  const end = Date.UTC(y, m - 1, d + 1) / 1000 + 12 * 3600;
  for (const match of html.matchAll(/(?<!\d)(1[0-9]{9})(?:\d{3})?(?!\d)/g)) {
    const s = Number(match[1]);
    if (s >= start && s < end) return true;
  }
  return false;
}

function stated(html: string, truth: string): boolean | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(truth.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return dayPatterns(y, mo, d).some((re) => re.test(html)) || hasTimestamp(html, y, mo, d);
}

async function main(): Promise<void> {
  if (!existsSync(defaultBenchRoot)) {
    console.log(`skipped: ${defaultBenchRoot} is absent`);
    return;
  }
  const run = await loadTool('dateline');
  const rows = { total: 0, notDay: 0, stated: 0, statedRight: 0, unstated: 0, unstatedRight: 0 };
  const unstated: string[] = [];
  for (const p of loadWcxb().pages) {
    const truth = p.truth.publishDate;
    if (!truth) continue;
    rows.total++;
    const html = p.html();
    const s = stated(html, truth);
    const right = dayMatches(truth, run(html, p.url).published);
    if (s === null) rows.notDay++;
    else if (s) (rows.stated++, right && rows.statedRight++);
    else (rows.unstated++, right && rows.unstatedRight++, unstated.push(`${p.id} ${truth} ${p.url}`));
  }
  const pct = (a: number) => `${((100 * a) / rows.total).toFixed(1)}%`;
  console.log(`WCXB dev pages with a truth date: ${rows.total}`);
  console.log(`  truth is no full day (e.g. "2003-11"), never matchable: ${rows.notDay}`);
  console.log(`  day written nowhere in the page's HTML: ${rows.unstated} (Dateline right on ${rows.unstatedRight})`);
  console.log(`  day written somewhere: ${rows.stated} (Dateline right on ${rows.statedRight}, ${((100 * rows.statedRight) / Math.max(1, rows.stated)).toFixed(1)}%)`);
  console.log(`  ceiling for any extractor: ${pct(rows.stated + rows.unstatedRight)}; Dateline ${pct(rows.statedRight + rows.unstatedRight)}`);
  if (process.argv.includes('--show')) for (const u of unstated) console.log('  unstated', u);
}

await main();
