/** @jsxImportSource hono/jsx */
/**
 * Times: the machine-readable `<time datetime>` with a server-rendered text in UTC (or as the
 * page gave it, when it had no zone); `site.js` rewrites the text into the reader's zone.
 */
const UTC_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' });
const DATE_ONLY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' });

/** Does the ISO string carry a zone (Z or ±hh:mm)? Without one it is a floating local time. */
const hasZone = (iso: string) => /(Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim());
const dateOnly = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());

export function timeText(iso: string): string | null {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  if (dateOnly(iso)) return DATE_ONLY.format(t);
  if (!hasZone(iso)) {
    // A floating time is shown as written, not shifted by the server's zone.
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
    return m ? `${DATE_ONLY.format(Date.parse(m[1]))}, ${m[2]}` : iso;
  }
  return `${UTC_FORMAT.format(t)} UTC`;
}

export function Time(p: { iso: string; cls?: string }) {
  const text = timeText(p.iso);
  if (!text) return null;
  const local = hasZone(p.iso) && !dateOnly(p.iso);
  return (
    <time class={p.cls} datetime={p.iso.trim()} data-local={local ? '' : undefined}>
      {text}
    </time>
  );
}
