/**
 * `npm run bench:metric`: print our article-extraction-benchmark metric on every published
 * reference output next to the upstream figures. Exits non-zero when a figure differs.
 */
import { validateReferenceOutputs } from './lib/aeb-validate.ts';
import { benchAvailable, defaultBenchRoot } from './lib/corpus.ts';

if (!benchAvailable()) {
  console.error(`bench:metric: ${defaultBenchRoot} is absent; nothing to validate.`);
  process.exitCode = 1;
} else {
  const rows = validateReferenceOutputs();
  const f = (x: number | undefined) => (x === undefined ? '    -' : x.toFixed(3));
  console.log('tool                  F1 ours  pub    P ours  pub    R ours  pub    match');
  for (const r of rows) {
    const p = r.published;
    console.log(
      `${r.tool.padEnd(21)} ${f(r.ours.f1)}  ${f(p?.f1)}  ${f(r.ours.precision)}  ${f(p?.precision)}  ` +
        `${f(r.ours.recall)}  ${f(p?.recall)}  ${r.matches === null ? 'no published figure' : r.matches ? 'yes' : 'NO'}`,
    );
  }
  const bad = rows.filter((r) => r.matches === false);
  console.log(`\n${rows.length - bad.length}/${rows.length} reference outputs reproduce the published figures.`);
  if (bad.length) process.exitCode = 1;
}
