/**
 * One extraction worker: receives `{seq, bytes, options}` and answers `{seq, result, prepared,
 * ms, cpuMs}` with the `extract()` result (structured-cloned back), each article's store
 * preparation (see sqlite/prepare.ts: the pure half of storing it, done here so the writing
 * thread does not), the time it took on this thread and the CPU it used. The first answer also
 * carries `bootCpuMs`, the CPU this thread spent loading the extraction code (seconds: see
 * ingest.ts). A throw inside `extract` (it should never throw for bad input) becomes an `error`
 * answer, so one page cannot stop the pool.
 *
 * Imports `extract` from its module rather than the library index, which would also load the
 * publishing formats (sanitize-html and its parsers) that no worker uses.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/extract.ts';
import type { ExtractJob, ExtractReply } from './extract-pool.ts';
import type { Article } from '../model/article.ts';
import { prepareArticle, type PreparedArticle } from './sqlite/prepare.ts';
import { threadCpuMs } from './thread-cpu.ts';

/** Preparations for the store, or none if one fails (the writer then prepares them itself). */
function prepareAll(articles: readonly Article[]): PreparedArticle[] | undefined {
  try {
    return articles.map((a) => prepareArticle(a));
  } catch {
    return undefined;
  }
}

let bootCpuMs: number | undefined = threadCpuMs() ?? undefined;

parentPort?.on('message', (job: ExtractJob) => {
  const t0 = performance.now();
  const c0 = threadCpuMs();
  let reply: ExtractReply;
  try {
    const result = extract(job.bytes, job.options);
    reply = { seq: job.seq, result, prepared: prepareAll(result.articles), ms: 0 };
  } catch (e) {
    reply = { seq: job.seq, error: e instanceof Error ? e.message : String(e), ms: 0 };
  }
  reply.ms = performance.now() - t0;
  const c1 = threadCpuMs();
  if (c0 !== null && c1 !== null) reply.cpuMs = c1 - c0;
  if (bootCpuMs !== undefined) reply.bootCpuMs = bootCpuMs;
  bootCpuMs = undefined;
  parentPort?.postMessage(reply);
});
