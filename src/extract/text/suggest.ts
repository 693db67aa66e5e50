/** Words a suggested headline keeps at most: enough to say what the story is, short enough to read as a title. */
const SUGGEST_MAX_WORDS = 12;

/**
 * A headline for a story the page showed without one, made from its first sentence after the
 * dateline and always marked `generated` so it is never mistaken for the page's own.
 */
export function suggestHeadline(firstParagraph: string, dateline: string): { text: string; generated: true } | null {
  const rest = firstParagraph.slice(dateline.length).trim();
  if (!rest) return null;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(rest)?.[0] ?? rest;
  const words = sentence.replace(/[.!?]$/, '').split(/\s+/);
  const text = words.length > SUGGEST_MAX_WORDS ? `${words.slice(0, SUGGEST_MAX_WORDS).join(' ')}…` : words.join(' ');
  return { text, generated: true };
}
