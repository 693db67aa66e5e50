/**
 * Ingest progress: a redrawn one-line bar on a TTY; nothing while running otherwise (the
 * command prints one summary line at the end), so logs and pipes stay clean.
 */
interface Counts {
  inputs: number;
  articles: number;
  added: number;
  failed: number;
}

export function progressReporter(out: NodeJS.WriteStream): { update: (c: Counts) => void; done: () => void } {
  if (!out.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  let drawn = false;
  const spin = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
  return {
    update(c) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      const s = spin[Math.floor(now / 100) % spin.length];
      out.write(`\r${s} ${c.inputs} inputs · ${c.articles} articles · ${c.added} added · ${c.failed} failed\x1b[K`);
    },
    done() {
      if (drawn) out.write('\r\x1b[K');
    },
  };
}
