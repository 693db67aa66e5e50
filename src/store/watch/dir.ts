/**
 * Notices new and changed capture files under a directory. `fs.watch` (recursive) says *that*
 * something changed; a rescan — debounced, so a burst of writes becomes one pass — says *what*,
 * by comparing each file's size and mtime with the last pass. A periodic rescan backs up
 * fs.watch, which can miss events (network file systems, editors that rename, overflow).
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { listDirectory } from '../../capture/read.ts';

export interface DirWatchOptions {
  /** Quiet time after the last event before rescanning (default 300 ms). */
  debounceMs?: number;
  /** Rescan this often even without events (default 5 s). */
  rescanMs?: number;
  /** Called with the files that are new or changed since the previous pass (first pass: all). */
  onFiles: (paths: string[]) => Promise<void>;
  onError: (e: Error) => void;
}

export class DirWatcher {
  private readonly seen = new Map<string, string>();
  private fsw: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private scanning = false;
  private stopped = false;

  constructor(
    readonly dir: string,
    private readonly o: DirWatchOptions,
  ) {}

  /** The first pass (every file present), then watching. */
  async start(): Promise<void> {
    await this.scan();
    if (this.stopped) return;
    try {
      this.fsw = watch(this.dir, { recursive: true, persistent: true }, () => this.poke());
      this.fsw.on('error', (e) => this.o.onError(e));
    } catch (e) {
      this.o.onError(new Error(`${this.dir}: cannot watch for changes (${(e as Error).message}); rescanning every ${this.o.rescanMs ?? 5000} ms instead.`));
    }
    this.interval = setInterval(() => this.poke(0), this.o.rescanMs ?? 5000);
  }

  /** Schedule a rescan after the debounce time (restarted by each new event). */
  private poke(delay = this.o.debounceMs ?? 300): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.scan();
    }, delay);
  }

  /** One pass at a time; an event during a pass asks for one more pass after it. */
  private scan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.running;
    }
    this.scanning = true;
    this.running = (async () => {
      do {
        this.again = false;
        try {
          const changed = await this.changedFiles();
          if (changed.length && !this.stopped) await this.o.onFiles(changed);
        } catch (e) {
          this.o.onError(e as Error);
        }
      } while (this.again && !this.stopped);
      this.scanning = false;
    })();
    return this.running;
  }

  private async changedFiles(): Promise<string[]> {
    const out: string[] = [];
    const settle = this.o.debounceMs ?? 300;
    let unsettled = false;
    for (const p of await listDirectory(this.dir)) {
      const s = await stat(p).catch(() => null);
      if (!s) continue;
      // A file written moments ago may be half written: look again once it has been still a while.
      if (Date.now() - s.mtimeMs < settle) {
        unsettled = true;
        continue;
      }
      const sig = `${s.size}:${s.mtimeMs}`;
      if (this.seen.get(p) !== sig) {
        this.seen.set(p, sig);
        out.push(p);
      }
    }
    if (unsettled) this.poke();
    return out;
  }

  /** Stop watching; resolves when a pass in progress has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.fsw?.close();
    if (this.timer) clearTimeout(this.timer);
    if (this.interval) clearInterval(this.interval);
    await this.running;
  }
}
