import {
  CREDIT_HINT, CREDIT_LABEL, CREDIT_SOURCES, CREDIT_WORDS, MAX_CREDIT_CHARS, SLASH_CREDIT, TRAILING_AGENCY_CREDIT,
  TRAILING_LABEL_CREDIT,
} from './heuristics/text-credit.ts';

/**
 * "Caption text. (AP Photo/Jeff Roberson)" → caption and credit apart. Also "… REUTERS/Name",
 * "… Photo: Name", "Name/Getty Images" alone. `credit` is null when no credit is recognised;
 * `caption` is null when the text was only a credit. Labels ("Photo:") are dropped from the credit;
 * the agency's own wording ("AP Photo/…", "Pool Photo via AP") is kept as printed.
 */
export function splitCredit(caption: string): { caption: string | null; credit: string | null } {
  const text = caption.trim();
  if (!text) return { caption: null, credit: null };
  if (!CREDIT_HINT.test(text.length > 400 ? text.slice(-240) : text)) return { caption: text, credit: null };
  const paren = trailingParenthetical(text);
  if (paren && isCredit(paren.inner)) return done(text.slice(0, paren.start), cleanCredit(paren.inner));
  const tail = text.length > 400 ? text.slice(-240) : text;
  const offset = text.length - tail.length;
  const label = TRAILING_LABEL_CREDIT.exec(tail);
  if (label) return done(text.slice(0, offset + label.index + label[0].length - label[1].length), cleanCredit(label[1]));
  const agency = TRAILING_AGENCY_CREDIT.exec(tail);
  if (agency && isCredit(agency[1])) {
    return done(text.slice(0, offset + agency.index + agency[0].length - agency[1].length), cleanCredit(agency[1]));
  }
  return { caption: text, credit: null };
}

/** Does this text (a parenthetical or tail) read as a photo credit? */
export function isCredit(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > MAX_CREDIT_CHARS) return false;
  if (CREDIT_LABEL.test(t)) return true;
  const source = CREDIT_SOURCES.test(t);
  const slash = SLASH_CREDIT.test(t);
  // A bare "(AP)" or "(Reuters)" ends captions; a slash or "Photo"/"Images" with a source is the usual form.
  if (source && (slash || CREDIT_WORDS.test(t) || /\bvia\b/.test(t) || t.split(/\s+/).length <= 2)) return true;
  // "Name/Getty Images", "Jane Doe/The New York Times": a slash credit ending in an organisation.
  return slash && CREDIT_WORDS.test(t);
}

function trailingParenthetical(text: string): { start: number; inner: string } | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  if (open < 0 || text.length - open > MAX_CREDIT_CHARS + 2) return null;
  const inner = text.slice(open + 1, -1);
  if (inner.includes(')')) return null;
  return { start: open, inner };
}

function cleanCredit(s: string): string {
  return s.trim().replace(CREDIT_LABEL, '').trim();
}

function done(captionPart: string, credit: string): { caption: string | null; credit: string | null } {
  const c = captionPart.replace(/[\s|–—-]+$/, '').trim();
  return { caption: c || null, credit: credit || null };
}
