/**
 * WCXB (dev) for several tools in one pass: mean bag-of-words F1 of the body, and the shares
 * of pages whose headline, authors and publication day match the ground truth.
 */
import { bowScore, hasTokens } from './bow-f1.ts';
import type { WcxbPage } from './corpus.ts';
import { authorsMatch, dayMatches, headlineMatches } from './meta-compare.ts';
import type { ToolFn, ToolName } from './tools.ts';

/** `hits` of `total` scored pages; `leftOut` pages had no ground truth for the field. */
export interface Share {
  hits: number;
  total: number;
  leftOut: number;
}

export interface WcxbPageResult {
  id: string;
  /** null when the ground truth has no body text (page left out of the mean). */
  f1: number | null;
  headline: boolean | null;
  authors: boolean | null;
  date: boolean | null;
  error: string | null;
}

export interface WcxbToolResult {
  body: { mean: number; pages: number; leftOut: number };
  headline: Share;
  authors: Share;
  date: Share;
  errors: number;
  pages: WcxbPageResult[];
}

export function share(values: readonly (boolean | null)[]): Share {
  const scored = values.filter((v): v is boolean => v !== null);
  return { hits: scored.filter(Boolean).length, total: scored.length, leftOut: values.length - scored.length };
}

export function evaluateWcxb(pages: readonly WcxbPage[], tools: ReadonlyMap<ToolName, ToolFn>): Map<ToolName, WcxbToolResult> {
  const perTool = new Map<ToolName, WcxbPageResult[]>([...tools.keys()].map((t) => [t, []]));
  for (const page of pages) {
    const html = page.html();
    const t = page.truth;
    for (const [name, run] of tools) {
      const out = run(html, page.url);
      perTool.get(name)!.push({
        id: page.id,
        f1: hasTokens(t.mainContent) ? bowScore(t.mainContent, out.text).f1 : null,
        headline: t.title ? headlineMatches(t.title, out.headline) : null,
        authors: authorsMatch(t.author, out.authors),
        date: t.publishDate ? dayMatches(t.publishDate, out.published) : null,
        error: out.error,
      });
    }
  }
  const results = new Map<ToolName, WcxbToolResult>();
  for (const [name, rows] of perTool) {
    const f1s = rows.map((r) => r.f1).filter((x): x is number => x !== null);
    results.set(name, {
      body: { mean: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0, pages: f1s.length, leftOut: rows.length - f1s.length },
      headline: share(rows.map((r) => r.headline)),
      authors: share(rows.map((r) => r.authors)),
      date: share(rows.map((r) => r.date)),
      errors: rows.filter((r) => r.error).length,
      pages: rows,
    });
  }
  return results;
}
