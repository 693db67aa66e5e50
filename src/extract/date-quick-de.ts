/**
 * German written dates ("publiziert am 25. September 2018", "30. Juli 2018, 14:05 Uhr"), read as
 * written. chrono's default parser is English only: it finds nothing in "30. Juli 2018" and reads
 * "25. September 2018" as 1 September (it skips the "25."), so these lines were unread or a
 * wrong day before this reader (date-quick-de.test.ts).
 */
import type { QuickValue } from './date-quick-more.ts';

const MONATE: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6, juli: 7,
  august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
};

const DE_DATE = new RegExp(
  '^(?:(?:publiziert|veröffentlicht|aktualisiert|erschienen|geändert)\\s+)?(?:am\\s+|vom\\s+)?' +
    `(\\d{1,2})\\.\\s*(${Object.keys(MONATE).join('|')})\\s+(\\d{4})` +
    '(?:\\s*(?:,|um)?\\s*(\\d{1,2}):(\\d{2})(?:\\s*uhr)?)?$',
  'i',
);

/** "am 25. September 2018" → 2018-09-25; null for anything else. */
export function quickGermanDate(s: string): QuickValue | null {
  const m = DE_DATE.exec(s);
  if (!m) return null;
  const month = MONATE[m[2].toLowerCase()];
  const year = Number(m[3]), day = Number(m[1]);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (m[4] === undefined) return { year, month, day };
  const hour = Number(m[4]), minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute, second: 0, offset: null };
}
