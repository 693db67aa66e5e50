/**
 * Character-level tests that the text pipeline runs on every line, written as loops over char codes
 * instead of regexes. Why: a regex anchored only at the end (`…$`) is tried from every position of
 * the line, and these tests run several times per line; a backwards look at the last few characters
 * costs the same whatever the line's length. Each function is pinned to its regex by perf-text.test.ts.
 */

/** Closing quotes and brackets that may follow a sentence's final mark: ” " ’ ' » ) ]. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x300d || c === 0x300f || c === 0xff09;
}

/** Marks that end a sentence (or a clause that a new line continues): . ! ? … : ; and the CJK full stop, ！ and ？ */
function isFinalMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * Same answer as SENTENCE_END.test(text) (`/[.!?…:;。！？][”"’'»)\]」』）]*$|[”"’»]$/`): the line ends with a
 * final mark, possibly followed by closing quotes/brackets, or ends with a closing quote.
 */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  if (last === 0x201d || last === 0x22 || last === 0x2019 || last === 0xbb) return true;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isFinalMark(text.charCodeAt(i));
}

/** Is this char code whitespace as JavaScript's `\s` defines it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A whitespace run of two or more characters, or one whitespace character that is not a plain space. */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/**
 * Same answer as `text.replace(/\s+/g, ' ')`: every whitespace run made one space. Why not that regex: it
 * matches every single space of the text and replaces it with a new one (a 3,000-character text cost
 * ~40 µs); this one matches only the runs that are not already one plain space (a greedy `\s{2,}` takes a
 * whole run from its start, as `\s+` does), and is about twice as fast.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}
