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
  const tail = text.length > 400 ? text.slice(-240) : text;
  if (!(text.charCodeAt(text.length - 1) === 41 || CREDIT_MAY.test(tail)) || !CREDIT_HINT.test(tail)) return { caption: text, credit: null };
  const may = creditMarks(text, tail);
  if (may === 0) return { caption: text, credit: null };
  const paren = trailingParenthetical(text);
  if (paren && isCredit(paren.inner)) return done(text.slice(0, paren.start), cleanCredit(paren.inner));
  const offset = text.length - tail.length;
  const label = may & LABEL_WORD ? TRAILING_LABEL_CREDIT.exec(tail) : null;
  if (label) return done(text.slice(0, offset + label.index + label[0].length - label[1].length), cleanCredit(label[1]));
  const agency = may & SLASH_OR_VIA ? TRAILING_AGENCY_CREDIT.exec(tail) : null;
  if (agency && isCredit(agency[1])) {
    return done(text.slice(0, offset + agency.index + agency[0].length - agency[1].length), cleanCredit(agency[1]));
  }
  return { caption: text, credit: null };
}

/**
 * What a credit needs besides a closing bracket at the very end: a slash or "via" (agency credits) or a
 * label word as printed (see creditMarks). Case-sensitive and without word boundaries, this scan is about
 * twice as fast as CREDIT_HINT, and most prose fails it first (speed).
 */
const CREDIT_MAY = /\/|via|Photo|Image|Picture|Credit|Illustration/;

const CLOSING_BRACKET = 1;
const SLASH_OR_VIA = 2;
const LABEL_WORD = 4;

/**
 * Exact pre-screen for text that passes CREDIT_HINT (speed): what the three ways splitCredit finds a
 * credit need, as bits — a closing bracket at the very end (the parenthetical), a slash or "via" in the
 * tail (TRAILING_AGENCY_CREDIT), a label word as printed, capitalised, in the tail (TRAILING_LABEL_CREDIT
 * is case-sensitive). Each end-anchored regex (tried from every position of the tail) then runs only
 * when it can match: prose with a bracket or "image" in it mostly skips both.
 */
function creditMarks(text: string, tail: string): number {
  let marks = text.charCodeAt(text.length - 1) === 41 ? CLOSING_BRACKET : 0;
  for (let i = 0; i < tail.length && (marks & 6) !== 6; i++) {
    const c = tail.charCodeAt(i);
    if (c === 47 || (c === 118 && tail.startsWith('ia', i + 1))) marks |= SLASH_OR_VIA; // "/", "via"
    else if (c === 80 && (tail.startsWith('hoto', i + 1) || tail.startsWith('icture', i + 1))) marks |= LABEL_WORD;
    else if (c === 73 && (tail.startsWith('mage', i + 1) || tail.startsWith('llustration', i + 1))) marks |= LABEL_WORD;
    else if (c === 67 && tail.startsWith('redit', i + 1)) marks |= LABEL_WORD;
  }
  return marks;
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
