/**
 * `dateline watch`: keep a store up to date from directories of captures and from news feeds.
 * Directories are watched (see dir.ts); feeds (RSS, Atom, JSON Feed) are polled every
 * `intervalMs`, and each item link not seen before is fetched through the capture stage's
 * reader — size and time limits and the SSRF guard included — and ingested. Work is queued and
 * runs one batch at a time, so ingests never interleave.
 */
import { readInputs, type InputItem } from '../../capture/read.ts';
import type { Store } from '../store.ts';
import { ingest, type IngestSummary } from '../ingest.ts';
import { DirWatcher } from './dir.ts';
import { feedLinks } from './feed.ts';

export interface WatchOptions {
  /** How often feeds are polled (default 5 min) and directories rescanned without events (default 5 s). */
  feedIntervalMs?: number;
  rescanMs?: number;
  /** Quiet time after file events before reading (default 300 ms). */
  debounceMs?: number;
  /** Let feed and item URLs reach private or loopback addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Per-request time limit for feeds and items (default 15 s). */
  timeoutMs?: number;
  batchSize?: number;
  timezone?: string | null;
  /** After each ingest round: where it came from and what it stored. */
  onIngest?: (source: string, summary: IngestSummary) => void;
  /** Something failed (a feed unreachable, a directory gone); watching goes on. */
  onError?: (source: string, message: string) => void;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
/** Item links remembered per feed: a feed lists its latest few dozen, so this bounds memory. */
const SEEN_PER_FEED = 5000;

export class Watcher {
  private readonly dirs: DirWatcher[] = [];
  private readonly feeds: string[] = [];
  private readonly seen = new Map<string, Set<string>>();
  private queue: Promise<void> = Promise.resolve();
  private feedTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    specs: readonly string[],
    private readonly o: WatchOptions = {},
  ) {
    for (const s of specs) {
      if (isUrl(s)) this.feeds.push(s);
      else
        this.dirs.push(
          new DirWatcher(s, {
            debounceMs: o.debounceMs,
            rescanMs: o.rescanMs,
            onFiles: (paths) => this.enqueue(s, () => readInputs(paths)),
            onError: (e) => this.o.onError?.(s, e.message),
          }),
        );
    }
  }

  /** Runs `work` after everything queued before it; errors are reported, never thrown. */
  private enqueue(source: string, items: () => AsyncIterable<InputItem>): Promise<void> {
    const run = async () => {
      if (this.stopped) return;
      // Watching brings a few pages at a time: extracting them here beats starting worker threads per batch.
      const summary = await ingest(this.store, items(), { batchSize: this.o.batchSize, timezone: this.o.timezone ?? null, workers: 0 });
      this.o.onIngest?.(source, summary);
    };
    this.queue = this.queue.then(run).catch((e: Error) => this.o.onError?.(source, e.message));
    return this.queue;
  }

  /** The first pass over every directory and feed, then watching and polling. */
  async start(): Promise<void> {
    await Promise.all(this.dirs.map((d) => d.start()));
    if (!this.feeds.length) return;
    await this.pollFeeds();
    const every = this.o.feedIntervalMs ?? 300_000;
    const tick = () => {
      this.feedTimer = setTimeout(() => void this.pollFeeds().finally(() => !this.stopped && tick()), every);
    };
    if (!this.stopped) tick();
  }

  /** Fetch each feed; queue the item links not seen before for fetching and ingest. */
  async pollFeeds(): Promise<void> {
    for (const feed of this.feeds) {
      if (this.stopped) return;
      const links = await this.readFeed(feed);
      if (!links) continue;
      const seen = this.seen.get(feed) ?? new Set<string>();
      this.seen.set(feed, seen);
      const fresh = links.filter((l) => !seen.has(l));
      if (!fresh.length) continue;
      for (const l of fresh) seen.add(l);
      while (seen.size > SEEN_PER_FEED) seen.delete(seen.values().next().value as string);
      await this.enqueue(feed, () => readInputs(fresh, { allowPrivate: this.o.allowPrivate, timeoutMs: this.o.timeoutMs }));
    }
  }

  private async readFeed(feed: string): Promise<string[] | null> {
    for await (const item of readInputs([feed], { allowPrivate: this.o.allowPrivate, timeoutMs: this.o.timeoutMs })) {
      if (item.error || !item.bytes) {
        this.o.onError?.(feed, item.error?.text ?? 'The feed could not be read.');
        return null;
      }
      const parsed = feedLinks(item.bytes, item.url ?? feed);
      if (!parsed.ok) {
        this.o.onError?.(feed, parsed.reason);
        return null;
      }
      return parsed.links;
    }
    return null;
  }

  /** Stop watching and polling; resolves once queued work has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.feedTimer) clearTimeout(this.feedTimer);
    await Promise.all(this.dirs.map((d) => d.stop()));
    await this.queue;
  }
}
