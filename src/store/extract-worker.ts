/**
 * One extraction worker: receives `{seq, bytes, options}` and answers `{seq, result, ms}` with
 * the `extract()` result (structured-cloned back) and the time it took on this thread. A throw
 * inside `extract` (it should never throw for bad input) becomes an `error` answer, so one page
 * cannot stop the pool.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.ts';
import type { ExtractJob, ExtractReply } from './extract-pool.ts';

parentPort?.on('message', (job: ExtractJob) => {
  const t0 = performance.now();
  let reply: ExtractReply;
  try {
    reply = { seq: job.seq, result: extract(job.bytes, job.options), ms: 0 };
  } catch (e) {
    reply = { seq: job.seq, error: e instanceof Error ? e.message : String(e), ms: 0 };
  }
  reply.ms = performance.now() - t0;
  parentPort?.postMessage(reply);
});
