/**
 * Runs the speed worker (bench/worker.ts) once per tool, one after another (never in
 * parallel: the machine is shared and parallel runs would skew each other), and summarises.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './corpus.ts';
import { summarize, type Summary } from './stats.ts';
import type { ToolName } from './tools.ts';
import type { SpeedResult } from '../worker.ts';

export interface ToolSpeed extends Summary {
  /** Median CPU ms per page (see SpeedResult.cpuTimes). */
  cpuMedian: number;
  errors: number;
  maxRssMiB: number;
  baselineRssMiB: number;
  /** Raw per-page times (ms), with the page ids, for the per-page report. */
  times: number[];
  ids: string[];
}

export interface SpeedOptions {
  limit?: number;
  /** Timed passes per page (its median counts); see bench/worker.ts. */
  rounds?: number;
  /** Worker timeout per tool, ms. */
  timeoutMs?: number;
}

export function measureSpeed(tool: ToolName, opts: SpeedOptions = {}): ToolSpeed {
  const args = ['--import', 'tsx', path.join(repoRoot, 'bench/worker.ts'), '--tool', tool];
  if (opts.limit !== undefined && Number.isFinite(opts.limit)) args.push('--limit', String(opts.limit));
  if (opts.rounds !== undefined) args.push('--rounds', String(opts.rounds));
  const child = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 10 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`speed worker for ${tool} failed (status ${child.status}, signal ${child.signal}): ${child.stderr.slice(-2000)}`);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as SpeedResult;
  return {
    ...summarize(r.times),
    cpuMedian: summarize(r.cpuTimes).median,
    errors: r.errors,
    maxRssMiB: r.maxRssKiB / 1024,
    baselineRssMiB: r.baselineRssKiB / 1024,
    times: r.times,
    ids: r.ids,
  };
}

/**
 * Peer median / Dateline median: how many times faster Dateline is (above 1 = faster), on
 * wall time (`wall`) and on CPU time (`cpu`).
 */
export function speedRatios(speeds: ReadonlyMap<ToolName, ToolSpeed>): Partial<Record<ToolName, { wall: number; cpu: number }>> {
  const own = speeds.get('dateline');
  const ratios: Partial<Record<ToolName, { wall: number; cpu: number }>> = {};
  if (!own) return ratios;
  for (const [name, s] of speeds) {
    if (name !== 'dateline') ratios[name] = { wall: s.median / own.median, cpu: s.cpuMedian / own.cpuMedian };
  }
  return ratios;
}
