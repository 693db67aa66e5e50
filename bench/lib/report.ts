/**
 * Text tables for `npm run bench:extract`. Pure formatting: figures in, lines out.
 */
import type { AebPageResult, AebToolResult } from './eval-aeb.ts';
import type { ReadabilityPagesResult } from './eval-readability-pages.ts';
import type { Share, WcxbToolResult } from './eval-wcxb.ts';
import type { ToolSpeed } from './speed.ts';
import type { ToolName } from './tools.ts';

const f3 = (x: number | null | undefined): string => (x == null || Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const ms = (x: number): string => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));

export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function shareText(s: Share): string {
  if (!s.total) return 'n/a';
  return `${((100 * s.hits) / s.total).toFixed(1)}% (${s.hits}/${s.total})`;
}

export function aebTable(results: ReadonlyMap<ToolName, AebToolResult>): string[] {
  const rows = [...results].map(([name, r]) => [
    name,
    f3(r.score.f1),
    f3(r.score.precision),
    f3(r.score.recall),
    `${r.score.precisionPages}/${r.score.pages}`,
    String(r.emptyPages),
    String(r.errors),
  ]);
  return table(['tool', 'F1', 'precision', 'recall', 'P pages', 'empty', 'threw'], rows);
}

export function wcxbTable(results: ReadonlyMap<ToolName, WcxbToolResult>): string[] {
  const rows = [...results].map(([name, r]) => [
    name,
    f3(r.body.mean),
    shareText(r.headline),
    shareText(r.authors),
    shareText(r.date),
    String(r.errors),
  ]);
  const out = table(['tool', 'body BoW F1', 'headline', 'authors', 'publication day'], rows.map((r) => r.slice(0, 5)));
  const any = [...results.values()][0];
  if (any) {
    out.push(
      `body: mean over ${any.body.pages} pages (${any.body.leftOut} without ground-truth text left out); ` +
        `authors: ${any.authors.leftOut} pages without a ground-truth author left out; ` +
        `day: ${any.date.leftOut} pages without a ground-truth date left out.`,
    );
    out.push('Readability rows use its title, byline (as one author) and publishedTime.');
  }
  return out;
}

export function readabilityPagesTable(results: ReadonlyMap<ToolName, ReadabilityPagesResult>): string[] {
  const rows = [...results].map(([name, r]) => [name, shareText(r.title), shareText(r.byline), shareText(r.published), shareText(r.lang)]);
  return table(['tool', 'title', 'byline', 'publishedTime (day)', 'lang'], rows);
}

export function speedTable(speeds: ReadonlyMap<ToolName, ToolSpeed>, ratios: Partial<Record<ToolName, { wall: number; cpu: number }>>): string[] {
  const ratio = (name: ToolName, k: 'wall' | 'cpu') => (name === 'dateline' ? '1.00' : ratios[name] ? ratios[name]![k].toFixed(2) : '-');
  const rows = [...speeds].map(([name, s]) => [
    name,
    ms(s.median),
    ms(s.mean),
    ms(s.p95),
    ms(s.cpuMedian),
    String(s.n),
    s.maxRssMiB.toFixed(0),
    s.baselineRssMiB.toFixed(0),
    ratio(name, 'wall'),
    ratio(name, 'cpu'),
  ]);
  return [
    ...table(['tool', 'median ms', 'mean ms', 'p95 ms', 'CPU median ms', 'pages', 'peak RSS MiB', 'base RSS MiB', 'ratio (median)', 'ratio (CPU)'], rows),
    'ratio = peer median / Dateline median (above 1: Dateline is faster). base RSS: after loading the corpus and the tool.',
  ];
}

export function worstTable(pages: readonly AebPageResult[]): string[] {
  return table(
    ['page id', 'F1', 'P', 'R', 'threw'],
    pages.map((p) => [p.id, f3(p.f1), f3(p.precision), f3(p.recall), p.error ? p.error.slice(0, 40) : '']),
  );
}
