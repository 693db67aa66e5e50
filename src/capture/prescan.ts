/**
 * The HTML spec's "prescan a byte stream to determine its encoding", over the first 4 KB: finds
 * `<meta charset>` or `<meta http-equiv="content-type" content="…charset=…">` while skipping
 * comments and other tags' attributes (so a `charset=` inside a comment or a script attribute does
 * not count). The bytes are viewed as latin1 so one char is one byte.
 */
import { normalizeLabel, type EncodingName } from './labels.ts';

const PRESCAN_BYTES = 4096;
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

interface Attr {
  name: string;
  value: string;
}

/** Reads one attribute at `pos` (spec's "get an attribute"); returns it and the new position, or null at `>`/end. */
function getAttribute(s: string, pos: number): { attr: Attr; pos: number } | null {
  let p = pos;
  while (p < s.length && (isSpace(s[p]) || s[p] === '/')) p++;
  if (p >= s.length || s[p] === '>') return null;
  let name = '';
  let value = '';
  for (;;) {
    if (p >= s.length) return { attr: { name, value }, pos: p };
    const c = s[p];
    if (c === '=' && name) break;
    if (isSpace(c)) {
      while (p < s.length && isSpace(s[p])) p++;
      if (s[p] !== '=') return { attr: { name, value }, pos: p };
      break;
    }
    if (c === '/' || c === '>') return { attr: { name, value }, pos: p };
    name += c.toLowerCase();
    p++;
  }
  p++; // past '='
  while (p < s.length && isSpace(s[p])) p++;
  const q = s[p];
  if (q === '"' || q === "'") {
    const end = s.indexOf(q, p + 1);
    if (end < 0) return { attr: { name, value: s.slice(p + 1).toLowerCase() }, pos: s.length };
    return { attr: { name, value: s.slice(p + 1, end).toLowerCase() }, pos: end + 1 };
  }
  if (q === '>') return { attr: { name, value }, pos: p };
  while (p < s.length && !isSpace(s[p]) && s[p] !== '>') value += s[p++].toLowerCase();
  return { attr: { name, value }, pos: p };
}

/** The spec's "extract a character encoding from a meta element" on a `content` value. */
export function charsetFromMetaContent(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let p = at + 7;
    while (p < lower.length && isSpace(lower[p])) p++;
    if (lower[p] !== '=') {
      from = at + 7;
      continue;
    }
    p++;
    while (p < lower.length && isSpace(lower[p])) p++;
    const q = lower[p];
    if (q === '"' || q === "'") {
      const end = lower.indexOf(q, p + 1);
      return end < 0 ? null : lower.slice(p + 1, end);
    }
    let end = p;
    while (end < lower.length && !isSpace(lower[end]) && lower[end] !== ';') end++;
    return end > p ? lower.slice(p, end) : null;
  }
}

/** Evaluates one `<meta>` element's attributes; returns the declared label or null. */
function metaCharset(s: string, start: number): { label: string | null; pos: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let pos = start;
  for (let r = getAttribute(s, pos); r; r = getAttribute(s, pos)) {
    pos = r.pos;
    const { name, value } = r.attr;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv' && value === 'content-type') gotPragma = true;
    else if (name === 'content' && charset === null) {
      const c = charsetFromMetaContent(value);
      if (c) {
        charset = c;
        needPragma = true;
      }
    } else if (name === 'charset') {
      charset = value;
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma)) return { label: null, pos };
  return { label: charset, pos };
}

/** Skips a non-meta tag and its attributes (so their values are never read as meta). */
function skipTag(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && !isSpace(s[p]) && s[p] !== '>') p++;
  for (let r = getAttribute(s, p); r; r = getAttribute(s, p)) p = r.pos;
  return p + 1;
}

export interface PrescanResult {
  encoding: EncodingName;
  /** The label as written in the document. */
  label: string;
}

/**
 * The encoding declared by the document itself, or null. A declared UTF-16 means UTF-8 here (the
 * bytes reached us as an ASCII-compatible stream, so the declaration is wrong), as the spec says.
 * Unknown labels are returned with `encoding: null` via `unknownLabel` so the caller can report them.
 */
export function prescanMeta(bytes: Uint8Array): { found: PrescanResult | null; unknownLabel: string | null } {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  let unknownLabel: string | null = null;
  let pos = 0;
  while (pos < s.length) {
    const lt = s.indexOf('<', pos);
    if (lt < 0) break;
    pos = lt;
    if (s.startsWith('<!--', pos)) {
      const end = s.indexOf('-->', pos + 2);
      pos = end < 0 ? s.length : end + 3;
    } else if (/^<meta[\s/]/i.test(s.slice(pos, pos + 6))) {
      const r = metaCharset(s, pos + 6);
      pos = r.pos + 1;
      if (r.label === null) continue;
      const enc = normalizeLabel(r.label);
      if (!enc) {
        unknownLabel ??= r.label;
        continue;
      }
      const encoding = enc === 'utf-16le' || enc === 'utf-16be' ? 'utf-8' : enc;
      return { found: { encoding, label: r.label }, unknownLabel };
    } else if (/^<\/?[a-z]/i.test(s.slice(pos, pos + 3))) {
      pos = skipTag(s, pos + 1);
    } else if (s.startsWith('<!', pos) || s.startsWith('</', pos) || s.startsWith('<?', pos)) {
      const end = s.indexOf('>', pos);
      pos = end < 0 ? s.length : end + 1;
    } else {
      pos++;
    }
  }
  return { found: null, unknownLabel };
}

/** `<?xml … encoding="…"?>` at the very start (XHTML captures), or null. */
export function xmlDeclEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["'][^>]*\?>/.exec(head);
  return m ? m[1] : null;
}
