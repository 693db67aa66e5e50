/** Small helpers of the `extract` command: option parsing and back-pressured stdout. */

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "5000000", "10M", "512KiB", "1g" → bytes; null when not a positive size. */
export function parseMaxBytes(raw: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(raw);
  if (!m) return null;
  const n = Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** An IANA zone Intl knows, UTC/GMT/Z, or a fixed offset like +08:00 / -0530. */
export function validTimezone(tz: string): boolean {
  const t = tz.trim();
  if (/^(?:UTC|GMT|Z)$/i.test(t)) return true;
  const off = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (off) return Number(off[2]) <= 14 && Number(off[3] ?? 0) < 60;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: t });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes to stdout, waiting for the pipe to drain so large outputs stay bounded in memory. (A
 * reader that went away ends the process quietly: see main.ts.)
 */
export async function writeOut(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
