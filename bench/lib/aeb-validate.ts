/**
 * Score the published tools' outputs in `reference-outputs/` with our metric and set the
 * result beside the upstream README's figures: the check that our port of the metric is right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreOutputs, type AebScore } from './aeb-metric.ts';
import { AEB_PUBLISHED, type PublishedScore } from './aeb-published.ts';
import { aebReferenceDir, defaultBenchRoot } from './corpus.ts';

type Outputs = Record<string, { articleBody?: string | null }>;

export interface ValidationRow {
  tool: string;
  ours: AebScore;
  published: PublishedScore | null;
  /** Our F1, precision and recall each round to the published 3-decimal figure. */
  matches: boolean | null;
}

/** Reference files either map ids to pages or wrap that map as `{version, output}`. */
export function unwrapOutputs(json: unknown): Outputs {
  const obj = json as Record<string, unknown>;
  if (obj && typeof obj.output === 'object' && obj.output !== null && !('articleBody' in obj.output)) {
    return obj.output as Outputs;
  }
  return obj as Outputs;
}

/** Published figures are rounded to 3 decimals: ours must round to the same value. */
export const sameAt3 = (ours: number, published: number): boolean => Math.abs(ours - published) <= 0.0005 + 1e-9;

export function validateReferenceOutputs(root = defaultBenchRoot): ValidationRow[] {
  const dir = aebReferenceDir(root);
  const truth = JSON.parse(readFileSync(path.join(root, 'article-extraction-benchmark/ground-truth.json'), 'utf8')) as Outputs;
  const rows: ValidationRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const tool = file.slice(0, -'.json'.length);
    const outputs = unwrapOutputs(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    const ours = scoreOutputs(truth, outputs);
    const published = AEB_PUBLISHED[tool] ?? null;
    const matches = published
      ? sameAt3(ours.f1, published.f1) && sameAt3(ours.precision, published.precision) && sameAt3(ours.recall, published.recall)
      : null;
    rows.push({ tool, ours, published, matches });
  }
  return rows;
}
