/**
 * Metadata on Mozilla Readability's test pages: for each field, how many pages' expected value
 * (where it is not null) the tool matches. Readability itself is a sanity check of the
 * comparisons here, since these are its own expectations.
 */
import type { ReadabilityPage } from './corpus.ts';
import { authorsMatch, dayMatches, headlineMatches, langMatches } from './meta-compare.ts';
import type { ToolFn, ToolName } from './tools.ts';
import { share, type Share } from './eval-wcxb.ts';

export interface ReadabilityPagesResult {
  title: Share;
  byline: Share;
  published: Share;
  lang: Share;
  /** Per page: field → matched (null when not expected). */
  pages: { id: string; title: boolean | null; byline: boolean | null; published: boolean | null; lang: boolean | null }[];
}

export function evaluateReadabilityPages(
  pages: readonly ReadabilityPage[],
  tools: ReadonlyMap<ToolName, ToolFn>,
): Map<ToolName, ReadabilityPagesResult> {
  const perTool = new Map<ToolName, ReadabilityPagesResult['pages']>([...tools.keys()].map((t) => [t, []]));
  for (const page of pages) {
    const html = page.html();
    const e = page.expected;
    for (const [name, run] of tools) {
      const out = run(html, page.url);
      perTool.get(name)!.push({
        id: page.id,
        title: e.title ? headlineMatches(e.title, out.headline) : null,
        // a byline in which no name can be told apart still counts, as a miss
        byline: e.byline ? authorsMatch(e.byline, out.authors) ?? false : null,
        published: e.publishedTime ? dayMatches(e.publishedTime, out.published) : null,
        lang: e.lang ? langMatches(e.lang, out.language) : null,
      });
    }
  }
  const results = new Map<ToolName, ReadabilityPagesResult>();
  for (const [name, rows] of perTool) {
    results.set(name, {
      title: share(rows.map((r) => r.title)),
      byline: share(rows.map((r) => r.byline)),
      published: share(rows.map((r) => r.published)),
      lang: share(rows.map((r) => r.lang)),
      pages: rows,
    });
  }
  return results;
}
