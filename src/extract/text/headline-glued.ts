import { titleCased } from './headline-shape.ts';

/**
 * A headline set in Title Case with a lower-case word glued after it ("Room-by-Room Breakdown inikosoftseo"):
 * innerText and text-node captures join an inline element printed right after the title (the author's
 * user name, a tag) onto its line. Title case capitalises every long word, and the words it leaves in lower
 * case (of, in, for, with, …) do not end a headline; so a trailing run of at most GLUED_TAIL_MAX_WORDS
 * lower-case words of GLUED_TAIL_MIN_LETTERS letters or more, after a title-cased line of at least
 * GLUED_HEAD_MIN_WORDS words, is not the headline's. Sentence-case headlines are left alone: there a
 * lower-case last word is ordinary. Cheap: a line not ending in a lower-case ASCII letter returns at once,
 * and only the last words are looked at (no split of the line).
 */
const GLUED_TAIL_MAX_WORDS = 2;
const GLUED_TAIL_MIN_LETTERS = 4;
const GLUED_HEAD_MIN_WORDS = 5;

/** Lower-case words that title case keeps and that may end a headline ("…Worth Looking Into"). */
const TITLE_SMALL_TAIL = new Set(['into', 'onto', 'with', 'from', 'over', 'upon', 'than', 'then', 'that', 'this', 'when', 'what', 'about']);

/** Is text[from, to) a word of GLUED_TAIL_MIN_LETTERS or more lower-case ASCII letters, not a title-case small word? */
function lowerWord(text: string, from: number, to: number): boolean {
  if (to - from < GLUED_TAIL_MIN_LETTERS) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return !TITLE_SMALL_TAIL.has(text.slice(from, to));
}

/** The headline without a glued lower-case tail (see above); the text itself when it has none. */
export function withoutGluedTail(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 97 && last <= 122)) return text;
  // Walk back over the tail's words: `cut` is where the tail starts (the space before it).
  let end = text.length;
  let cut = -1;
  for (let n = 0; n < GLUED_TAIL_MAX_WORDS; n++) {
    const sp = text.lastIndexOf(' ', end - 1);
    if (sp < 0 || !lowerWord(text, sp + 1, end)) break;
    cut = sp;
    end = sp;
  }
  if (cut < 0) return text;
  // The word before the tail must itself end the title-cased part: not lower-case.
  const before = text.charCodeAt(text.lastIndexOf(' ', cut - 1) + 1);
  if (before >= 97 && before <= 122) return text;
  const head = text.slice(0, cut);
  return head.split(' ').length >= GLUED_HEAD_MIN_WORDS && titleCased(head) ? head : text;
}
