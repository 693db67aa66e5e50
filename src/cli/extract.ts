// PLACEHOLDER — the 'extract' command is being built; it reports that plainly instead of pretending.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write("dateline extract: not available yet in this build\n");
  return 2;
}
