import { hostLabel } from './authors.ts';
import { asciiPunctuation, cutPipeLabels } from './headline-tidy.ts';

/** A value and the source it came from (the provenance name). */
export interface Sourced {
  value: string;
  source: string;
}

/** What the page calls itself and its story: used to tell a title's site tail from the headline. */
export interface TitleContext {
  siteNames: string[];
  host: string | null;
  section: string | null;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Titles are compared many times over (every `<h1>` against every metadata title, each cut
 * candidate against the others), always as the same few string objects, whose hash V8 keeps:
 * each is folded once. Cleared when large, so a long-running process does not grow it.
 */
const folded = new Map<string, string>();
const squashed = new Map<string, string>();
const MAX_MEMO = 4096;

function memo<V>(cache: Map<string, V>, s: string, f: (s: string) => V): V {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size >= MAX_MEMO) cache.clear();
    v = f(s);
    cache.set(s, v);
  }
  return v;
}

/** Case, quotes, dashes and whitespace folded: the comparison key for titles. */
export function foldTitle(s: string): string {
  return memo(folded, s, foldTitleOnce);
}

function foldTitleOnce(s: string): string {
  return (ASCII.test(s) ? s : s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.]+|[\s"'.:!?]+$/g, '');
}

const squash = (s: string) => memo(squashed, s, (t) => foldTitle(t).replace(/[^\p{L}\p{N}]+/gu, ''));

/** Spaced separators between a headline and its site name ("A | B", "A - B", "A :: B", "A » B"). */
const SEP = /\s+(?:[|·•»~/\\]|[-–—]{1,2}|::)\s+|\s*\|\s*/g;

/** Most characters (letters and digits) a site name and a title segment may differ by and still match as prefixes. */
const PREFIX_SLACK = 10;

/** Words a site adds to its name in a title tail ("Rust Blog" on blog.rust-lang.org). */
const SITE_WORDS = /\b(?:the|blog|news|magazine|online|official|website|site|home|daily|weekly)\b/gi;

/** Does this title segment name the site (its name, its host, its domain) or the section? */
function isSiteSegment(seg: string, ctx: TitleContext): boolean {
  const s = squash(seg);
  if (!s) return false;
  for (const name of ctx.siteNames) {
    const n = squash(name);
    if (!n) continue;
    // Prefix matches ("Docker" ~ "Docker Blog") only when the two differ by a short word or two:
    // "Docker Hardened Images" is a headline about Docker, not the site's name.
    const near = Math.abs(n.length - s.length) <= PREFIX_SLACK;
    if (n === s || (near && n.length >= 4 && (s.startsWith(n) || (n.startsWith(s) && s.length >= 4)))) return true;
  }
  if (ctx.host) {
    const label = hostLabel(ctx.host);
    const host = ctx.host.replace(/^www\d?\./, '').replace(/[^a-z0-9]/gi, '').toLowerCase();
    const core = squash(seg.replace(SITE_WORDS, ' '));
    if (label && core.length >= 4 && core !== s && label.startsWith(core)) return true;
    if (label && (s === label || s === host || (label.length >= 4 && s.startsWith(label) && s.length - label.length <= PREFIX_SLACK) || (s.length >= 5 && label.includes(s)))) return true;
  }
  return !!ctx.section && squash(ctx.section) === s;
}

/**
 * Cut the site-name tail (or head, "Site: Headline") off a title. The tail is recognised by
 * comparing with what else names the site — siteName, og:site_name, the host — or by the other
 * title sources agreeing with the remainder; never by a fixed list of sites.
 */
export function cutSiteTail(title: string, ctx: TitleContext, others: string[] = []): string {
  let t = title.trim();
  const otherKeys = new Set(others.map(foldTitle).filter(Boolean));
  for (let round = 0; round < 3; round++) {
    const next = cutOnce(t, ctx, otherKeys);
    if (next === t) break;
    t = next;
  }
  return t;
}

function cutOnce(t: string, ctx: TitleContext, otherKeys: Set<string>): string {
  const cuts: { at: number; end: number; colon?: boolean }[] = [];
  for (const m of t.matchAll(SEP)) cuts.push({ at: m.index!, end: m.index! + m[0].length });
  const colon = /^([^:]{2,40}):\s+/.exec(t);
  if (colon) cuts.push({ at: colon[1].length, end: colon[0].length, colon: true });
  // By position: "first" and "last" below mean the leftmost and rightmost separators.
  cuts.sort((a, b) => a.at - b.at);
  // The last separator first: the site name sits at the far end.
  for (let i = cuts.length - 1; i >= 0; i--) {
    const { at, end, colon: isColon } = cuts[i];
    const head = t.slice(0, at).trim();
    const tail = t.slice(end).trim();
    if (!head || !tail) continue;
    const last = i === cuts.length - 1;
    // What names the site is settled first: a masthead <h1> showing the site's name must not
    // make the name confirmed as the headline ("Story | Site" with <h1>Site</h1>).
    if (last && isSiteSegment(tail, ctx)) return head;
    if (i === 0 && isSiteSegment(head, ctx)) return tail;
    // "Headline: its subtitle": what follows a colon is the headline's own, never a site name a shorter title left out.
    if (!isColon && otherKeys.has(foldTitle(head))) return head;
    if (otherKeys.has(foldTitle(tail)) && !(last && isNameTail(head, tail))) return tail;
  }
  return t;
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * "A long headline of many words — Short Name": a last segment of at most four words, under half
 * the head's words, is the name a site signs its titles with. When a masthead `<h1>` shows that
 * name it confirms the site, not the headline ("Site — Long headline" keeps its longer tail).
 */
function isNameTail(head: string, tail: string): boolean {
  const tw = wordsIn(tail);
  return tw <= 4 && tw * 2 < wordsIn(head);
}

/** A separator just before the end of the folded text ("… |", "… —"). */
const SEP_BEFORE = /\s(?:[|·•»~/\\]|-{1,2}|::)\s*$/;

/** Is `h1` the short name that signs `title` ("Long headline — Short Name")? Then it is a masthead, not the story's wording. */
function signsTitle(h1: string, title: string): boolean {
  const k = foldTitle(h1);
  const t = foldTitle(title);
  if (!k || t.length <= k.length || !t.endsWith(k)) return false;
  const head = t.slice(0, t.length - k.length);
  return SEP_BEFORE.test(head) && isNameTail(head.replace(SEP_BEFORE, ''), k);
}

/**
 * The generic last resort for a `<title>` nothing else confirms: "Long headline words | Short
 * Name" loses its short last segment when the separator is a pipe-like one.
 */
export function cutShortTail(title: string): string {
  const m = /^(.{20,}?)\s+(?:\||::|»|·|•|[-–—])\s+([^|]{2,40})$/.exec(title);
  if (!m) return title;
  const headWords = m[1].split(/\s+/).length;
  const tailWords = m[2].split(/\s+/).length;
  return headWords >= 4 && tailWords <= 4 && tailWords * 2 < headWords ? m[1].trim() : title;
}

const wordSets = new Map<string, Set<string>>();
const words = (s: string) => memo(wordSets, s, (t) => new Set(foldTitle(t).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2)));

/** Share of `a`'s words (3+ letters) that also occur in `b`. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  if (wa.size < 2) return 0;
  const wb = words(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / wa.size;
}

/**
 * The headline (see pickHeadline), less the short labels a pipe hangs on it (the site tail is
 * looked for again behind them) and with full-width punctuation in Latin text made ASCII.
 */
export function chooseHeadline(metaTitles: Sourced[], h1s: string[], title: string | null, ctx: TitleContext): Sourced | null {
  const got = pickHeadline(metaTitles, h1s, title, ctx);
  if (!got) return null;
  // A <title> has had its own tail treatment (cutSiteTail, cutShortTail): one more cut there was measured to overreach.
  let value = got.source === 'title-tag' ? got.value : cutPipeLabels(got.value);
  if (value !== got.value) value = cutSiteTail(value, ctx, h1s);
  value = asciiPunctuation(value);
  return value === got.value ? got : { value, source: got.source };
}

/** What a link aggregator appends to a story's title: the linked site in parentheses and/or a comment count. */
const AGGREGATOR_TAIL = /^\s*(?:\([a-z0-9-]+(?:\.[a-z0-9-]+)+\)\s*\d*|\d+)$/;

/** Text in capitals throughout (two words or more, no lower-case letter): a display style, not the headline's case. */
function shouting(s: string): boolean {
  return !/\p{Ll}/u.test(s) && /\p{Lu}.*\s.*\p{Lu}/u.test(s);
}

/** Longest label ("Blog:", "Dec 18 2025", "Exclusive:") an `<h1>` may put before the metadata's headline. */
const MAX_KICKER = 25;
/** A kicker is a label ending in a colon ("Blog:", "Title:") or a date ("Dec 18 2025", "2025-12-18"); a bare year or "The" is headline. */
const KICKER = /^(?:[^:]{1,23}:|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/;

/**
 * A visible `<h1>` agreeing with a metadata title wins (it is what readers see, confirmed); else
 * the best metadata title with its site tail cut; else an `<h1>` the `<title>` confirms; else the
 * `<title>` with its tail cut; else the only `<h1>`.
 */
function pickHeadline(metaTitles: Sourced[], h1s: string[], title: string | null, ctx: TitleContext): Sourced | null {
  const metas = metaTitles.filter((m) => m.value.length > 1);
  const all = [...metas.map((m) => m.value), ...(title ? [title] : [])];
  const cutMetas = metas.map((m) => {
    const clean = cutSiteTail(m.value, ctx, h1s);
    const key = foldTitle(m.value);
    // A truncated title's stem ("Long headline…" → "long headline"); '' when it is not truncated.
    const stem = key.replace(/(?:\.\.\.|…)$/, '');
    return { ...m, clean, key, cleanKey: foldTitle(clean), stem: stem === key ? '' : stem };
  });
  for (const h of h1s) {
    const k = foldTitle(h);
    if (!k) continue;
    const sh = squash(h);
    const ch = cutSiteTail(h, ctx, all);
    const chKey = ch !== h ? foldTitle(ch) : null;
    for (const m of cutMetas) {
      // An <h1> may carry the site's name too ("Headline – Site"): what is shown, less that.
      // An <h1> set in capitals is a display style: the metadata's casing of the same words is the headline's.
      if (k === m.cleanKey || k === m.key) return shouting(h) && !shouting(m.clean) ? { value: m.clean, source: m.source } : { value: cutSiteTail(h, ctx), source: 'h1' };
      // The same words with other punctuation ("A: B" shown, "A - B" in metadata): the visible form wins.
      if (sh.length >= 12 && sh === squash(m.value)) return { value: h, source: 'h1' };
      if (chKey !== null && chKey === m.cleanKey) return { value: m.clean, source: m.source };
      // A link aggregator's <h1>: the headline, then the linked site and a comment count ("… (example.com) 87").
      if (m.cleanKey.length >= 20 && k.startsWith(m.cleanKey) && AGGREGATOR_TAIL.test(k.slice(m.cleanKey.length))) return { value: m.clean, source: m.source };
      // A truncated metadata headline ("Long headline…") confirms the full visible one.
      if (m.stem.length >= 30 && k.startsWith(m.stem)) return { value: h, source: 'h1' };
      // The <h1> is the metadata headline behind a short kicker, section label or date ("Blog: …").
      const kicker = k.length - m.cleanKey.length;
      if (m.cleanKey.length >= 20 && kicker > 1 && kicker <= MAX_KICKER && k.endsWith(m.cleanKey) && KICKER.test(k.slice(0, kicker))) return { value: m.clean, source: m.source };
    }
  }
  const h1 = similarH1(h1s, [...cutMetas.map((m) => m.clean), ...(title ? [title] : [])], ctx);
  if (h1) return { value: h1, source: 'h1' };
  if (cutMetas.length) {
    const m = cutMetas[0];
    return { value: m.clean, source: m.source };
  }
  if (title) {
    const cut = cutSiteTail(title, ctx, h1s);
    for (const h of h1s) if (foldTitle(h) === foldTitle(cut)) return { value: h, source: 'h1' };
    const value = cut === title ? cutShortTail(title) : cut;
    if (value) return { value, source: 'title-tag' };
  }
  if (h1s.length === 1 && h1s[0]) return { value: h1s[0], source: 'h1' };
  return null;
}

/**
 * A visible `<h1>` sharing most of its words with a metadata title is the same story's headline
 * in its on-page wording (metadata titles are often SEO or social variants): half of its words
 * when it has four or more, else 60%. Of several, the closest wins: a masthead `<h1>` naming the
 * site shares a word or two with every title, the story's own `<h1>` shares nearly all. An `<h1>`
 * in capitals ("AVERAGE COSTS FOR …") yields to a metadata title in ordinary case: it is a display
 * banner or, at best, the same headline shouted.
 */
function similarH1(h1s: string[], targets: string[], ctx: TitleContext): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const h of h1s) {
    let score = 0;
    for (const t of targets) score = Math.max(score, overlap(h, t));
    if (score <= bestScore || score < (words(h).size >= 4 ? 0.5 : 0.6) || isSiteSegment(h, ctx)) continue;
    if (!targets.some((t) => signsTitle(h, t) || (shouting(h) && !shouting(t)))) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}
