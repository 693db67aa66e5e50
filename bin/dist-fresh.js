// Is dist/ (the compiled package) up to date? Yes when its build stamp (dist/.built, written at
// the end of every build) is newer than every file under src/ and than the build's own settings.
// Used by bin/dateline.js (run dist/ or the source) and scripts/build.mjs (build only when stale).
import { existsSync, readdirSync, statSync } from 'node:fs';

/** The newest modification time of a file under `dir` (a few hundred stats: about a millisecond). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = new URL(e.name + (e.isDirectory() ? '/' : ''), dir);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `root`: the repository's URL, ending in '/'. */
export function distIsFresh(root) {
  const stamp = new URL('dist/.built', root);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const settings = ['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => new URL(f, root)).filter(existsSync);
  return newest(new URL('src/', root)) <= built && settings.every((f) => statSync(f).mtimeMs <= built);
}
