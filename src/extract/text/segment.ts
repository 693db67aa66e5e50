import type { Classified } from './classify.ts';
import { isTitleLike } from './classify.ts';
import { addBag, cosine, emptyBag, wordBag, type Bag } from './vocabulary.ts';
import {
  BLOCK_TITLE_MIN_WORDS, COMMENT_DATE_WORDS, FINISHED_MIN_PARAGRAPHS, GAP_LONG_LINES, GAP_MID_LINES,
  LIST_CONTENT_MIN_WORDS, NEW_STORY_MIN_WORDS, SAME_STORY_COSINE, SENTENCE_END, STORY_MIN_WORDS,
  TAIL_RUN_LINES,
} from '../heuristics/text-shape.ts';

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
  startedBy: 'first' | 'dateline' | 'headline-block' | 'after-contributor' | 'after-footer' | 'chrome-run';
}

type Reason = Segment['startedBy'];

/**
 * How a run of story text is tied to the run before it. `hard`: a new story starts (contributor line,
 * dateline or headline block after a finished story). `soft`: the story above ended (footer marker,
 * long chrome run) — what follows is another story, or teasers/comments. `maybe`: a middling chrome
 * run — an inline box or a boundary; vocabulary decides.
 */
interface Link { kind: 'hard' | 'soft' | 'maybe'; reason: Reason }

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
  const chains = chainsOf(lines);
  const { stories, dropped } = resolveChains(lines, chains);
  return { segments: toSegments(lines, stories), dropped };
}

export function chainsOf(lines: Classified[]): Chain[] {
  const chains: Chain[] = [];
  let cur: Chain | null = null;
  let gapStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isContent(line)) continue;
    const link: Link | null = cur ? linkOf(lines, gapStart, i, cur) : null;
    if (!cur || link) {
      cur = { first: i, last: i, words: 0, paragraphs: 0, dates: 0, link };
      chains.push(cur);
    } else {
      for (let j = cur.last + 1; j < i; j++) if (lines[j].kind === 'date' || lines[j].kind === 'byline') cur.dates++;
    }
    cur.last = i;
    cur.words += line.words;
    cur.paragraphs++;
    gapStart = i + 1;
  }
  return chains;
}

/** The link between the chain `cur` and the content line at `at`, from the gap lines [from, at); null = same story. */
function linkOf(lines: Classified[], from: number, at: number, cur: Chain): Link | null {
  const finished = cur.paragraphs >= FINISHED_MIN_PARAGRAPHS && SENTENCE_END.test(lines[cur.last].text);
  let title = false;
  let headlineBlock = false;
  for (let j = from; j < at; j++) {
    const p = lines[j];
    if (p.kind === 'contributor') return { kind: 'hard', reason: 'after-contributor' };
    if (p.kind === 'footer') return { kind: 'soft', reason: 'after-footer' };
    if (isTitleLike(p) && p.words >= BLOCK_TITLE_MIN_WORDS) title = true;
    else if (title && (p.kind === 'date' || p.kind === 'byline')) headlineBlock = true;
  }
  if (finished && lines[at].dateline) return { kind: 'hard', reason: 'dateline' };
  if (finished && headlineBlock) return { kind: 'hard', reason: 'headline-block' };
  // Captions are the story's own pictures (galleries run long): they do not make a gap longer.
  let gap = 0;
  for (let j = from; j < at; j++) if (lines[j].kind !== 'caption') gap++;
  if (gap >= GAP_LONG_LINES) return { kind: 'soft', reason: 'chrome-run' };
  if (gap >= GAP_MID_LINES) return { kind: 'maybe', reason: 'chrome-run' };
  return null;
}

/** A story: its first and last content line, why it started, and its words. */
interface Story { start: number; end: number; reason: Reason; words: number; dates: number; hard: boolean; bag: Bag }

/**
 * Chains → stories. A chain after a soft or maybe link joins the story before it when it speaks of the
 * same things (bag-of-words cosine ≥ SAME_STORY_COSINE: an inline box interrupted the story) and is not
 * stamped like a comment thread; else it starts a run of its own. Runs that did not start at a hard
 * link must then be story-sized to stand: smaller ones are teasers, comments, promos or header text.
 * On the capture corpus the cosine of a story's own later parts is mostly ≥ 0.5, that of the next
 * page's story or of teasers mostly ≤ 0.35.
 */
function resolveChains(lines: Classified[], chains: Chain[]): { stories: Story[]; dropped: number } {
  const runs: Story[] = [];
  for (const ch of chains) {
    const bag = bagOf(lines, ch.first, ch.last);
    const prev = runs[runs.length - 1];
    const stamped = ch.dates * COMMENT_DATE_WORDS >= ch.words;
    const target = !prev || !ch.link || ch.link.kind === 'hard' || stamped ? null : sameStory(runs, bag);
    if (target) {
      // Runs between the target and this chain were an interruption inside the story.
      runs.length = runs.indexOf(target) + 1;
      target.end = ch.last;
      target.words += ch.words;
      target.dates += ch.dates;
      addBag(target.bag, bag);
      continue;
    }
    // A run opening with a wire dateline is a story's lead wherever it stands, never header text.
    const hard = !ch.link || ch.link.kind === 'hard' || lines[ch.first].dateline === true;
    runs.push({ start: ch.first, end: ch.last, reason: ch.link?.reason ?? 'first', words: ch.words, dates: ch.dates, hard, bag });
  }
  return keepStories(lines, runs);
}

/** The run (the last, or the last story-sized one) that a chain with this vocabulary continues, if any. */
function sameStory(runs: Story[], bag: Bag): Story | null {
  const last = runs[runs.length - 1];
  if (cosine(last.bag, bag) >= SAME_STORY_COSINE) return last;
  for (let i = runs.length - 2; i >= 0; i--) {
    if (runs[i].hard || storySized(runs[i])) return cosine(runs[i].bag, bag) >= SAME_STORY_COSINE ? runs[i] : null;
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
function keepStories(lines: Classified[], runs: Story[]): { stories: Story[]; dropped: number } {
  const keep = runs.filter((r, i) => storySized(r) || (r.hard && i > 0));
  const first = runs[0];
  if (first && (storySized(first) || (first.words >= STORY_MIN_WORDS && (lines[first.start].dateline || !keep.some((r) => storySized(r)))))) {
    if (!keep.includes(runs[0])) keep.unshift(runs[0]);
  }
  if (keep.length === 0 && runs.length) keep.push(runs.reduce((a, b) => (b.words > a.words ? b : a)));
  return { stories: keep, dropped: runs.length - keep.length };
}

function bagOf(lines: Classified[], from: number, to: number): Bag {
  const bag = emptyBag();
  for (let i = from; i <= to; i++) if (isContent(lines[i])) wordBag(lines[i].text, bag);
  return bag;
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
