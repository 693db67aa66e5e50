import type { Classified } from './classify.ts';
import * as classify from './classify.ts';
import * as split from './split-page.ts';
import { storyLeads } from './split-dateline.ts';
import { BYLINE_BLOCK_UNFINISHED_GAP, metaAbove, namesAtHead, teaserCut } from './split-byline.ts';
import { endsLikeSentence } from './perf-text.ts';
import { templateLabels } from './split-template.ts';
import * as shape from '../heuristics/text-shape.ts';

/**
 * First pass of the segmenter (see segment.ts): the capture's content lines grouped into chains, each
 * tied to the one before by a link that says whether, and how surely, a story ended between them.
 */

// Imported bindings used per line, copied once: run through tsx, each use of an imported name is a getter
// call on the module object (see parse/text.ts).
const { BLOCK_TITLE_MIN_WORDS, FINISHED_MIN_PARAGRAPHS, GAP_LONG_LINES, GAP_MID_LINES, LIST_CONTENT_MIN_WORDS, NEW_STORY_MIN_WORDS } = shape;
const { isTitleLike } = classify;
const { isPageEnd } = split;

/** Why a story was cut from the one before (provenance and messages). */
export type Reason = 'first' | 'dateline' | 'headline-block' | 'byline-block' | 'after-contributor' | 'after-footer' | 'after-page-end' | 'chrome-run';

/**
 * How a run of story text is tied to the run before it. `hard`: a new story starts (contributor line,
 * dateline or headline block after a finished story). `soft`: the story above ended (footer marker,
 * long chrome run) — what follows is another story, or teasers/comments. `maybe`: a middling chrome
 * run — an inline box or a boundary; vocabulary decides. `page`: the page ended (copyright line): what
 * follows is the next page's story when it is PAGE_STORY_MIN_WORDS long, never the story above.
 */
export interface Link { kind: 'hard' | 'page' | 'soft' | 'maybe'; reason: Reason; long?: boolean }

/** Consecutive content lines tied by `join` links, and how the chain is tied to the one before. */
export interface Chain { first: number; last: number; words: number; paragraphs: number; dates: number; link: Link | null }

/** A story line: prose, or a list item long enough to be text rather than a menu entry. */
export function isContent(l: Classified): boolean {
  return l.kind === 'prose' || (l.kind === 'list-item' && l.words >= LIST_CONTENT_MIN_WORDS);
}

/** `leads`: lines that open a story with a trusted dateline (see storyLeads). */
export function chainsOf(lines: Classified[], leads: Uint8Array = storyLeads(lines)): Chain[] {
  // Many text runs under a byline or date: a list (events, posts, comments with their dates), not glued pages,
  // which bring one such head each. The lines are then chained again with such heads counted only after a chrome
  // run (a page glued after the list) (the first pass stops as soon as it counts too many: linear still).
  // Listicles' repeated boxes are found once, before either pass (templateLabels).
  const labels = templateLabels(lines, isContent);
  return chainsWith(lines, leads, labels, true) ?? chainsWith(lines, leads, labels, false)!;
}

/**
 * The head of a reader comment as blog templates print it: a name, the date with a clock time, and "said:" /
 * "says:" / "wrote:" (or the same verb in the languages of the corpus's blogs). The clock time keeps news prose
 * that introduces a quote ("The minister said:") out.
 */
const COMMENT_HEAD = /\d:\d\d\b.*(?:^|\s)(?:said|says|wrote|writes|replied|disse|escreveu|dijo|escribió|écrit|a dit|schrieb|sagt|scrisse|ha scritto)\s*:$/iu;
const COMMENT_HEAD_MAX_WORDS = 20;

/** More byline/date-headed runs than this in one capture are a list's entries (see chainsOf). */
const MAX_BYLINE_BLOCKS = 2;

/** The chains; null when byline blocks count and more than MAX_BYLINE_BLOCKS of them were met. */
function chainsWith(lines: Classified[], leads: Uint8Array, labels: Uint8Array, bylineBlocks: boolean): Chain[] | null {
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
    const link: Link | null = cur ? linkOf(lines, gapStart, i, cur, leads, labels, wordsBefore < NEW_STORY_MIN_WORDS ? 'none' : bylineBlocks ? 'all' : 'apart') : null;
    if (bylineBlocks && link?.reason === 'byline-block' && ++blocks > MAX_BYLINE_BLOCKS) return null;
    if (!cur || link) {
      cur = { first: i, last: i, words: 0, paragraphs: 0, dates: 0, link };
      chains.push(cur);
    } else {
      for (let j = cur.last + 1; j < i; j++) if (lines[j].kind === 'date' || lines[j].kind === 'byline') cur.dates++;
    }
    // A comment's head ("Ann on May 2, 2019 at 4:47 pm said:") is text to the classifier; it stamps the run as a
    // byline and a date line would. Lines ending in a colon only are tested (few).
    if (line.text.charCodeAt(line.text.length - 1) === 58 && line.words <= COMMENT_HEAD_MAX_WORDS && COMMENT_HEAD.test(line.text)) cur.dates += 2;
    cur.last = i;
    cur.words += line.words;
    wordsBefore += line.words;
    cur.paragraphs++;
    gapStart = i + 1;
  }
  return chains;
}

/**
 * Which byline/date blocks start a story: `all`; `apart` — only those after a chrome run of GAP_MID_LINES, used
 * once a capture proved a list of dated entries (the entries follow each other closely; a page glued after the
 * list comes after the page's furniture); `none` (no story's worth of text above yet).
 */
type BylineBlocks = 'all' | 'apart' | 'none';

/**
 * The link between the chain `cur` and the content line at `at`, from the gap lines [from, at); null = same story.
 * `labels`: lines that are a repeated box's labels (templateLabels).
 */
function linkOf(lines: Classified[], from: number, at: number, cur: Chain, leads: Uint8Array, labels: Uint8Array, bylineBlocks: BylineBlocks): Link | null {
  let title = false;
  let box = false;
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
    if (!pageEnd && isPageEnd(p, bylineBlocks !== 'none')) pageEnd = true;
    if (labels[j] === 1) box = true;
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
  const blocks = bylineBlocks === 'all' || (bylineBlocks === 'apart' && gap >= GAP_MID_LINES);
  if (blocks && (finished || gap >= BYLINE_BLOCK_UNFINISHED_GAP) && metaAbove(lines, from, at) && !teaserCut(lines[at].text)) return { kind: 'soft', reason: 'byline-block' };
  // A box repeated between a listicle's sections (see templateLabels) is no boundary, however long.
  if (box) return null;
  if (gap >= GAP_LONG_LINES) return { kind: 'soft', reason: 'chrome-run' };
  if (gap >= GAP_MID_LINES) return { kind: 'maybe', reason: 'chrome-run' };
  return null;
}

/**
 * Is `next` the bio of the person an author box names ("Written by Lisa Greene-Lewis" / "Lisa has over 20
 * years of experience…")? Then it is no new story: author boxes close stories, their bios follow.
 */
function bioOf(author: Classified, next: Classified): boolean {
  return namesAtHead(author.names ?? [], next.text);
}
