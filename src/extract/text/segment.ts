import type { Classified } from './classify.ts';
import * as classify from './classify.ts';
import * as split from './split-page.ts';
import { storyLeads } from './split-dateline.ts';
import { BYLINE_BLOCK_UNFINISHED_GAP, metaAbove, teaserCut } from './split-byline.ts';
import { endsLikeSentence } from './perf-text.ts';
import { BagBuilder, cosine, mergeBags, type Bag } from './vocabulary.ts';
import * as shape from '../heuristics/text-shape.ts';

// Imported bindings used per line, copied once: run through tsx, each use of an imported name is a getter
// call on the module object (see parse/text.ts).
const {
  BLOCK_TITLE_MIN_WORDS, COMMENT_DATE_WORDS, FINISHED_MIN_PARAGRAPHS, GAP_LONG_LINES, GAP_MID_LINES,
  LIST_CONTENT_MIN_WORDS, NEW_STORY_MIN_WORDS, SAME_STORY_COSINE, STORY_MIN_WORDS, TAIL_RUN_LINES,
} = shape;
const { isTitleLike } = classify;
const { isPageEnd, PAGE_STORY_MIN_WORDS } = split;

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
  startedBy: 'first' | 'dateline' | 'headline-block' | 'byline-block' | 'after-contributor' | 'after-footer' | 'after-page-end' | 'chrome-run';
}

type Reason = Segment['startedBy'];

/**
 * How a run of story text is tied to the run before it. `hard`: a new story starts (contributor line,
 * dateline or headline block after a finished story). `soft`: the story above ended (footer marker,
 * long chrome run) — what follows is another story, or teasers/comments. `maybe`: a middling chrome
 * run — an inline box or a boundary; vocabulary decides. `page`: the page ended (copyright line): what
 * follows is the next page's story when it is PAGE_STORY_MIN_WORDS long, never the story above.
 */
interface Link { kind: 'hard' | 'page' | 'soft' | 'maybe'; reason: Reason; long?: boolean }

/** Consecutive content lines tied by `join` links, and how the chain is tied to the one before. */
export interface Chain { first: number; last: number; words: number; paragraphs: number; dates: number; link: Link | null }

/** A story line: prose, or a list item long enough to be text rather than a menu entry. */
export function isContent(l: Classified): boolean {
  return l.kind === 'prose' || (l.kind === 'list-item' && l.words >= LIST_CONTENT_MIN_WORDS);
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

/** `leads`: lines that open a story with a trusted dateline (see storyLeads). */
export function chainsOf(lines: Classified[], leads: Uint8Array = storyLeads(lines)): Chain[] {
  // Many text runs under a byline or date: a list (events, posts, comments with their dates), not glued pages,
  // which bring one such head each. The lines are then chained again without that boundary (the first pass
  // stops as soon as it counts too many: linear still).
  return chainsWith(lines, leads, true) ?? chainsWith(lines, leads, false)!;
}

/** More byline/date-headed runs than this in one capture are a list's entries (see chainsOf). */
const MAX_BYLINE_BLOCKS = 2;

/** The chains; null when byline blocks count and more than MAX_BYLINE_BLOCKS of them were met. */
function chainsWith(lines: Classified[], leads: Uint8Array, bylineBlocks: boolean): Chain[] | null {
  const chains: Chain[] = [];
  let blocks = 0;
  let cur: Chain | null = null;
  let gapStart = 0;
  // A byline/date block starts another story only once a story's worth of text came before (else it is the
  // first story's own head, under page-header text).
  let wordsBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isContent(line)) continue;
    const link: Link | null = cur ? linkOf(lines, gapStart, i, cur, leads, bylineBlocks && wordsBefore >= NEW_STORY_MIN_WORDS) : null;
    if (link?.reason === 'byline-block' && ++blocks > MAX_BYLINE_BLOCKS) return null;
    if (!cur || link) {
      cur = { first: i, last: i, words: 0, paragraphs: 0, dates: 0, link };
      chains.push(cur);
    } else {
      for (let j = cur.last + 1; j < i; j++) if (lines[j].kind === 'date' || lines[j].kind === 'byline') cur.dates++;
    }
    cur.last = i;
    cur.words += line.words;
    wordsBefore += line.words;
    cur.paragraphs++;
    gapStart = i + 1;
  }
  return chains;
}

/** The link between the chain `cur` and the content line at `at`, from the gap lines [from, at); null = same story. */
function linkOf(lines: Classified[], from: number, at: number, cur: Chain, leads: Uint8Array, bylineBlocks: boolean): Link | null {
  let title = false;
  let headlineBlock = false;
  let pageEnd = false;
  let ended: Link | null = null;
  // Captions are the story's own pictures (galleries run long): they do not make a gap longer.
  let gap = 0;
  for (let j = from; j < at; j++) {
    const p = lines[j];
    if (p.kind !== 'caption') gap++;
    if (!ended && p.kind === 'contributor') ended = { kind: bioOf(p, lines[at]) ? 'soft' : 'hard', reason: 'after-contributor' };
    else if (!ended && p.kind === 'footer') ended = { kind: 'soft', reason: 'after-footer' };
    if (!pageEnd && isPageEnd(p)) pageEnd = true;
    if (isTitleLike(p) && p.words >= BLOCK_TITLE_MIN_WORDS) title = true;
    else if (title && (p.kind === 'date' || p.kind === 'byline')) headlineBlock = true;
  }
  if (ended?.kind === 'hard') return ended;
  if (pageEnd) return { kind: 'page', reason: 'after-page-end' };
  if (ended) return gap >= GAP_LONG_LINES ? { ...ended, long: true } : ended;
  const finished = cur.paragraphs >= FINISHED_MIN_PARAGRAPHS && endsLikeSentence(lines[cur.last].text);
  if (finished && leads[at]) return { kind: 'hard', reason: 'dateline' };
  if (finished && headlineBlock) return { kind: 'hard', reason: 'headline-block' };
  // A byline or date right above the text after a chrome run: a story's head whose headline was lost (the
  // page glued on by continuous scroll starts under its headline). Soft: vocabulary still joins it to the
  // story above when it goes on with it (an "Updated …" line inside a story).
  // The text above need not end like a sentence when a few lines stand between (a table's last row, a footer's legal line).
  if (bylineBlocks && (finished || gap >= BYLINE_BLOCK_UNFINISHED_GAP) && metaAbove(lines, from, at) && !teaserCut(lines[at].text)) return { kind: 'soft', reason: 'byline-block' };
  if (gap >= GAP_LONG_LINES) return { kind: 'soft', reason: 'chrome-run' };
  if (gap >= GAP_MID_LINES) return { kind: 'maybe', reason: 'chrome-run' };
  return null;
}

/**
 * A story: its first and last content line, why it started, and its words. Its vocabulary is built only
 * when a later chain has to be compared with it (most captures never need one): `parts` are the line
 * ranges it was made of, `bag` their vocabulary once built.
 */
interface Story { start: number; end: number; reason: Reason; words: number; dates: number; hard: boolean; page: boolean; longGap: boolean; parts: number[]; bag: Bag | null }

/** Builds vocabularies on demand for one capture (one scratch builder reused). */
class Vocabularies {
  /** Made on first use: its 32 KB scratch array is wasted on the many captures that never compare runs. */
  private builder: BagBuilder | null = null;
  constructor(private readonly lines: Classified[]) {}

  /** The vocabulary of the content lines in the ranges [parts[0], parts[1]], [parts[2], parts[3]], … */
  of(parts: number[]): Bag {
    const b = (this.builder ??= new BagBuilder());
    for (let k = 0; k < parts.length; k += 2) {
      for (let i = parts[k]; i <= parts[k + 1]; i++) if (isContent(this.lines[i])) b.add(this.lines[i].text);
    }
    return b.take();
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
 * page's story or of teasers mostly ≤ 0.35.
 */
function resolveChains(lines: Classified[], chains: Chain[], leads: Uint8Array): { stories: Story[]; dropped: number } {
  const runs: Story[] = [];
  const vocab = new Vocabularies(lines);
  for (const ch of chains) {
    const parts = [ch.first, ch.last];
    const prev = runs[runs.length - 1];
    const stamped = ch.dates * COMMENT_DATE_WORDS >= ch.words;
    const bag = !prev || !ch.link || ch.link.kind === 'hard' || ch.link.kind === 'page' || stamped ? null : vocab.of(parts);
    let target = bag ? sameStory(runs, bag, vocab) : null;
    // A long chrome run (product boxes, spec tables, galleries) right after a story's text is no boundary by
    // itself: on the capture corpus, story-sized text after one was the same page 6 times in 7. Without a
    // footer, page end, dateline or headline block it goes on that story. When teaser or footer text came
    // between (the run before is no story), the story above had ended and this is another.
    if (!target && prev && ch.link?.reason === 'chrome-run' && !stamped && ch.words >= NEW_STORY_MIN_WORDS && lastStory(runs) === prev) target = prev;
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
    const hard = !ch.link || (ch.link.kind === 'hard' && !stamped) || leads[ch.first] === 1;
    runs.push({ start: ch.first, end: ch.last, reason: ch.link?.reason ?? 'first', words: ch.words, dates: ch.dates, hard, page: ch.link?.kind === 'page', longGap: ch.link?.long === true, parts, bag });
  }
  return keepStories(runs, leads);
}

/** How far into the line after an author line its name is looked for: a bio names its subject at once. */
const BIO_NAME_CHARS = 60;

/**
 * Is `next` the bio of the person an author box names ("Written by Lisa Greene-Lewis" / "Lisa has over 20
 * years of experience…")? Then it is no new story: author boxes close stories, their bios follow.
 */
function bioOf(author: Classified, next: Classified): boolean {
  const head = ` ${next.text.slice(0, BIO_NAME_CHARS)} `;
  for (const name of author.names ?? []) {
    for (const part of name.split(' ')) {
      if (part.length >= 3 && (head.includes(` ${part} `) || head.includes(` ${part}’s `) || head.includes(` ${part}'s `))) return true;
    }
  }
  return false;
}

/** A first run shorter than this before a dateline story is header text (teasers and widgets run 30–80 words). */
const HEADER_MAX_WORDS = 100;

/** The last run that stands as a story (story-sized, or opened by a hard link after the first). */
function lastStory(runs: Story[]): Story | null {
  for (let i = runs.length - 1; i >= 0; i--) if (storySized(runs[i]) || (i > 0 && runs[i].hard)) return runs[i];
  return null;
}

/** The run (the last, or the last story-sized one) that a chain with this vocabulary continues, if any. */
function sameStory(runs: Story[], bag: Bag, vocab: Vocabularies): Story | null {
  const last = runs[runs.length - 1];
  if (cosine(vocab.story(last), bag) >= SAME_STORY_COSINE) return last;
  for (let i = runs.length - 2; i >= 0; i--) {
    if (runs[i].hard || storySized(runs[i])) return cosine(vocab.story(runs[i]), bag) >= SAME_STORY_COSINE ? runs[i] : null;
  }
  return null;
}

function storySized(r: Story): boolean {
  return r.words >= NEW_STORY_MIN_WORDS && r.dates * COMMENT_DATE_WORDS < r.words;
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
  let storyAbove = false;
  const keep = runs.filter((r, i) => {
    const sized = storySized(r) && !(storyAbove && r.reason === 'after-footer' && !r.longGap);
    if (storySized(r)) storyAbove = true;
    return sized || (i > 0 && (r.hard || (r.page && r.words >= PAGE_STORY_MIN_WORDS && r.dates * COMMENT_DATE_WORDS < r.words)));
  });
  const first = runs[0];
  // A short first run before a story that opens with a wire dateline is page-header text (a weather box, a teaser).
  const header = first && first.words < HEADER_MAX_WORDS && leads[first.start] !== 1 && keep.some((r) => r !== first && leads[r.start] === 1);
  if (first && !header && (storySized(first) || (first.words >= STORY_MIN_WORDS && (leads[first.start] === 1 || !keep.some((r) => storySized(r)))))) {
    if (!keep.includes(runs[0])) keep.unshift(runs[0]);
  }
  // Only runs too small to be stories kept (opened by a hard link, the builder drops them): the largest run
  // is the story, in its place among them.
  if (runs.length && keep.every((r) => r.words < STORY_MIN_WORDS && leads[r.start] !== 1)) {
    const largest = runs.reduce((a, b) => (b.words > a.words ? b : a));
    if (!keep.includes(largest)) keep.splice(keep.findIndex((r) => r.start > largest.start) >>> 0, 0, largest);
  }
  return { stories: keep, dropped: runs.length - keep.length };
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
