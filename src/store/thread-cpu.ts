/**
 * CPU time of the calling thread, in ms: what the ingest timings report per stage, since wall
 * time on a shared machine moves with everyone else's load. Node 20 has no
 * `process.threadCpuUsage` (and `process.cpuUsage` counts every thread), so on Linux this reads
 * the thread's own line in /proc (clock ticks: 10 ms steps, exact when summed over many pages).
 * Null where neither is available.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on every Linux Node supports

export function threadCpuMs(): number | null {
  const own = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (own) {
    const u = own.call(process);
    return (u.user + u.system) / 1000;
  }
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}
