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

/** How far back before the body a headline is looked for (non-blank lines); candidates farther away also score less. */
export const HEADLINE_LOOKBACK_LINES = 30;

/**
 * Body lines also searched for the headline: page-header text (teasers, menus in sentence form) can run
 * into the body. The search stops at the story's lead (a paragraph of HEADLINE_LEAD_MIN_WORDS) or after
 * this many lines, and a body line is a candidate only while fewer than HEADLINE_BODY_MAX_WORDS_BEFORE
 * words of text come before it (a subheading deep in a story is never taken, so no story loses its start).
 */
export const HEADLINE_BODY_LINES = 40;
export const HEADLINE_LEAD_MIN_WORDS = 20;
export const HEADLINE_BODY_MAX_WORDS_BEFORE = 60;

/**
 * What lies under a headline candidate (headline-score.ts). Why these values: a byline/date block right under
 * it (or two to four lines under, past a share bar or section label) marks the headline best; the story's
 * text under it less, since teasers and promos also stand above text; a short subtitle under it that itself
 * opens the story marks it a little. Fitted on the capture corpus with a two-fold check (each half's fit
 * gained on the other half).
 */
export const HEADLINE_BELOW_META = 3;
export const HEADLINE_BELOW_META_NEAR = 3.5;
export const HEADLINE_BELOW_TEXT = 0.5;
export const HEADLINE_ABOVE_SUBTITLE = 1;

/** A standfirst (deck) under a headline has at least this many words (and four more than the headline). */
export const HEADLINE_DECK_MIN_WORDS = 10;

/**
 * When a standfirst wins, the title-shaped line above it is taken instead if it scores at least the
 * standfirst's score minus this. Why: a long headline under a short label or button ("Refer a Client",
 * "Home Topics Health") has the shape of a deck; the label scores far lower.
 */
export const HEADLINE_DECK_STEP_MARGIN = 2;

/** A line inside the winning headline line is taken as the clean headline from this many words (shorter ones are labels). */
export const HEADLINE_VARIANT_MIN_WORDS = 3;

/** The first story's headline is looked for this far above its body; titles sit above long tables of contents. */
export const HEADLINE_LOOKBACK_FIRST = 60;

/** Score lost per line between a candidate and the body's start: nearer lines win ties. */
export const HEADLINE_DISTANCE_PENALTY = 0.05;

/**
 * Vocabulary: a headline names what its story is about. A candidate gains HEADLINE_VOCAB_HIT for each of
 * its content words that the story's first HEADLINE_VOCAB_CHARS characters (about 250 words) use (at most HEADLINE_VOCAB_MAX_HITS:
 * more made long teaser sentences beat the title)
 * and loses HEADLINE_VOCAB_MISS for each other: related headlines, promos and menu lines share few words
 * with the story, the title most of them.
 */
export const HEADLINE_VOCAB_HIT = 0.8;
export const HEADLINE_VOCAB_MAX_HITS = 3.5;
export const HEADLINE_VOCAB_MISS = 0.4;
export const HEADLINE_VOCAB_CHARS = 1_500;

/** Four-letter-plus function words that every text shares: they say nothing about a headline's topic. */
export const HEADLINE_STOPWORDS = new Set([
  'that', 'this', 'with', 'from', 'have', 'what', 'when', 'where', 'which', 'will', 'your', 'about', 'more', 'they', 'their',
  'there', 'them', 'than', 'then', 'into', 'been', 'were', 'would', 'could', 'should', 'after', 'before', 'over', 'just',
  'also', 'some', 'most', 'only', 'other', 'these', 'those', 'here', 'says', 'said', 'does', 'being', 'how', 'why', 'while',
  'because', 'through', 'make', 'need', 'know', 'best', 'like', 'each', 'very', 'much', 'many', 'such',
]);

/**
 * Score a line needs to be taken as the headline (see text/headline.ts). A story that did not open
 * the capture needs a byline/date block under it or a repeat: with continuous scroll the page usually
 * lost the headline, and the lines above are the previous page's footer.
 */
export const HEADLINE_MIN_SCORE = 0.5;
export const HEADLINE_MIN_SCORE_LATER = 3.5;

/** A story needs this many words (or a dateline) to count; smaller runs are teasers or chrome. */
export const STORY_MIN_WORDS = 25;

/**
 * A later story without a dateline needs this much to stand alone: comments and teasers after a
 * story are shorter. (With a dateline, STORY_MIN_WORDS is enough.)
 */
export const SPLIT_MIN_PARAGRAPHS = 3;
export const SPLIT_MIN_WORDS = 80;

/**
 * A first story under PROMO_MAX_WORDS words with a story PROMO_RATIO times longer after it on the same page is
 * the header's promo box (see text/body-promo.ts). Why 250 and 4: header promos on the capture corpus run 40–200
 * words over stories of 1,000+; a page's own story that is short has no much longer one on its page.
 */
export const PROMO_MAX_WORDS = 250;
export const PROMO_RATIO = 4;
/**
 * …and a first story of any size under PROMO_FAR_MAX_WORDS is header text when the story after it is
 * PROMO_FAR_RATIO times longer (a menu with a description under each entry over a long guide). On the capture
 * corpus no page's own first story under 1,000 words had one ten times its size after it on its page (with no
 * copyright line or footer marker between).
 */
export const PROMO_FAR_MAX_WORDS = 1_000;
export const PROMO_FAR_RATIO = 10;

/** The headline of a headline block (title + date/byline) that starts a new story has this many words. */
export const BLOCK_TITLE_MIN_WORDS = 4;

/** A "finished" story before a new dateline: at least this many paragraphs already. */
export const FINISHED_MIN_PARAGRAPHS = 2;

/**
 * Non-story lines between two paragraphs after which the story is taken to be over (menus, related
 * lists, the page footer). Why 30: on the capture corpus, gaps inside one story (product boxes in
 * listicles, tables, galleries) are shorter in nearly all pages, and gaps between two glued pages longer.
 */
export const GAP_LONG_LINES = 30;

/**
 * From this many non-story lines, the gap may be a boundary or an inline box: the vocabulary of the
 * text after it (SAME_STORY_COSINE) decides. Why 12: share bars, ads and inline teasers are shorter.
 */
export const GAP_MID_LINES = 12;

/**
 * Text after a gap with at least this bag-of-words cosine to a story is that story going on. Why 0.45:
 * on the capture corpus a story's own later parts score mostly ≥ 0.5, the next page's story and
 * teaser lists mostly ≤ 0.35. Re-checked with function words left out of the bags (split-stopwords.ts):
 * after footer markers, where teaser text scores 0.3–0.45 more often than the story's own text, 0.35 and
 * 0.55 both did worse on the corpus; text after a chrome run has its own bar (CHROME_RUN_SAME_STORY_COSINE).
 */
export const SAME_STORY_COSINE = 0.45;

/**
 * The same, for text after a chrome run only (no footer marker, byline block or page end between) going on a
 * story-sized run. Why lower: with function words left out of the bags (split-stopwords.ts), the next page's
 * story scores mostly under 0.2 against the story above on the capture corpus, while a story's own sections
 * after product boxes or tables score 0.2–0.45 as often as teaser text does after a footer marker.
 * Measured against 0.45 (no separate bar): WCXB captures gain (+0.002 / +0.006 singles F1), AEB news
 * captures move −0.001 innerText and +0.004 nodesText (a staff list after a share bar now joins one story).
 */
export const CHROME_RUN_SAME_STORY_COSINE = 0.25;

/** A list item counts as story text from this many words; shorter items are menus and link lists. */
export const LIST_CONTENT_MIN_WORDS = 6;

/**
 * A run not opened by a dateline, headline block or contributor line is a story from this many words.
 * Why 250: teaser lists, comment runs and promos after a story are mostly shorter on the capture corpus.
 */
export const NEW_STORY_MIN_WORDS = 250;

/**
 * A run with one date or byline line per this many words or fewer is a comment thread (each comment
 * is stamped), not a story.
 */
export const COMMENT_DATE_WORDS = 120;

/** A story's trailing captions/links end once this many other lines come in a row. */
export const TAIL_RUN_LINES = 8;

/** Lines longer than this are cut: a paragraph is never this long, and it bounds per-line work. */
export const MAX_LINE_CHARS = 20_000;

/** Only this much of a capture is read; the rest is reported as skipped (bounded time and memory). */
export const MAX_TEXT_CHARS = 8_000_000;

/** Share of replacement/control characters above which a capture is taken to be binary junk. */
export const JUNK_RATIO = 0.1;

/** Words that end a sentence: ". ! ? …" possibly followed by closing quotes or a bracket. */
export const SENTENCE_END = /[.!?…:;。！？][”"’'»)\]」』）]*$|[”"’»]$/;

/** Function words after which a text node is unfinished (the next node continues the sentence). */
export const CONTINUATION_TAIL = /(?:^|\s)(?:the|a|an|of|to|in|and|or|but|for|with|by|on|at|from|as|that|this|his|her|their|its|is|was|are|were|said|says)$/i;



/**
 * Short lines between two paragraphs of a story are its subheadings, product names, pros and cons; a run
 * of more than this many is a menu or link box dropped into it. (Tuned on the capture corpus.)
 */
export const SHORT_RUN_MAX_LINES = 12;

/**
 * A longer run of short lines between two paragraphs is a table (kept cell by cell) when at least this
 * share of its lines hold a digit: tables flattened by a capture are figures, prices and ranks; menus and
 * link boxes are words.
 */
export const TABLE_DIGIT_SHARE = 0.3;
