/**
 * How bench:captures glues two pages as continuous scroll does: page A's capture, then page B's
 * from just after its headline, the headline itself gone. Shared by run.ts and the diagnostics.
 */
import { tokens } from './metrics.ts';

/** Is the title shown on the page: the index of a line of the capture saying exactly its words, or -1. */
export function titleLine(capture: string, title: string | null): number {
  if (!title) return -1;
  const want = tokens(title).join(' ');
  if (!want) return -1;
  const lines = capture.split('\n');
  return lines.findIndex((l) => tokens(l).join(' ') === want);
}

/** Page B as continuous scroll appends it: from just after its headline, the headline itself gone; null when B shows no headline. */
export function scrolledTail(capture: string, title: string | null): string | null {
  const at = titleLine(capture, title);
  if (at < 0) return null;
  const want = tokens(title!).join(' ');
  return capture.split('\n').slice(at + 1).filter((l) => tokens(l).join(' ') !== want).join('\n');
}
