import type { Classified } from './classify.ts';
import * as split from './split-page.ts';
import { storyLeads } from './split-dateline.ts';
import { chainsOf, isContent, type Chain, type Link, type Reason } from './chains.ts';
import { BagBuilder, cosine, mergeBags, type Bag } from './vocabulary.ts';
import { withoutStopWords } from './split-stopwords.ts';
import { echoed, HEADER_MAX_WORDS, largestRun, stamped, storySized, withoutHeaderBoxes, type Run } from './story-runs.ts';
import * as shape from '../heuristics/text-shape.ts';

// Imported bindings used per line, copied once: run through tsx, each use of an imported name is a getter
// call on the module object (see parse/text.ts).
const { CHROME_RUN_SAME_STORY_COSINE, NEW_STORY_MIN_WORDS, SAME_STORY_COSINE, STORY_MIN_WORDS, TAIL_RUN_LINES } = shape;
const { PAGE_STORY_MIN_WORDS } = split;

// The first pass (content lines → chains) lives in chains.ts; these are re-exported for the modules that used them from here.
export { chainsOf, isContent, type Chain };

/** One story's share of the capture's lines. */
export interface Segment {
  /** Lines before the first paragraph since the previous story's tail: headline, dates, byline. */
  preamble: Classified[];
  /** From the first paragraph to the last, with everything in between (captions, chrome, headings). */
  body: Classified[];
  /** After the last paragraph until the next story's preamble: trailing captions, links, contributor lines. */
  tail: Classified[];
  /** Index in `tail` of the contributor/footer line that closed the story, or -1. */
  closedAt: number;
  /** Why the story was cut from the one before, for provenance and messages. */
  startedBy: Reason;
}

/**
 * Cut the capture into stories. First pass: content lines grouped into chains, a chain ending where
 * the gap before the next content line says a story ended (see Link). Second pass: each chain after
 * a soft or maybe link is judged — a story of its own, the same story going on, or teasers/comments
 * to drop. Linear in the lines (vocabulary bags are built once per chain).
 */
export function segmentLines(lines: Classified[]): { segments: Segment[]; dropped: number } {
  const leads = storyLeads(lines);
  const chains = chainsOf(lines, leads);
  const { stories, dropped } = resolveChains(lines, chains, leads);
  return { segments: toSegments(lines, stories), dropped };
}

/**
 * A story: its first and last content line, why it started, and its words. Its vocabulary is built only
 * when a later chain has to be compared with it (most captures never need one): `parts` are the line
 * ranges it was made of, `bag` their vocabulary once built.
 */
interface Story extends Run { reason: Reason; link: Link['kind'] | null; hard: boolean; longGap: boolean; parts: number[]; bag: Bag | null }

/** Builds vocabularies on demand for one capture (one scratch builder reused). */
class Vocabularies {
  /** Made on first use: its 32 KB scratch array is wasted on the many captures that never compare runs. */
  private builder: BagBuilder | null = null;
  constructor(private readonly lines: Classified[]) {}

  /** The vocabulary of the content lines in the ranges [parts[0], parts[1]], [parts[2], parts[3]], …, English function words left out (see split-stopwords.ts). */
  of(parts: number[]): Bag {
    const b = (this.builder ??= new BagBuilder());
    for (let k = 0; k < parts.length; k += 2) {
      for (let i = parts[k]; i <= parts[k + 1]; i++) if (isContent(this.lines[i])) b.add(this.lines[i].text);
    }
    return withoutStopWords(b.take());
  }

  story(r: Story): Bag {
    if (!r.bag) r.bag = this.of(r.parts);
    return r.bag;
  }
}

/**
 * Chains → stories. A chain after a soft or maybe link joins the story before it when it speaks of the
 * same things (bag-of-words cosine ≥ SAME_STORY_COSINE: an inline box interrupted the story) and is not
 * stamped like a comment thread; else it starts a run of its own. Runs that did not start at a hard
 * link must then be story-sized to stand: smaller ones are teasers, comments, promos or header text.
 * On the capture corpus the cosine of a story's own later parts is mostly ≥ 0.5, that of the next
 * page's story or of teasers mostly ≤ 0.35; with function words left out of the bags (split-stopwords.ts)
 * the next page's story scores mostly under 0.2.
 */
function resolveChains(lines: Classified[], chains: Chain[], leads: Uint8Array): { stories: Story[]; dropped: number } {
  const runs: Story[] = [];
  const vocab = new Vocabularies(lines);
  for (const ch of chains) {
    const parts = [ch.first, ch.last];
    const prev = runs[runs.length - 1];
    const commentLike = stamped(ch);
    const bag = !prev || !ch.link || ch.link.kind === 'hard' || ch.link.kind === 'page' || commentLike ? null : vocab.of(parts);
    // After a chrome run only (product boxes, tables, galleries: no footer marker, byline or page end), a lower
    // likeness suffices to go on a finished story (see CHROME_RUN_SAME_STORY_COSINE).
    let target = bag ? sameStory(runs, bag, vocab, ch.link?.reason === 'chrome-run' ? CHROME_RUN_SAME_STORY_COSINE : SAME_STORY_COSINE) : null;
    if (!target && bag && inlineBox(ch, prev) && cosine(vocab.story(prev), bag) >= INLINE_BOX_COSINE) target = prev;
    // A long chrome run (product boxes, spec tables, galleries) right after a story's text is no boundary by
    // itself: on the capture corpus, story-sized text after one was the same page 6 times in 7. Without a
    // footer, page end, dateline or headline block it goes on that story. When teaser or footer text came
    // between (the run before is no story), the story above had ended and this is another.
    if (!target && prev && ch.link?.reason === 'chrome-run' && !commentLike && ch.words >= NEW_STORY_MIN_WORDS) {
      const above = lastStory(runs);
      // After middling runs only (12–29 lines: product boxes, tables) since the story above, the text goes on
      // that story, teaser or widget text between included: on the capture corpus such text was a listicle's
      // next section, while glued pages are parted by a page end, a footer marker or a long run.
      if (above === prev || (above && ch.link.kind === 'maybe' && onlyBoxesAfter(runs, above))) target = above;
    }
    if (target) {
      // Runs between the target and this chain were an interruption inside the story.
      runs.length = runs.indexOf(target) + 1;
      target.end = ch.last;
      target.words += ch.words;
      target.dates += ch.dates;
      target.parts.push(ch.first, ch.last);
      target.bag = target.bag && bag ? mergeBags(target.bag, bag) : null;
      continue;
    }
    // A run opening with a wire dateline is a story's lead wherever it stands, never header text.
    // A headline block or contributor line before a run stamped like a comment thread is a comment's header.
    const hard = !ch.link || (ch.link.kind === 'hard' && !commentLike) || leads[ch.first] === 1;
    runs.push({ start: ch.first, end: ch.last, reason: ch.link?.reason ?? 'first', link: ch.link?.kind ?? null, words: ch.words, dates: ch.dates, hard, page: ch.link?.kind === 'page', longGap: ch.link?.long === true, parts, bag, echo: ch.first === ch.last && lines[ch.first].count > 1 });
  }
  const kept = keepStories(runs, leads);
  return { stories: rejoinStories(kept.stories, runs, vocab), dropped: kept.dropped };
}

/**
 * An inline "Related" or "More from …" box (a footer marker and a few teaser lines) inside a story: the text
 * under it goes on the run above when that run is not yet story-sized and the two are INLINE_BOX_COSINE alike
 * (lower than SAME_STORY_COSINE: the two halves of a cut story share fewer words than a story and its whole).
 * Why: news templates (several sites on the capture corpus) drop such boxes after the story's first
 * paragraphs; on the corpus, text under a box of at most INLINE_BOX_MAX_LINES lines after a run of under
 * NEW_STORY_MIN_WORDS words at this likeness went on the story 10 times in 13. Teasers under a finished
 * (story-sized) story are left as they were.
 */
const INLINE_BOX_COSINE = 0.3;
const INLINE_BOX_MAX_LINES = 10;

function inlineBox(ch: Chain, prev: Story): boolean {
  return ch.link?.reason === 'after-footer' && !ch.link.long && prev.words < NEW_STORY_MIN_WORDS && ch.first - prev.end - 1 <= INLINE_BOX_MAX_LINES;
}

/** Whole runs at least this alike (bag-of-words cosine) are one story; see rejoinStories. */
const SAME_STORY_RUNS_COSINE = 0.3;

/**
 * A kept run that started after a chrome run (no page end, footer marker, contributor line, dateline or head
 * between) joins the story before it when their whole vocabularies are SAME_STORY_RUNS_COSINE alike: a
 * listicle's sections, parted by product boxes, were judged chain by chain (a few lines each), too little
 * text to see they speak of the same things. Without function words (split-stopwords.ts), glued pages'
 * stories score mostly under 0.2 against each other on the capture corpus; 0.2–0.4 gave the same figures.
 */
function rejoinStories(stories: Story[], runs: Story[], vocab: Vocabularies): Story[] {
  const out: Story[] = [];
  for (const s of stories) {
    const prev = out[out.length - 1];
    if (prev && s.reason === 'chrome-run' && !s.hard && !endedBetween(runs, prev, s) && cosine(vocab.story(prev), vocab.story(s)) >= SAME_STORY_RUNS_COSINE) {
      out[out.length - 1] = { ...prev, end: s.end, words: prev.words + s.words, dates: prev.dates + s.dates, parts: [...prev.parts, ...s.parts], bag: null };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Did a run between `a` and `b` (or `b` itself) start where a story ends or begins: page end, footer marker, contributor line, dateline or head? */
function endedBetween(runs: Story[], a: Story, b: Story): boolean {
  for (let i = runs.indexOf(b); i >= 0 && runs[i] !== a; i--) {
    const r = runs[i];
    if (r.page || r.reason === 'after-footer' || r.reason === 'after-contributor' || r.reason === 'dateline' || r.reason === 'headline-block' || r.reason === 'byline-block') return true;
  }
  return false;
}

/** The last run that stands as a story (story-sized, or opened by a hard link after the first). */
function lastStory(runs: Story[]): Story | null {
  for (let i = runs.length - 1; i >= 0; i--) if (storySized(runs[i]) || (i > 0 && runs[i].hard)) return runs[i];
  return null;
}

/**
 * Is the first run its page's story: a page end (copyright line) follows it before any run as large, and a
 * story was kept after that page end (the next page's)? Header text stands above its page's story, never a
 * page end away from it; a first run shorter than a story, or stamped with dates (an event list), that the
 * page ends under is then the first page's story, not header text.
 */
function endsItsPage(runs: Story[], keep: Story[]): boolean {
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].page) return keep.some((r) => r.start >= runs[i].start);
    if (runs[i].words >= runs[0].words) return false;
  }
  return false;
}

/** Did every run after `above` follow a middling chrome run (no footer, page end or long run: inline boxes, not a page's end)? */
function onlyBoxesAfter(runs: Story[], above: Story): boolean {
  for (let i = runs.length - 1; i >= 0 && runs[i] !== above; i--) if (runs[i].link !== 'maybe') return false;
  return true;
}

/**
 * The run (the last, or the last story-sized one) that a chain with this vocabulary continues, if any: `min`
 * alike to a story-sized run, SAME_STORY_COSINE to a smaller one (header or teaser text above a page's story
 * shares its site's words: a lower bar there glued menus' teasers onto the story and took its headline).
 */
function sameStory(runs: Story[], bag: Bag, vocab: Vocabularies, min: number): Story | null {
  const last = runs[runs.length - 1];
  if (cosine(vocab.story(last), bag) >= (storySized(last) ? min : SAME_STORY_COSINE)) return last;
  let pageEnded = last.page;
  for (let i = runs.length - 2; i >= 0; i--) {
    // A story-length run that a page end (copyright line) came under is finished: text after is another page's.
    if (pageEnded && runs[i].words >= NEW_STORY_MIN_WORDS) return null;
    pageEnded ||= runs[i].page;
    if (runs[i].hard || storySized(runs[i])) return cosine(vocab.story(runs[i]), bag) >= (storySized(runs[i]) ? min : SAME_STORY_COSINE) ? runs[i] : null;
  }
  return null;
}

/**
 * Runs that started at a hard link stand (the article builder still drops tiny ones); other runs stand
 * when story-sized. A small first run before a story-sized one is page-header text. If nothing is
 * story-sized, the largest run is the story.
 */
function keepStories(runs: Story[], leads: Uint8Array): { stories: Story[]; dropped: number } {
  // Right after a footer marker ("Related", "Comments") below a story, story-sized text is teasers, comments
  // or legal text far more often than another story; after a footer and a long chrome run (the rest of the
  // page's furniture) it is the next page's story.
  // Right after the run that follows a page end, though, a footer marker is the next page's header ("Latest
  // news" in its menu): the story-sized text under it is that page's story.
  let storyAbove = false;
  const keep = runs.filter((r, i) => {
    const afterPage = i > 0 && runs[i - 1].page;
    const sized = storySized(r) && !(storyAbove && r.reason === 'after-footer' && !r.longGap && !afterPage);
    if (storySized(r)) storyAbove = true;
    return sized || (i > 0 && !echoed(r) && (r.hard || (r.page && r.words >= PAGE_STORY_MIN_WORDS && !stamped(r))));
  });
  const first = runs[0];
  // A short first run before a story that opens with a wire dateline is page-header text (a weather box, a teaser).
  const header = first && first.words < HEADER_MAX_WORDS && leads[first.start] !== 1 && keep.some((r) => r !== first && leads[r.start] === 1);
  const own = first && first.words >= STORY_MIN_WORDS && endsItsPage(runs, keep);
  if (first && !echoed(first) && (own || (!header && (storySized(first) || (first.words >= STORY_MIN_WORDS && (leads[first.start] === 1 || !keep.some((r) => storySized(r)))))))) {
    if (!keep.includes(runs[0])) keep.unshift(runs[0]);
  }
  // Only runs too small to be stories kept (opened by a hard link, the builder drops them): the largest run
  // is the story, in its place among them.
  if (runs.length && keep.every((r) => r.words < STORY_MIN_WORDS && leads[r.start] !== 1)) {
    const largest = largestRun(runs);
    if (!keep.includes(largest)) keep.splice(keep.findIndex((r) => r.start > largest.start) >>> 0, 0, largest);
  }
  const stories = withoutHeaderBoxes(keep, runs, leads);
  return { stories, dropped: runs.length - stories.length };
}

/**
 * Stories → segments. The lines between two stories are split where the first story's trailing
 * material (captions, links, contributor lines) gives way to page furniture: at the first footer
 * marker, else after the last caption/link/contributor line before a run of other lines.
 */
function toSegments(lines: Classified[], stories: Story[]): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (let k = 0; k < stories.length; k++) {
    const s = stories[k];
    const next = k + 1 < stories.length ? stories[k + 1].start : lines.length;
    const split = tailEnd(lines, s.end + 1, next);
    const tail = lines.slice(s.end + 1, split);
    const closedAt = tail.findIndex((l) => l.kind === 'contributor' || l.kind === 'footer');
    out.push({ preamble: lines.slice(from, s.start), body: lines.slice(s.start, s.end + 1), tail, closedAt, startedBy: s.reason });
    from = split;
  }
  return out;
}

/** Where a story's trailing material ends in the gap [from, to): see toSegments. */
function tailEnd(lines: Classified[], from: number, to: number): number {
  let end = from;
  for (let j = from; j < to && j - end < TAIL_RUN_LINES; j++) {
    const k = lines[j].kind;
    if (k === 'footer') return j;
    if (k === 'caption' || k === 'link' || k === 'contributor') end = j + 1;
  }
  return end;
}
