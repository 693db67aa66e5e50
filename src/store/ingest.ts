/**
 * Ingest: inputs → `extract()` → the store, in batches of one transaction each. A failing
 * input is counted and reported, never fatal. Uses only the public library API for extraction.
 */
import { extract } from '../index.ts';
import type { Article, Message } from '../model/article.ts';
import type { Store } from './store.ts';
import type { InputItem } from '../capture/read.ts';

export interface IngestOptions {
  /** Articles per transaction (default 200): larger is faster, smaller loses less on a crash. */
  batchSize?: number;
  /** Called after each input is extracted and after each commit. */
  onProgress?: (p: IngestSummary) => void;
  /** Extraction options passed through (e.g. a zone for times without one). */
  timezone?: string | null;
}

export interface IngestSummary {
  inputs: number;
  failed: number;
  /** Inputs that were read but held no article. */
  empty: number;
  articles: number;
  added: number;
  updated: number;
  unchanged: number;
  linkedCopies: number;
  /** Inputs that failed or held nothing, with why (first message), capped at 100. */
  problems: { source: string; code: string; text: string }[];
  /** Where the time went, in ms: reading inputs, extracting articles, storing batches. */
  timing: { readMs: number; extractMs: number; storeMs: number };
}

export function emptySummary(): IngestSummary {
  return {
    inputs: 0,
    failed: 0,
    empty: 0,
    articles: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    linkedCopies: 0,
    problems: [],
    timing: { readMs: 0, extractMs: 0, storeMs: 0 },
  };
}

function note(s: IngestSummary, source: string, m: { code: string; text: string } | undefined): void {
  if (s.problems.length < 100) s.problems.push({ source, code: m?.code ?? 'unknown', text: m?.text ?? '' });
}

/** Extract and store every input; returns counts. Committed batches survive a crash. */
export async function ingest(store: Store, inputs: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const size = Math.max(1, options.batchSize ?? 200);
  const summary = emptySummary();
  let pending: Article[] = [];
  const flush = () => {
    if (!pending.length) return;
    const t0 = performance.now();
    const r = store.putArticles(pending);
    summary.timing.storeMs += performance.now() - t0;
    summary.added += r.added;
    summary.updated += r.updated;
    summary.unchanged += r.unchanged;
    summary.linkedCopies += r.linkedCopies;
    pending = [];
    options.onProgress?.(summary);
  };
  const it = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as AsyncIterator<InputItem> | Iterator<InputItem>;
  for (;;) {
    const r0 = performance.now();
    const step = await it.next();
    summary.timing.readMs += performance.now() - r0;
    if (step.done) break;
    const input = step.value;
    summary.inputs++;
    if (input.error || !input.bytes) {
      summary.failed++;
      note(summary, input.source, input.error ?? { code: 'input.unreadable', text: 'no bytes' });
    } else {
      const e0 = performance.now();
      const result = extract(input.bytes, { url: input.url ?? null, headers: input.headers, timezone: options.timezone ?? null });
      summary.timing.extractMs += performance.now() - e0;
      if (!result.articles.length) {
        summary.empty++;
        note(summary, input.source, result.messages.find((m: Message) => m.level === 'warn') ?? result.messages[0]);
      }
      summary.articles += result.articles.length;
      pending.push(...result.articles);
      if (pending.length >= size) flush();
    }
    options.onProgress?.(summary);
  }
  flush();
  return summary;
}
