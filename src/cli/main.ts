#!/usr/bin/env node
/**
 * `dateline` — flag wiring over the library. Each command lives in its own module, imported
 * lazily so that `dateline --help` starts fast. Only this folder calls `process.exit`.
 */
type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  extract: { summary: 'extract articles from files, directories, URLs or stdin', load: () => import('./extract.ts') },
  ingest: { summary: 'extract and store articles into the database', load: () => import('./ingest.ts') },
  search: { summary: 'full-text search over stored articles', load: () => import('./search.ts') },
  serve: { summary: 'serve the news site, JSON API and feeds', load: () => import('./serve.ts') },
  watch: { summary: 'ingest new files or feed items as they appear', load: () => import('./watch.ts') },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `Usage: dateline <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'dateline <command> --help' for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { VERSION } = await import('../version.ts');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`dateline: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

// A reader that stops early (`dateline search … | head`) closes the pipe: that ends the output,
// it is not an error to report with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`dateline: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
