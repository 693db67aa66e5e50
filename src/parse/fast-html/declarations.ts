/**
 * The markup declarations of the fast HTML parser (fast-html.ts): comments, the doctype, CDATA
 * (text inside svg/math) and bogus comments (`<?…>`, `<!x…>`). Each takes the position of its
 * opening and returns where scanning resumes.
 */
import type { TreeBuilder } from './tree.ts';

const GT = 62, BANG = 33, DASH = 45, LBRACKET = 91;

/** `<!` at lt: a comment, a doctype, CDATA (text inside svg/math) or a bogus comment. */
export function markupDeclaration(html: string, lt: number, tb: TreeBuilder): number {
  const c2 = html.charCodeAt(lt + 2);
  if (c2 === DASH && html.charCodeAt(lt + 3) === DASH) return comment(html, lt + 4, tb);
  if (c2 === LBRACKET && html.startsWith('[CDATA[', lt + 2) && tb.inForeign()) {
    const e = html.indexOf(']]>', lt + 9);
    const stop = e < 0 ? html.length : e;
    if (stop > lt + 9) tb.text(html.slice(lt + 9, stop));
    return e < 0 ? html.length : e + 3;
  }
  if ((c2 | 0x20) === 100 && html.slice(lt + 2, lt + 9).toLowerCase() === 'doctype') {
    const gt = html.indexOf('>', lt + 9);
    tb.doctype(html.slice(lt + 2, gt < 0 ? html.length : gt));
    return gt < 0 ? html.length : gt + 1;
  }
  return bogusComment(html, lt + 2, tb);
}

/** A comment body starting at `start` (after `<!--`): ends at `-->` or `--!>`, or at EOF. */
function comment(html: string, start: number, tb: TreeBuilder): number {
  const c0 = html.charCodeAt(start);
  // `<!-->` and `<!--->` are (abruptly closed) empty comments.
  if (c0 === GT) { tb.comment(''); return start + 1; }
  if (c0 === DASH && html.charCodeAt(start + 1) === GT) { tb.comment(''); return start + 2; }
  let k = start;
  for (;;) {
    const d = html.indexOf('--', k);
    if (d < 0) { tb.comment(html.slice(start)); return html.length; }
    const c = html.charCodeAt(d + 2);
    if (c === GT) { tb.comment(html.slice(start, d)); return d + 3; }
    if (c === BANG && html.charCodeAt(d + 3) === GT) { tb.comment(html.slice(start, d)); return d + 4; }
    k = d + 1;
  }
}

/** `<?…>`, `<!x…>`, `</ …>`: a comment up to the next '>'. */
export function bogusComment(html: string, start: number, tb: TreeBuilder): number {
  const gt = html.indexOf('>', start);
  tb.comment(html.slice(start, gt < 0 ? html.length : gt));
  return gt < 0 ? html.length : gt + 1;
}
