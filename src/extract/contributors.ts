import {
  BYLINE, BYLINE_ORG_TAIL, CONTRIBUTED, CREDIT_LABELS, MAX_NAME_WORDS, NAME_PARTICLES, ROLE_PREFIX,
} from './heuristics/text-contributors.ts';
import { isSpaceCode } from './text/perf-text.ts';

/**
 * "Eileen Ng contributed to this report." → ["Eileen Ng"]; "(Reporting by A in Kyiv; Editing by B
 * and C)" → ["A", "B", "C"]; "Associated Press writers A and B contributed." → ["A", "B"].
 * Null when the line is not a contributor line (or names nobody).
 */
export function parseContributorLine(line: string): string[] | null {
  const text = line.trim();
  if (!text || text.length > 400 || !/contribut|\bby\b/i.test(text)) return null;
  if (mayOpenCreditLabel(text)) {
    const inner = text.replace(/^\(\s*/, '').replace(/\s*\)\s*\.?$/, '');
    if (CREDIT_LABELS.test(inner)) return nonEmpty(creditLineNames(inner));
  }
  const m = CONTRIBUTED_WORD.test(text) ? CONTRIBUTED.exec(text) : null;
  if (m) return nonEmpty(splitNames(m[1].replace(ROLE_PREFIX, '')));
  return null;
}

/** CONTRIBUTED needs the word: a literal search spares lines with only "by" the pattern's lazy scan (speed). */
const CONTRIBUTED_WORD = /contributed/i;

/** First letters of the CREDIT_LABELS words (additional, reporting, writing, editing, compiled, graphics, produced, translated, fact-checked). */
const LABEL_INITIALS = new Set([97, 114, 119, 101, 99, 103, 112, 116, 102]);

/**
 * Cheap exact pre-screen (speed): CREDIT_LABELS matches only text that opens, after an optional "(" and
 * spaces, with one of its words. Spares most lines with "by" in them the two replaces that make `inner`.
 */
function mayOpenCreditLabel(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(0) === 40) {
    i = 1;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  }
  return LABEL_INITIALS.has(text.charCodeAt(i) | 32);
}

/** "By Jane Doe and John Roe, Associated Press" → ["Jane Doe", "John Roe"]; null if not a byline. */
export function parseBylineLine(line: string): string[] | null {
  const t = line.trim();
  // Every byline opens with "By" (checked on the first letter first: speed).
  if ((t.charCodeAt(0) | 32) !== 98) return null;
  const m = BYLINE.exec(t);
  if (!m) return null;
  let names = m[1].replace(/\s*\|.*$/, '');
  for (let i = 0; i < 2; i++) names = names.replace(BYLINE_ORG_TAIL, '');
  const list = splitNames(names).map(titleCaseIfShouted);
  return nonEmpty(list);
}

/** "Reporting by A in X; Writing by B; Editing by C and D" → every named person, in order. */
function creditLineNames(inner: string): string[] {
  const out: string[] = [];
  for (const part of inner.split(/\s*;\s*/)) {
    const body = part.replace(CREDIT_LABELS, '');
    if (body === part) continue;
    out.push(...splitNames(body));
  }
  return out;
}

/** Split "A, B and C in Kyiv" into names, dropping places and rejecting anything that is not a name. */
function splitNames(s: string): string[] {
  const out: string[] = [];
  const parts = s.replace(/\.$/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/);
  for (const raw of parts) {
    const name = raw.replace(/\s+(?:in|from|at)\s+[A-Z].*$/, '').trim();
    if (name && isName(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A personal name: 1–5 capitalised words, lowercase particles allowed inside. */
function isName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.\-]*$/u.test(w) || NAME_PARTICLES.has(w) || /^(?:al|el)-\p{Lu}/u.test(w));
}

/** "JANE DOE" → "Jane Doe" (bylines are often set in capitals); mixed case is kept as printed. */
function titleCaseIfShouted(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function nonEmpty(list: string[]): string[] | null {
  return list.length ? list : null;
}
