/**
 * Regenerate test/fixtures/<slug>/expected.json after a deliberate change to extraction.
 * Usage: npm run fixtures:update [-- slug…]. Review `git diff test/fixtures` by eye before committing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFixtures, runFixture } from '../test/fixtures/golden.ts';

const only = new Set(process.argv.slice(2));
let n = 0;
for (const f of listFixtures()) {
  if (only.size && !only.has(f.slug)) continue;
  const result = runFixture(f);
  writeFileSync(path.join(f.dir, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
  n++;
  const a = result.articles;
  process.stdout.write(`${f.slug}: ${a.length} article(s)${a[0] ? ` — ${a[0].headline ?? '(no headline)'}` : ''}\n`);
}
process.stdout.write(`${n} fixture(s) written\n`);
