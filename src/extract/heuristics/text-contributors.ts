/**
 * Contributor, editing and byline lines. "X contributed to this report." (AP),
 * "(Reporting by X; Editing by Y)" (Reuters), "Additional reporting by X", "By X and Y".
 */

/** "X contributed to this report." / "X contributed reporting from Y." / "X also contributed." */
export const CONTRIBUTED = /^(.{2,300}?)\s+(?:also\s+)?contributed(?:\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|research|additional reporting))?(?:\s+(?:from|in)\s+[^.]{1,80})?\s*[.)]?$/i;

/** The Reuters credit line: "(Reporting by X in Y; Writing by Z; Editing by W and V)". */
export const CREDIT_LABELS = /^(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|graphics|produced|translated|research|reported|written|edited|fact-checked|additional research)(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+/i;

/** Job descriptions that precede the names in AP contributor lines ("Associated Press writers X and Y"). */
export const ROLE_PREFIX =
  /^(?:the\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg|CNN|NPR|BBC)?\s*(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?|videojournalists?|researchers?|news researchers?|staff)\s+/i;

/** Lowercase particles allowed inside a personal name ("Ursula von der Leyen", "Ahmed bin Salman"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'e', 'ter', 'ten', 'af']);

/** Names are 1–5 words: longer runs are sentences, not names. */
export const MAX_NAME_WORDS = 5;

/** Byline lines: "By Jane Doe", "By JANE DOE and John Roe, Associated Press". */
export const BYLINE = /^By[: ]\s*(.{2,150})$/i;

/** Organisation tails stripped from a byline ("…, Associated Press", "… | Reuters", "… - CNN"). */
export const BYLINE_ORG_TAIL = /\s*(?:,|\||\s[-–—])\s*(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg|CNN|BBC News|BBC|NPR|Staff|Staff Writer|Staff Reporter|Correspondent|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s(?:Correspondent|Reporter|Writer|Editor))\s*$/;
