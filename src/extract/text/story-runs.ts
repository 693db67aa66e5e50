import * as shape from '../heuristics/text-shape.ts';

/**
 * What the segmenter's story choice (segment.ts, keepStories) asks of a run of story text: is it story-sized,
 * a repeated ticker, a comment thread; which run is the story when none is story-sized; which kept runs are a
 * page header's boxes. Kept apart from segment.ts, which joins chains into runs.
 */

const { COMMENT_DATE_WORDS, NEW_STORY_MIN_WORDS, STORY_MIN_WORDS } = shape;

/** A run's lines [start, end], its words and date/byline stamps; `page`: it opened after a page end; `echo`: it is one line the capture holds more than once. */
export interface Run { start: number; end: number; words: number; dates: number; page: boolean; echo: boolean }

/** A first run shorter than this before a dateline story is header text (teasers and widgets run 30–80 words). */
export const HEADER_MAX_WORDS = 100;

/** Stamped like a comment thread: a date or byline every COMMENT_DATE_WORDS words or more often. */
export function stamped(r: Pick<Run, 'words' | 'dates'>): boolean {
  return r.dates * COMMENT_DATE_WORDS >= r.words;
}

/** Long enough to stand as a story wherever it is, and neither a comment thread nor a repeated line. */
export function storySized(r: Run): boolean {
  return r.words >= NEW_STORY_MIN_WORDS && !stamped(r) && !echoed(r);
}

/**
 * Is the run one paragraph that the capture holds more than once: a ticker, a disclaimer or a widget printed
 * twice, never a story (a story's paragraphs are not all repeated)? On the capture corpus no such run of 25
 * words or more was story text (16 of 16, in both styles; the lead of a story printed twice comes with the
 * rest of the story, so its run is more than that line).
 */
export function echoed(r: Run): boolean {
  return r.echo && r.start === r.end;
}

/**
 * The largest run, one stamped like a comment thread or a repeated line only when no other run reaches
 * STORY_MIN_WORDS: under a short post, its reader comments often run longer than it.
 */
export function largestRun<R extends Run>(runs: R[]): R {
  let best: R | null = null;
  for (const r of runs) if (r.words >= STORY_MIN_WORDS && !stamped(r) && !echoed(r) && (!best || r.words > best.words)) best = r;
  return best ?? runs.reduce((a, b) => (b.words > a.words ? b : a));
}

/**
 * Small kept runs above the first run that opens with a wire dateline (`leads`), on the same page (no page end
 * between), are page-header boxes (a weather box or teasers with their dates, taken for a headline block), as a
 * short first run is (see segment.ts, keepStories): a page's furniture stands above its story's lead, never
 * another story.
 */
export function withoutHeaderBoxes<R extends Run>(keep: R[], runs: R[], leads: Uint8Array): R[] {
  const lead = keep.find((r) => leads[r.start] === 1);
  if (!lead || keep[0] === lead) return keep;
  let from = runs.indexOf(lead);
  while (from > 0 && !runs[from].page) from--;
  return keep.filter((r) => r.start >= lead.start || r.start < runs[from].start || r.words >= HEADER_MAX_WORDS || storySized(r));
}
