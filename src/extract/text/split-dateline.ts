import type { Classified } from './classify.ts';
import { parseDateline } from '../dateline.ts';

/**
 * Agencies and broadcasters that print "(NAME)" in a dateline: the wire services, the big networks,
 * national agencies, and US station call letters (K/W + 2–3 letters). A title-case place with any
 * other parenthetical ("Email Hub (Add-on) – …", "United States (English) - en") is a product or a
 * menu entry, not a dateline.
 */
const AGENCY =
  /^(?:AP|The Associated Press|Associated Press|Reuters|AFP|CNN|CNN Business|CNBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|Fox News|NPR|BBC|UPI|dpa|DPA|Xinhua|Kyodo|Yonhap|TASS|Interfax|EFE|ANSA|PTI|IANS|ANI|AAP|CP|The Canadian Press|Bloomberg|Anadolu|Bernama|Antara|CNS|RNS|JTA|JNS|KCNA|WAM|SPA|MENA|KUNA|QNA|Sputnik|RIA Novosti|HT|IPS|Inquirer|[KW][A-Z]{2,3}(?:-TV)?)$/;

/** A lead paragraph has at least this many words: a dateline opens a paragraph, not a heading or a label. */
const LEAD_MIN_WORDS = 8;

/**
 * More caps-only datelines than this in one capture ("ALLIUMS - A member of…", "LIGHTEN YOUR LOAD – …")
 * is a glossary or a tips list set in the wire style, not stories: a capture of glued stories has one
 * dateline per story, and wire stories with an agency are not counted.
 */
const MAX_BARE_DATELINES = 2;

/**
 * Which lines open a story with a dateline that can be trusted to start one: the dateline parses, the
 * paragraph after it starts a sentence (a capital, a digit or a quote, not "KNIME — short for…") and is
 * long enough to be a lead; the agency, when there is one, is a news agency; without an agency the
 * capture must not be a list of such lines. Linear in the lines (datelines are parsed once each).
 */
export function storyLeads(lines: Classified[]): Uint8Array {
  const lead = new Uint8Array(lines.length);
  const bare: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.dateline || l.words < LEAD_MIN_WORDS) continue;
    const d = parseDateline(l.text);
    if (!d) continue;
    const rest = l.text.slice(l.text.indexOf(d.matched) + d.matched.length);
    if (!/^[\p{Lu}\p{N}"“‘']/u.test(rest)) continue;
    if (d.agency !== null) {
      if (AGENCY.test(d.agency)) lead[i] = 1;
    } else bare.push(i);
  }
  if (bare.length <= MAX_BARE_DATELINES) for (const i of bare) lead[i] = 1;
  return lead;
}
