/**
 * Helpers shared by the Markdown, text and HTML renderings of an Article. Article fields come
 * from arbitrary web pages, so every renderer treats every value as hostile: control characters
 * (terminal escape sequences) are stripped and only http(s) URLs survive.
 */
import type { Article } from '../../model/article.ts';

// C0 controls except tab and newline, DEL, and C1 controls (ESC-based terminal sequences, NULs).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The value without control characters (tab and newline kept); CR LF → LF. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** The URL in canonical form when it is absolute http(s), else null (javascript:, data:, relative…). */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(clean(raw).trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  const n = names.map(clean).map((s) => s.trim()).filter(Boolean);
  if (n.length <= 1) return n.join('');
  return `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

/** An ISO 8601 value as people read it: "2025-07-11 09:44 +08:00". */
export function humanTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(clean(iso).trim());
  if (!m) return clean(iso);
  const zone = m[3] === 'Z' ? 'UTC' : m[3] ?? '';
  return [m[1], m[2], zone].filter(Boolean).join(' ');
}

/** The headline to show: the page's, else Dateline's suggestion (flagged), else null. */
export function displayHeadline(a: Article): { text: string; generated: boolean } | null {
  if (a.headline?.trim()) return { text: clean(a.headline).trim(), generated: false };
  if (a.suggestedHeadline?.text?.trim()) return { text: clean(a.suggestedHeadline.text).trim(), generated: true };
  return null;
}

/** "KUALA LUMPUR (Reuters)". */
export function datelineText(a: Article): string | null {
  if (!a.dateline?.place?.trim()) return null;
  const agency = a.dateline.agency?.trim();
  return clean(agency ? `${a.dateline.place.trim()} (${agency})` : a.dateline.place.trim());
}
