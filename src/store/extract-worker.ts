/**
 * One extraction worker: receives `{seq, bytes, options}` and answers `{seq, result, prepared,
 * ms}` with the `extract()` result (structured-cloned back), each article's store preparation
 * (see sqlite/prepare.ts: the pure half of storing it, done here so the writing thread does
 * not) and the time it took on this thread. A throw inside `extract` (it should never throw for
 * bad input) becomes an `error` answer, so one page cannot stop the pool.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.ts';
import type { ExtractJob, ExtractReply } from './extract-pool.ts';
import type { Article } from '../model/article.ts';
import { prepareArticle, type PreparedArticle } from './sqlite/prepare.ts';

/** Preparations for the store, or none if one fails (the writer then prepares them itself). */
function prepareAll(articles: readonly Article[]): PreparedArticle[] | undefined {
  try {
    return articles.map((a) => prepareArticle(a));
  } catch {
    return undefined;
  }
}

parentPort?.on('message', (job: ExtractJob) => {
  const t0 = performance.now();
  let reply: ExtractReply;
  try {
    const result = extract(job.bytes, job.options);
    reply = { seq: job.seq, result, prepared: prepareAll(result.articles), ms: 0 };
  } catch (e) {
    reply = { seq: job.seq, error: e instanceof Error ? e.message : String(e), ms: 0 };
  }
  reply.ms = performance.now() - t0;
  parentPort?.postMessage(reply);
});
