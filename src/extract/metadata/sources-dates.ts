import type { Element } from 'domhandler';
import { textOf, type Collected, type OrderedText } from './collect.ts';
import { outsideStory } from './sources.ts';
import type { DateCandidate } from './when.ts';

/**
 * The page's date sources besides metadata tags and JSON-LD: `<time>` elements, visible date lines,
 * dates in inline app state; and nearHeadline, which orders byline and date lines alike by their
 * distance from the headline. (Split from sources.ts, which reads the tags, microdata and bylines.)
 */

const UPDATED_HINT = /updat|modif|revis|edited/i;

/**
 * `<time>` elements: with `pubdate`, or inside the story's header/article, outside comments and
 * lists. Given their text-node orders and the headline's, the ones near the headline come first
 * (a page's first `<time>` is often in a teaser list above the story).
 */
export function readTimes(times: Element[], orders: number[] = [], anchor = -1): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of byNearness(times, orders, anchor).slice(0, 12)) {
    const raw = el.attribs.datetime?.trim() || textOf(el, 80);
    if (!raw || outsideStory(el)) continue;
    const hint = `${el.attribs.class ?? ''} ${el.attribs.itemprop ?? ''} ${el.parent && 'attribs' in el.parent ? (el.parent as Element).attribs.class ?? '' : ''}`;
    const kind = UPDATED_HINT.test(hint) ? 'updated' : 'published';
    if (el.attribs.pubdate !== undefined) {
      out.unshift({ raw, source: 'time', kind: 'published' });
      continue;
    }
    let inStory = false;
    for (let p = el.parent as Element | null, d = 0; p && p.attribs && d < 20 && !inStory; p = p.parent as Element | null, d++) {
      inStory = p.name === 'article' || p.name === 'header' || p.name === 'main';
    }
    if (inStory || out.length === 0) out.push({ raw, source: 'time', kind });
  }
  return out;
}

/** Elements near the headline first (nearest first), then the others in document order. */
function byNearness(els: Element[], orders: number[], anchor: number): Element[] {
  if (anchor < 0 || orders.length !== els.length) return els;
  const near = els.map((el, i) => ({ el, o: orders[i] })).filter(({ o }) => o - anchor <= NEAR_AFTER && anchor - o <= NEAR_BEFORE);
  if (!near.length) return els;
  const dist = (o: number) => (o >= anchor ? o - anchor : (anchor - o) * 3);
  near.sort((a, b) => dist(a.o) - dist(b.o));
  const first = near.map((x) => x.el);
  return [...first, ...els.filter((el) => !first.includes(el))];
}

/** How far (in text nodes) after / before the headline a byline or date line may sit. */
const NEAR_AFTER = 600;
const NEAR_BEFORE = 50;

/**
 * Text lines near the headline, nearest first (lines before it count triple: bylines and dates
 * mostly follow the headline). Without a headline anchor, document order.
 */
export function nearHeadline(texts: OrderedText[], anchor: number): OrderedText[] {
  if (anchor < 0) return texts.slice(0, 10);
  const dist = (t: OrderedText) => (t.order >= anchor ? t.order - anchor : (anchor - t.order) * 3);
  return texts.filter((t) => t.order - anchor <= NEAR_AFTER && anchor - t.order <= NEAR_BEFORE).sort((a, b) => dist(a) - dist(b));
}

/** Visible date lines ("Published 3 March 2025, 10:14"): short date texts near the headline, then date-marked elements and bylines. */
export function readDateLines(c: Collected, anchor: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Sentences ("originally published on …") are read by the shown-date reader, not as date lines.
  for (const t of nearHeadline(c.dateTexts.filter((x) => x.text.length <= 120), anchor).slice(0, 4)) {
    out.push({ raw: stripDateLabel(t.text), source: 'date-text', kind: /^(?:last\s+)?(?:updated|modified)/i.test(t.text) ? 'updated' : 'published' });
  }
  for (const el of [...c.dateLines, ...c.bylines]) {
    if (out.length >= 8) break;
    const text = textOf(el, 160);
    if (text.length < 6 || text.length > 150 || !/\d/.test(text) || outsideStory(el)) continue;
    const hint = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    out.push({ raw: stripDateLabel(text), source: 'date-text', kind: UPDATED_HINT.test(hint) || /^(?:last\s+)?updated/i.test(text) ? 'updated' : 'published' });
  }
  return out;
}

/** "Published on: 3 March 2025" → "3 March 2025". */
function stripDateLabel(s: string): string {
  return s.replace(/^(?:first\s+)?(?:published|posted|updated|last updated|date|on)\b\s*(?:on|at)?\s*:?\s*/i, '');
}

/**
 * Well-known publication-date keys in inline app state (`__NEXT_DATA__`, `window.__INITIAL_STATE__`,
 * headless-CMS payloads), with an ISO value; quotes may be JSON-escaped inside a JS string.
 */
const STATE_DATE = /\\?"(?:datePublished|publishedAt|published_at|firstPublishDate|firstPublishedAt|first_published_at|publishDate|publish_date|publicationDate)\\?"\s*:\s*\\?"(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\\?"/;
/** Only this much of each script is searched: app state can be megabytes. */
const STATE_SCAN = 500_000;

/** The last-resort published date: the first well-known date key in inline script state. */
export function readStateDates(scripts: Element[]): DateCandidate[] {
  for (const el of scripts) {
    const text = textOf(el, STATE_SCAN, true);
    const m = STATE_DATE.exec(text.length > STATE_SCAN ? text.slice(0, STATE_SCAN) : text);
    if (m) return [{ raw: m[1], source: 'script-state', kind: 'published' }];
  }
  return [];
}
