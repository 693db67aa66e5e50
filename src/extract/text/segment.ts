import type { Classified } from './classify.ts';
import { isTitleLike } from './classify.ts';
import { CHROME_RUN_CLOSES_STORY, BLOCK_TITLE_MIN_WORDS, CONTINUATION_SHARE, FINISHED_MIN_PARAGRAPHS, SENTENCE_END, SMALL_STORY_WORDS } from '../heuristics/text-shape.ts';

/** One story's share of the capture's lines. */
export interface Segment {
  /** Lines before the first paragraph since the previous story's last paragraph: headline, dates, byline. */
  preamble: Classified[];
  /** From the first paragraph to the last, with everything in between (captions, chrome, headings). */
  body: Classified[];
  /** After the last paragraph until the next story: trailing captions, links, contributor lines. */
  tail: Classified[];
  /** Index in `tail` of the contributor/footer line that closed the story, or -1. */
  closedAt: number;
  /** Why the story was cut from the one before, for provenance and messages. */
  startedBy: 'first' | 'dateline' | 'headline-block' | 'repeated-headline' | 'after-contributor' | 'after-footer' | 'chrome-run';
}

/**
 * Cuts after a footer marker or a long run of chrome are weak: what follows is either the rest of
 * the story (an inline box interrupted it) or teasers/comments. Strong cuts (a dateline, a headline
 * block, a repeated headline, a contributor line) start a new story outright.
 */
const WEAK = new Set<Segment['startedBy']>(['after-footer', 'chrome-run']);

/**
 * Cut the capture into stories in one pass. A new story starts at a dateline paragraph after a
 * finished story, at a headline block (title + date/byline) or a repeated headline between
 * paragraphs, after a contributor/footer line, or after a long run of chrome.
 */
export function segmentLines(lines: Classified[]): { segments: Segment[]; dropped: number } {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  let pending: Classified[] = [];
  let closedAt = -1;
  let paragraphs = 0;
  let last: Classified | null = null;
  for (const line of lines) {
    if (line.kind !== 'prose') {
      if (cur && closedAt < 0 && (line.kind === 'contributor' || line.kind === 'footer')) closedAt = pending.length;
      pending.push(line);
      continue;
    }
    const reason: Segment['startedBy'] | null = cur ? newStoryReason(cur, pending, line, closedAt, paragraphs, last) : 'first';
    if (cur && reason === null) {
      cur.body.push(...pending, line);
    } else {
      if (cur) out.push({ ...cur, tail: pending, closedAt });
      cur = { preamble: pending, body: [line], tail: [], closedAt: -1, startedBy: reason ?? 'first' };
      paragraphs = 0;
    }
    pending = [];
    closedAt = -1;
    paragraphs++;
    last = line;
  }
  if (cur) out.push({ ...cur, tail: pending, closedAt });
  return resolveWeak(out);
}

/**
 * A weak segment joins the story before it when it is large beside it (the story went on), replaces
 * it when that "story" was only a little prose in the page header, and is dropped otherwise (teasers).
 */
function resolveWeak(segs: Segment[]): { segments: Segment[]; dropped: number } {
  const out: Segment[] = [];
  let dropped = 0;
  for (const seg of segs) {
    const prev = out[out.length - 1];
    if (!prev || !WEAK.has(seg.startedBy)) {
      out.push(seg);
      continue;
    }
    const pw = proseWords(prev.body);
    const sw = proseWords(seg.body);
    if (pw < SMALL_STORY_WORDS && sw > pw) {
      out[out.length - 1] = { ...seg, preamble: [...prev.preamble, ...prev.body, ...prev.tail, ...seg.preamble], startedBy: prev.startedBy };
    } else if (sw >= Math.max(SMALL_STORY_WORDS, CONTINUATION_SHARE * pw)) {
      out[out.length - 1] = { ...prev, body: [...prev.body, ...prev.tail, ...seg.preamble, ...seg.body], tail: seg.tail, closedAt: seg.closedAt };
    } else {
      dropped++;
    }
  }
  return { segments: out, dropped };
}

function proseWords(lines: Classified[]): number {
  let n = 0;
  for (const l of lines) if (l.kind === 'prose') n += l.words;
  return n;
}

function newStoryReason(
  cur: Segment, pending: Classified[], line: Classified, closedAt: number, paragraphs: number, last: Classified | null,
): Segment['startedBy'] | null {
  if (closedAt >= 0) return pending[closedAt].kind === 'contributor' ? 'after-contributor' : 'after-footer';
  const finished = paragraphs >= FINISHED_MIN_PARAGRAPHS && last !== null && SENTENCE_END.test(last.text);
  if (line.dateline && finished) return 'dateline';
  let title = false;
  let repeatedTitle = false;
  let dated = false;
  let chrome = 0;
  const titles = new Set<string>();
  for (const p of pending) {
    if (isTitleLike(p)) {
      // Names of commenters and one-word labels are title-shaped too; headlines have a few words.
      if (p.words >= BLOCK_TITLE_MIN_WORDS) title = true;
      // A headline block shows the headline twice (page title + heading) within the block itself;
      // a line repeated elsewhere on the page (table of contents, menus) is not one.
      if (titles.has(p.key) && p.words >= 3) repeatedTitle = true;
      titles.add(p.key);
    }
    if (p.kind === 'date' || p.kind === 'byline') dated = true;
    if (p.kind === 'chrome' || p.kind === 'short' || p.kind === 'link' || p.kind === 'list-item') chrome++;
  }
  if (title && dated && finished) return 'headline-block';
  if (repeatedTitle && finished) return 'repeated-headline';
  if (chrome >= CHROME_RUN_CLOSES_STORY) return 'chrome-run';
  return null;
}
