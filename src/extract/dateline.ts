import type { Dateline } from '../model/article.ts';

// STUB — owned by the text-capture helper.
/** "KUALA LUMPUR, Malaysia (AP) — …" at the start of a story → place and agency. */
export function parseDateline(_firstParagraph: string): (Dateline & { matched: string }) | null {
  return null;
}
