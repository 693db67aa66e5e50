/**
 * A small LRU for rendered pages. Entries are dropped wholesale when the store's change token
 * moves, so a cached page never outlives the data it was built from.
 */
export class PageCache<V> {
  private readonly map = new Map<string, V>();
  private token: number | null = null;

  constructor(private readonly max = 2000) {}

  /** Drop everything if the data changed since the last call; says whether it did. */
  sync(token: number): boolean {
    if (token === this.token) return false;
    this.map.clear();
    this.token = token;
    return true;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}
