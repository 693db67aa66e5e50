/**
 * User text → FTS5 query. Every word becomes a quoted FTS5 string, so operators (AND, OR, NEAR,
 * column filters, parentheses, `*`, `^`) and SQL are searched as text, never interpreted.
 * Kept features: "quoted phrases" and a trailing `*` for a prefix of 3+ letters. Terms are ANDed.
 */

/** Quote one phrase for FTS5: wrap in double quotes and double any inner quote. */
function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

const hasWordChar = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** The FTS5 MATCH expression for a user's search text, or null when it has nothing to search. */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input.slice(0, 1000))) !== null && parts.length < 32) {
    if (m[1] !== undefined) {
      if (hasWordChar(m[1])) parts.push(quote(m[1]));
      continue;
    }
    const raw = m[2];
    const term = raw.replace(/\*+$/, '');
    // A prefix needs three letters or digits: shorter ones match too many words to be useful or cheap.
    const prefix = term !== raw && /[\p{L}\p{N}]$/u.test(term) && (term.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3;
    if (!hasWordChar(term)) continue;
    parts.push(prefix ? `${quote(term)}*` : quote(term));
  }
  return parts.length ? parts.join(' ') : null;
}

/** Terms joined by OR: used to find stories sharing some of an article's key words. */
export function anyOf(terms: readonly string[]): string | null {
  const q = terms.filter(hasWordChar).map(quote);
  return q.length ? q.join(' OR ') : null;
}
