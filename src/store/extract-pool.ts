/**
 * A pool of worker threads running `extract()`, so ingest extracts pages on every core while
 * the main thread reads inputs and writes the store. Results come back in submission order
 * (`run` resolves per job; the caller awaits them in order), so what is stored — versions,
 * which of two copies is the original — does not depend on which worker was faster.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ExtractionResult } from '../model/article.ts';
import type { ExtractOptions } from '../extract/options.ts';
import type { PreparedArticle } from './sqlite/prepare.ts';

export interface ExtractJob {
  seq: number;
  bytes: Uint8Array;
  options: ExtractOptions;
}

/**
 * `ms` is the worker's time on the job and `cpuMs` its thread's CPU time (when measurable);
 * `bootCpuMs`, on a worker's first reply, the CPU it spent starting (loading the extraction
 * code). `prepared` holds each article's store preparation, in the order of `result.articles`
 * (absent when the article was extracted on the calling thread).
 */
export type ExtractReply = { seq: number; ms: number; cpuMs?: number; bootCpuMs?: number } & (
  | { result: ExtractionResult; prepared?: PreparedArticle[]; error?: undefined }
  | { error: string; result?: undefined; prepared?: undefined }
);

/** The default pool size: one worker per core the process may use, at most 8. */
export const defaultWorkers = (): number => Math.max(1, Math.min(8, availableParallelism()));

interface Waiting {
  resolve: (r: ExtractReply) => void;
  slot: Slot;
  job: ExtractJob;
  /** Already sent again once after its worker died. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  busy: number;
  dead: boolean;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private seq = 0;
  private closed = false;
  /** Workers replaced after dying; past a few, the pool stops replacing (something is broken). */
  private respawns = 0;

  constructor(readonly size = defaultWorkers()) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url));
    const slot: Slot = { worker, busy: 0, dead: false };
    worker.on('message', (r: ExtractReply) => {
      const w = this.waiting.get(r.seq);
      if (!w) return;
      this.waiting.delete(r.seq);
      slot.busy--;
      w.resolve(r);
    });
    // A worker that dies (a crash, running out of memory) is replaced, and the jobs it held are
    // run once more on the others: one page that kills a worker must not fail the few innocent
    // pages queued behind it. A job that was already retried fails.
    const fail = (why: string) => {
      if (slot.dead) return; // 'error' is followed by 'exit': replace the worker once
      slot.dead = true;
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) {
        if (this.respawns++ < 2 * this.size) this.slots[i] = this.spawn();
        else this.slots.splice(i, 1);
      }
      for (const [seq, w] of this.waiting) {
        if (w.slot !== slot) continue;
        if (!w.retried && !this.closed && this.slots.length) {
          w.retried = true;
          this.submit(w);
          continue;
        }
        this.waiting.delete(seq);
        w.resolve({ seq, ms: 0, error: why });
      }
    };
    worker.on('error', (e) => fail(`extraction worker failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`extraction worker exited (${code})`);
    });
    return slot;
  }

  /** Jobs submitted and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Extract `bytes` on the least busy worker. Never rejects: failures are `error` replies. */
  run(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractReply> {
    if (this.closed || !this.slots.length) return Promise.resolve({ seq: -1, ms: 0, error: 'the extraction workers could not be started' });
    const seq = this.seq++;
    return new Promise((resolve) => {
      const w: Waiting = { resolve, slot: this.slots[0], job: { seq, bytes, options }, retried: false };
      this.waiting.set(seq, w);
      this.submit(w);
    });
  }

  /** Send a job to the least busy live worker. */
  private submit(w: Waiting): void {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    w.slot = slot;
    slot.worker.postMessage(w.job);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
