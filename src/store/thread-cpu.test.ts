import { test } from 'node:test';
import assert from 'node:assert/strict';
import { threadCpuMs } from './thread-cpu.ts';

test('threadCpuMs counts this thread’s CPU: a busy loop shows, a sleep does not', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const c0 = threadCpuMs()!;
  const p0 = process.cpuUsage();
  let x = 0;
  // Spin until the process has used 300 ms of CPU (however loaded the machine): this thread did nearly all of it.
  while (((u) => u.user + u.system)(process.cpuUsage(p0)) < 300_000) for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);
  const busy = threadCpuMs()! - c0;
  const p = process.cpuUsage(p0);
  assert.ok(x > 0);
  // At least 200 ms of it on this thread (10 ms ticks; idle helper threads take a little), never more than the whole process.
  assert.ok(busy >= 200, `busy ${busy}`);
  assert.ok(busy <= (p.user + p.system) / 1000 + 20, `busy ${busy} vs process ${(p.user + p.system) / 1000}`);
  const c1 = threadCpuMs()!;
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(threadCpuMs()! - c1 < 100, 'sleeping uses no CPU');
});
