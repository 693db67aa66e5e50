/**
 * Body quality on the article-extraction-benchmark pages, for several tools in one pass over
 * the pages (each page is decoded once and handed to every tool).
 */
import { aggregate, pageCounts, pagePrecision, pageRecall, type AebScore } from './aeb-metric.ts';
import type { AebPage } from './corpus.ts';
import type { ToolFn, ToolName } from './tools.ts';

export interface AebPageResult {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  /** null: nothing predicted (left out of the precision average). */
  precision: number | null;
  recall: number | null;
  /** Page F1 from the page's P and R (null P counts as 0); for ranking worst pages only. */
  f1: number;
  error: string | null;
}

export interface AebToolResult {
  score: AebScore;
  pages: AebPageResult[];
  /** Pages where the tool threw. */
  errors: number;
  /** Pages where the tool returned no text. */
  emptyPages: number;
}

function pageResult(page: AebPage, predicted: string, error: string | null): AebPageResult {
  const c = pageCounts(page.truth, predicted);
  const precision = pagePrecision(c);
  const recall = pageRecall(c);
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { id: page.id, ...c, precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, error };
}

export function evaluateAeb(pages: readonly AebPage[], tools: ReadonlyMap<ToolName, ToolFn>): Map<ToolName, AebToolResult> {
  const perTool = new Map<ToolName, AebPageResult[]>([...tools.keys()].map((t) => [t, []]));
  const empties = new Map<ToolName, number>([...tools.keys()].map((t) => [t, 0]));
  for (const page of pages) {
    const html = page.html();
    for (const [name, run] of tools) {
      const out = run(html, page.url);
      if (!out.text.trim()) empties.set(name, empties.get(name)! + 1);
      perTool.get(name)!.push(pageResult(page, out.text, out.error));
    }
  }
  const results = new Map<ToolName, AebToolResult>();
  for (const [name, rows] of perTool) {
    results.set(name, {
      score: aggregate(rows),
      pages: rows,
      errors: rows.filter((r) => r.error).length,
      emptyPages: empties.get(name)!,
    });
  }
  return results;
}

/** The n pages with the lowest page F1 (ties: lower recall first). */
export function worstPages(result: AebToolResult, n = 10): AebPageResult[] {
  return [...result.pages].sort((a, b) => a.f1 - b.f1 || (a.recall ?? 0) - (b.recall ?? 0)).slice(0, n);
}
