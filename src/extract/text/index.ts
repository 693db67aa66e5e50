import type { ExtractionResult } from '../../model/article.ts';
import type { ResolvedExtractOptions } from '../options.ts';

// STUB — owned by the text-capture helper; replaced with the full implementation.
/** A plain-text capture of a news page (like the seed) → its stories. */
export function extractFromText(_text: string, _options: ResolvedExtractOptions): ExtractionResult {
  return { articles: [], messages: [{ level: 'warn', code: 'text.not-implemented', text: 'Plain-text captures are not supported yet.' }] };
}
