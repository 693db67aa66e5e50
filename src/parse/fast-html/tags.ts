/**
 * What the fast HTML parser knows about each tag name: one table lookup per tag gives its
 * tokenizer behaviour (void, raw text), its tree-building rule for start and end tags, and the
 * "categories" the tree builder tracks to answer HTML's "is X in scope?" questions in O(1).
 *
 * The sets follow the WHATWG tree-construction chapter (special elements, the default / table
 * scopes, implied end tags), reduced to what changes the shape of an ordinary page.
 */

// ---------------------------------------------------------------- flags (tokenizer, start tags)
/** Never has children: no end tag, never pushed. */
export const F_VOID = 1;
/** Raw text (script, style…): content is text up to the matching end tag, no entities. */
export const F_RAW = 2;
/** Escapable raw text (title, textarea): like F_RAW but entities are decoded. */
export const F_RCDATA = 4;
/** Everything after the start tag is text. */
export const F_PLAINTEXT = 8;
/** May sit in <head>: other start tags close a <head> that is the current node. */
export const F_HEAD_OK = 16;
/** In svg/math, this HTML start tag breaks back out to HTML content. */
export const F_BREAKOUT = 32;
/**
 * A block boundary: white space alone between text and this start or end tag renders as nothing
 * (CSS collapses it at a line box's edge), so the parser does not keep it as a text node.
 */
export const F_BLOCK_WS = 64;

// ---------------------------------------------------------------- categories (tracked on the stack)
/** WHATWG "special" elements: an `any other end tag` walk stops at them. */
export const C_SPECIAL = 1;
/** Special minus address/div/p/li/dd/dt: where the <li>/<dd> implied-close walk stops. */
export const C_CORE = 2;
/** Default scope boundaries (html, table, td, th, caption, applet, marquee, object, template…). */
export const C_SCOPE = 4;
/** Table scope boundaries (html, table, template). */
export const C_TSCOPE = 8;
/** h1…h6 (any heading end tag closes the open heading). */
export const C_HEADING = 16;
/** HTML integration points inside svg/math (foreignObject, desc, title, mi…). */
export const C_INTEGRATION = 32;
export const CATEGORY_COUNT = 6;

// ---------------------------------------------------------------- start-tag rules
export const S_PLAIN = 0;
export const S_CLOSE_P = 1;
export const S_HEADING = 2;
export const S_LI = 3;
export const S_DDT = 4;
export const S_CELL = 5;
export const S_TR = 6;
export const S_TSECTION = 7;
export const S_OPTION = 8;
export const S_OPTGROUP = 9;
export const S_RTP = 10;
export const S_A = 11;
export const S_FORM = 12;
export const S_BODY = 13;
export const S_HTML = 14;
export const S_HEAD = 15;
export const S_BUTTON = 16;

// ---------------------------------------------------------------- end-tag rules
/** "Any other end tag": closes the element if no special element is open inside it. */
export const E_OTHER = 0;
/** Closes the element if it is in (default) scope. */
export const E_BLOCK = 1;
export const E_P = 2;
export const E_LI = 3;
export const E_HEADING = 4;
/** Closes the element if it is in table scope. */
export const E_TABLE = 5;
/** </body>, </html>: ignored, as browsers keep later content in the body. */
export const E_IGNORE = 6;
export const E_BR = 7;
export const E_VOID = 8;

export type ElementKind = 'tag' | 'script' | 'style';

export interface TagInfo {
  readonly id: number;
  readonly name: string;
  readonly flags: number;
  readonly cats: number;
  readonly start: number;
  readonly end: number;
  readonly type: ElementKind;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const VOID = words('area base basefont bgsound br col command embed frame hr img image input isindex keygen link meta param source track wbr');
const RAW = words('script style xmp iframe noembed noframes');
const RCDATA = words('title textarea');
const HEAD_OK = words('base basefont bgsound link meta title noscript noframes style script template head');
const BREAKOUT = words(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
);
const SPECIAL = words(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp mi mo mn ms mtext annotation-xml foreignobject desc',
);
/**
 * Tags whose boundaries swallow white space. Only tags every text reader in Dateline treats as
 * block boundaries (it puts a space there itself), plus head-only tags, so no words can glue.
 */
const BLOCK_WS = words(
  'html head body title meta link script style base noscript template p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr td section header footer figure figcaption br',
);
const NOT_CORE = new Set(words('address div p li dd dt'));
const SCOPE = words('applet caption html table td th marquee object template mi mo mn ms mtext annotation-xml foreignobject desc title');
const TSCOPE = words('html table template');
const HEADINGS = words('h1 h2 h3 h4 h5 h6');
const INTEGRATION = words('mi mo mn ms mtext annotation-xml foreignobject desc title');
/** Start tags that close an open <p> (in button scope). */
const CLOSES_P = words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul pre listing table hr xmp plaintext',
);
/** End tags closed when the element is in default scope. */
const BLOCK_END = words(
  'address article aside blockquote button center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul form dd dt applet marquee object',
);
const TABLE_END = words('td th tr tbody thead tfoot table caption colgroup');
/** Names every builder rule refers to, so they get fixed ids even if no set lists them. */
const OTHER_KNOWN = words(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tt u var video audio picture canvas svg math label option optgroup output progress meter select datalist legend map noscript slot template dialog figure',
);

const START_RULES: Record<string, number> = {
  li: S_LI, dd: S_DDT, dt: S_DDT, td: S_CELL, th: S_CELL, tr: S_TR,
  thead: S_TSECTION, tbody: S_TSECTION, tfoot: S_TSECTION,
  option: S_OPTION, optgroup: S_OPTGROUP, rp: S_RTP, rt: S_RTP, a: S_A, form: S_FORM,
  body: S_BODY, html: S_HTML, head: S_HEAD, button: S_BUTTON,
};

function buildTable(): Map<string, TagInfo> {
  const names = new Set<string>([
    ...VOID, ...RAW, ...RCDATA, ...HEAD_OK, ...BREAKOUT, ...SPECIAL, ...SCOPE, ...CLOSES_P, ...BLOCK_END, ...TABLE_END,
    ...OTHER_KNOWN, 'body', 'html',
  ]);
  const has = (list: string[]) => { const s = new Set(list); return (n: string) => s.has(n); };
  const isBlockWs = has(BLOCK_WS);
  const isVoid = has(VOID), isRaw = has(RAW), isRc = has(RCDATA), isHeadOk = has(HEAD_OK), isBreak = has(BREAKOUT);
  const isSpecial = has(SPECIAL), isScope = has(SCOPE), isTScope = has(TSCOPE), isHeading = has(HEADINGS);
  const isIntegration = has(INTEGRATION), closesP = has(CLOSES_P), isBlockEnd = has(BLOCK_END), isTableEnd = has(TABLE_END);
  const table = new Map<string, TagInfo>();
  let id = 0;
  for (const name of names) {
    let flags = 0;
    if (isVoid(name)) flags |= F_VOID;
    if (isRaw(name)) flags |= F_RAW;
    if (isRc(name)) flags |= F_RCDATA;
    if (name === 'plaintext') flags |= F_PLAINTEXT;
    if (isHeadOk(name)) flags |= F_HEAD_OK;
    if (isBreak(name)) flags |= F_BREAKOUT;
    if (isBlockWs(name)) flags |= F_BLOCK_WS;
    let cats = 0;
    if (isSpecial(name)) cats |= C_SPECIAL | (NOT_CORE.has(name) ? 0 : C_CORE);
    if (isScope(name)) cats |= C_SCOPE;
    if (isTScope(name)) cats |= C_TSCOPE;
    if (isHeading(name)) cats |= C_HEADING;
    if (isIntegration(name)) cats |= C_INTEGRATION;
    const start = START_RULES[name] ?? (isHeading(name) ? S_HEADING : closesP(name) ? S_CLOSE_P : S_PLAIN);
    const end = name === 'p' ? E_P : name === 'li' ? E_LI : isHeading(name) ? E_HEADING : name === 'br' ? E_BR
      : isVoid(name) ? E_VOID : name === 'body' || name === 'html' ? E_IGNORE : isTableEnd(name) ? E_TABLE
        : isBlockEnd(name) ? E_BLOCK : E_OTHER;
    const type: ElementKind = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    table.set(name, { id: id++, name, flags, cats, start, end, type });
  }
  // <image> is parsed as <img> (outside svg, where the builder keeps the name).
  const img = table.get('img')!;
  table.set('image', img);
  return table;
}

/** Lower-case tag name → what the parser knows about it. Unknown names get per-parse ids. */
export const TAGS: ReadonlyMap<string, TagInfo> = buildTable();
/** Known ids are 0…KNOWN_COUNT-1. */
export const KNOWN_COUNT = new Set([...TAGS.values()].map((t) => t.id)).size;

const idOf = (name: string): number => TAGS.get(name)!.id;
export const ID = {
  p: idOf('p'), li: idOf('li'), dd: idOf('dd'), dt: idOf('dt'), td: idOf('td'), th: idOf('th'), tr: idOf('tr'),
  tbody: idOf('tbody'), thead: idOf('thead'), tfoot: idOf('tfoot'), option: idOf('option'), optgroup: idOf('optgroup'),
  rp: idOf('rp'), rt: idOf('rt'), a: idOf('a'), form: idOf('form'), head: idOf('head'), body: idOf('body'),
  html: idOf('html'), button: idOf('button'), ol: idOf('ol'), ul: idOf('ul'), svg: idOf('svg'), math: idOf('math'),
  br: idOf('br'), pre: idOf('pre'), listing: idOf('listing'),
} as const;
