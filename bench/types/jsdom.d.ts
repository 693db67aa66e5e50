/**
 * The little of jsdom the benchmark uses. jsdom ships no types and @types/jsdom is not a
 * dependency; this keeps `tsc --noEmit` strict without adding one.
 */
declare module 'jsdom' {
  export class VirtualConsole {
    constructor();
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { document: Document; close(): void };
  }
}
