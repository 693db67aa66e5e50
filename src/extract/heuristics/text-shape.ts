/**
 * Thresholds that decide what a line of a text capture is, by its shape. Why each value is what it is
 * is said beside it; they were checked on the seed and the capture corpus (npm run bench:captures).
 */

/**
 * A line that does not end like a sentence is prose from this many words. Why 25: long headlines
 * (17–24 words, no full stop) must stay headline candidates; inside a story such lines are still
 * kept as paragraphs (see LONG_SHORT_LINE_WORDS).
 */
export const PROSE_MIN_WORDS_UNPUNCTUATED = 25;

/** Inside a story, an unpunctuated line longer than this is text, not a subheading. */
export const LONG_SHORT_LINE_WORDS = 15;

/** A line ending like a sentence (". ? ! …" or a closing quote) is prose from this many words. */
export const PROSE_MIN_WORDS_PUNCTUATED = 4;

/** Headlines are 3–30 words and at most this long; longer lines are standfirsts or prose. */
export const HEADLINE_MIN_WORDS = 2;
export const HEADLINE_MAX_WORDS = 30;
export const HEADLINE_MAX_CHARS = 220;

/** A section label is 1–3 words ("News", "World News", "U.S. Politics"). */
export const SECTION_MAX_WORDS = 3;
export const SECTION_MAX_CHARS = 30;

/** How far back before the body a headline is looked for (non-blank lines). */
export const HEADLINE_LOOKBACK_LINES = 14;

/** A story needs this many words (or a dateline) to count; smaller runs are teasers or chrome. */
export const STORY_MIN_WORDS = 25;

/**
 * A later story without a dateline needs this much to stand alone: comments and teasers after a
 * story are shorter. (With a dateline, STORY_MIN_WORDS is enough.)
 */
export const SPLIT_MIN_PARAGRAPHS = 3;
export const SPLIT_MIN_WORDS = 80;

/** The headline of a headline block (title + date/byline) that starts a new story has this many words. */
export const BLOCK_TITLE_MIN_WORDS = 4;

/** A "finished" story before a new dateline: at least this many paragraphs already. */
export const FINISHED_MIN_PARAGRAPHS = 2;

/**
 * Non-prose lines in a row after which the story is considered over (menus, related lists).
 * Why 12: in-story interruptions (ads, share bars, an inline "Related" teaser) are shorter.
 */
export const CHROME_RUN_CLOSES_STORY = 12;

/** Lines longer than this are cut: a paragraph is never this long, and it bounds per-line work. */
export const MAX_LINE_CHARS = 20_000;

/** Only this much of a capture is read; the rest is reported as skipped (bounded time and memory). */
export const MAX_TEXT_CHARS = 8_000_000;

/** Share of replacement/control characters above which a capture is taken to be binary junk. */
export const JUNK_RATIO = 0.1;

/** Words that end a sentence: ". ! ? …" possibly followed by closing quotes or a bracket. */
export const SENTENCE_END = /[.!?…:;][”"’'»)\]]*$|[”"’»]$/;

/** Function words after which a text node is unfinished (the next node continues the sentence). */
export const CONTINUATION_TAIL = /(?:^|\s)(?:the|a|an|of|to|in|and|or|but|for|with|by|on|at|from|as|that|this|his|her|their|its|is|was|are|were|said|says)$/i;

/** Below this many words, prose before a weak cut is page-header text, not a story of its own. */
export const SMALL_STORY_WORDS = 60;

/** Text after a weak cut continues the story when it has at least this share of the story's words. */
export const CONTINUATION_SHARE = 0.3;
