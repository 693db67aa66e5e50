import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractPool } from './extract-pool.ts';

const page = (n: number) =>
  new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>` +
      `<p>Story ${n}: the council voted on Monday to repair the old bridge, and residents said the work was overdue after years of delays.</p>`.repeat(4) +
      '</article></body></html>',
  );

test('a worker that dies mid-job is replaced and its jobs run again elsewhere, prepared for the store', { timeout: 60_000 }, async () => {
  const pool = new ExtractPool(2);
  try {
    const replies = Array.from({ length: 6 }, (_, i) => pool.run(page(i), { url: `https://example.org/${i}` }));
    // Kill one worker while it holds jobs (its 'exit' is what a crash looks like to the pool).
    const victim = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0].worker;
    await victim.terminate();
    const done = await Promise.all(replies);
    assert.deepEqual(done.map((r) => r.error ?? null), Array(6).fill(null), 'no job failed');
    assert.deepEqual(done.map((r) => r.result?.articles[0]?.headline), Array.from({ length: 6 }, (_, i) => `Story ${i}`));
    for (const r of done) assert.equal(r.prepared?.length, r.result?.articles.length, 'each article comes with its preparation');
  } finally {
    await pool.close();
  }
});
