/**
 * Ingest: inputs → `extract()` → the store, in batches of one transaction each. A failing
 * input is counted and reported, never fatal. Uses only the public library API for extraction.
 *
 * With more than one input, extraction runs in a pool of worker threads (one per core) while
 * this thread reads the next inputs and writes batches; results are taken in input order, so
 * the stored outcome is the same as extracting one page after another. This thread then never
 * loads the extraction code: loading it (chrono, the language models) costs seconds of CPU
 * per thread, as much as extracting a few hundred pages, and every worker pays it already.
 */
import type { Article, ExtractionResult, Message } from '../model/article.ts';
import { createHash } from 'node:crypto';
import type { IngestedInput, Store } from './store.ts';
import type { InputItem } from '../capture/read.ts';
import { defaultWorkers, ExtractPool, type ExtractReply } from './extract-pool.ts';
import { attachPrepared } from './sqlite/prepare.ts';
import { threadCpuMs } from './thread-cpu.ts';
import { extractorId } from './extractor-id.ts';

/** Adds `ms` to a CPU total that stays null until a first measurement. */
const addCpu = (total: number | null, ms: number | null | undefined): number | null => (ms == null ? total : (total ?? 0) + ms);

export interface IngestOptions {
  /** Articles per transaction (default 200): larger is faster, smaller loses less on a crash. */
  batchSize?: number;
  /** Called after each input is extracted and after each commit. */
  onProgress?: (p: IngestSummary) => void;
  /** Extraction options passed through (e.g. a zone for times without one). */
  timezone?: string | null;
  /**
   * Extraction threads (default: one per core, at most 8). 0 extracts on this thread. The pool
   * starts once a second input is read, so a single page never pays for starting workers.
   */
  workers?: number;
  /**
   * Extract every input again, even one this store has already ingested unchanged (same bytes,
   * same options, same extractor code: see inputDigest). Off by default: such inputs are
   * skipped, which is what makes re-running an ingest over a growing folder cheap.
   */
  force?: boolean;
}

export interface IngestSummary {
  inputs: number;
  /**
   * Inputs not extracted because this store already holds their extraction, or a byte-identical
   * input came earlier in the run (see inputDigest); their articles count as `unchanged`.
   */
  skipped: number;
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
  /**
   * Where the time went, in ms. `readMs`, `storeMs` and `waitMs` (waiting for extraction
   * results) are on the calling thread, so with `wallMs` they show what bounds the run;
   * `extractMs` is summed over the extraction threads (it can exceed the wall time).
   *
   * CPU time (ms; null where the platform cannot tell a thread's own): `extractCpuMs` summed
   * over the extraction jobs, `bootCpuMs` over the workers' start (loading the extraction code),
   * `mainCpuMs` this thread's during the whole ingest and `storeCpuMs` the part of it spent
   * writing batches (the rest reads and decompresses inputs and receives results).
   */
  timing: {
    readMs: number;
    extractMs: number;
    storeMs: number;
    waitMs: number;
    wallMs: number;
    workers: number;
    extractCpuMs: number | null;
    bootCpuMs: number | null;
    mainCpuMs: number | null;
    storeCpuMs: number | null;
  };
}

export function emptySummary(): IngestSummary {
  return {
    inputs: 0,
    skipped: 0,
    failed: 0,
    empty: 0,
    articles: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    linkedCopies: 0,
    problems: [],
    timing: { readMs: 0, extractMs: 0, storeMs: 0, waitMs: 0, wallMs: 0, workers: 0, extractCpuMs: null, bootCpuMs: null, mainCpuMs: null, storeCpuMs: null },
  };
}

function note(s: IngestSummary, source: string, m: { code: string; text: string } | undefined): void {
  if (s.problems.length < 100) s.problems.push({ source, code: m?.code ?? 'unknown', text: m?.text ?? '' });
}

/** An input on its way: read, and extracted (or being extracted), or found already ingested. */
interface InFlight {
  input: InputItem;
  reply: ExtractReply | Promise<ExtractReply> | null;
  digest: string | null;
  /** Articles of an input skipped as already ingested. */
  known?: number;
  /** An earlier input of this run with the same digest: this one takes its result instead of being extracted. */
  sameAs?: Taken;
  /** What later copies of this input in the run learn from it. */
  taken?: Taken;
}

/** An extracted input's outcome, once taken: how many articles it held (undefined while pending or if it failed). */
interface Taken {
  articles?: number;
}

/** Digests remembered per run for copies within it (bounded: a copy further apart is found in the store anyway, once committed). */
const MAX_SEEN = 100_000;

/**
 * What identifies one extraction: the input's bytes, the options that change its result (URL,
 * Content-Type header, zone) and the extractor's code. Two inputs with the same digest give the
 * same articles, so the second need not be extracted.
 */
export function inputDigest(bytes: Uint8Array, options: { url: string | null; headers?: Record<string, string> | undefined; timezone: string | null }): string {
  const contentType = Object.entries(options.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? null;
  return createHash('sha256')
    .update(extractorId())
    .update('\0')
    .update(JSON.stringify([options.url, contentType, options.timezone]))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

/**
 * Extract and store every input; returns counts. Committed batches survive a crash. One function
 * with its stages as closures (start: skip or send to extraction; finish: take results in order;
 * flush: write a batch), because all three share the summary, the pending batch, the pool and the
 * run's digests: apart, they would pass all of these around.
 */
export async function ingest(store: Store, inputs: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const cpu0 = threadCpuMs();
  const size = Math.max(1, options.batchSize ?? 200);
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers()));
  const extractOptions = (input: InputItem) => ({ url: input.url ?? null, headers: input.headers, timezone: options.timezone ?? null });
  const summary = emptySummary();
  let pending: Article[] = [];
  let pendingInputs: IngestedInput[] = [];
  let pool: ExtractPool | null = null;
  const queue: InFlight[] = [];
  /** Inputs of this run by digest: a byte-identical copy later in the run is not extracted again. */
  const seen = new Map<string, Taken>();

  const flush = () => {
    if (!pending.length && !pendingInputs.length) return;
    const t0 = performance.now();
    const c0 = threadCpuMs();
    const r = store.putArticles(pending, pendingInputs);
    summary.timing.storeMs += performance.now() - t0;
    const c1 = threadCpuMs();
    if (c0 !== null && c1 !== null) summary.timing.storeCpuMs = addCpu(summary.timing.storeCpuMs, c1 - c0);
    summary.added += r.added;
    summary.updated += r.updated;
    summary.unchanged += r.unchanged;
    summary.linkedCopies += r.linkedCopies;
    pending = [];
    pendingInputs = [];
    options.onProgress?.(summary);
  };

  const start = async (input: InputItem, more: boolean): Promise<InFlight> => {
    summary.inputs++;
    if (input.error || !input.bytes) return { input, reply: null, digest: null };
    const opts = extractOptions(input);
    const digest = inputDigest(input.bytes, opts);
    const known = options.force ? null : store.ingestedInput(digest);
    if (known) return { input, reply: null, digest, known: known.articles };
    const first = seen.get(digest);
    if (first) return { input, reply: null, digest, sameAs: first };
    if (!pool && workers > 0 && more) {
      pool = new ExtractPool(workers);
      summary.timing.workers = workers;
    }
    const f: InFlight = { input, reply: null, digest, taken: {} };
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(digest, f.taken!);
    if (pool) return ((f.reply = pool.run(input.bytes, opts)), f);
    const { extract } = await import('../index.ts');
    const t0 = performance.now();
    const c0 = threadCpuMs();
    const result = extract(input.bytes, opts);
    const c1 = threadCpuMs();
    f.reply = { seq: -1, result, ms: performance.now() - t0, cpuMs: c0 !== null && c1 !== null ? c1 - c0 : undefined };
    return f;
  };

  /** Take the oldest input's result: count it, queue its articles, write a batch when full. */
  const finish = async (f: InFlight) => {
    const { input } = f;
    // A copy of an earlier input of this run: that one was taken first (results go in order).
    if (f.sameAs && f.sameAs.articles === undefined) {
      summary.failed++;
      note(summary, input.source, { code: 'extract.crashed', text: 'a byte-identical input earlier in this run could not be extracted' });
      options.onProgress?.(summary);
      return;
    }
    if (f.sameAs) f.known = f.sameAs.articles;
    if (f.known !== undefined) {
      summary.skipped++;
      summary.articles += f.known;
      summary.unchanged += f.known;
      if (f.known === 0) {
        summary.empty++;
        note(summary, input.source, { code: 'extract.no-article', text: 'held no article when it was extracted before (same bytes, options and extractor)' });
      }
    } else if (!f.reply) {
      summary.failed++;
      note(summary, input.source, input.error ?? { code: 'input.unreadable', text: 'no bytes' });
    } else {
      const w0 = performance.now();
      const reply = await f.reply;
      summary.timing.waitMs += performance.now() - w0;
      summary.timing.extractMs += reply.ms;
      summary.timing.extractCpuMs = addCpu(summary.timing.extractCpuMs, reply.cpuMs);
      summary.timing.bootCpuMs = addCpu(summary.timing.bootCpuMs, reply.bootCpuMs);
      const result: ExtractionResult = reply.result ?? { articles: [], messages: [{ level: 'warn', code: 'extract.crashed', text: reply.error ?? '' }] };
      if (reply.error) summary.failed++;
      else if (!result.articles.length) summary.empty++;
      if (reply.error || !result.articles.length) note(summary, input.source, result.messages.find((m: Message) => m.level === 'warn') ?? result.messages[0]);
      summary.articles += result.articles.length;
      if (f.taken && !reply.error) f.taken.articles = result.articles.length;
      // The workers prepared each article for the store too: the writer skips that work.
      reply.prepared?.forEach((p, i) => attachPrepared(result.articles[i], p));
      pending.push(...result.articles);
      // Recorded with its articles (the same transaction); an input whose extraction crashed is not.
      if (!reply.error && f.digest) pendingInputs.push({ digest: f.digest, articles: result.articles.length });
      if (pending.length >= size) flush();
    }
    options.onProgress?.(summary);
  };

  try {
    const it = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as AsyncIterator<InputItem> | Iterator<InputItem>;
    const next = async () => {
      const r0 = performance.now();
      const step = await it.next();
      summary.timing.readMs += performance.now() - r0;
      return step.done ? null : step.value;
    };
    // One input read ahead: whether another follows decides where the current one is extracted.
    let item = await next();
    while (item) {
      const after = await next();
      queue.push(await start(item, after !== null));
      item = after;
      // Keep every worker fed (a few jobs each) while taking finished results in input order.
      const ahead = pool ? (pool as ExtractPool).size * 4 : 0;
      while (queue.length > ahead) await finish(queue.shift()!);
    }
    while (queue.length) await finish(queue.shift()!);
    flush();
  } finally {
    await (pool as ExtractPool | null)?.close();
  }
  summary.timing.wallMs = performance.now() - started;
  const cpu1 = threadCpuMs();
  if (cpu0 !== null && cpu1 !== null) summary.timing.mainCpuMs = cpu1 - cpu0;
  return summary;
}
