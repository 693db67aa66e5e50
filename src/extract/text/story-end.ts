/**
 * Lines that close a story in the page's furniture beyond the English footer markers of
 * heuristics/text-chrome.ts: the "related articles" and "leave a comment" headings of the other
 * languages news and blog templates ship in, "Like this:" boxes, and tag or "filed
 * under" lists. Why: on the capture corpus, text kept after a story's end was mostly the run these
 * lines open (related teasers, comment forms, author boxes); as footer lines they end the story's
 * chain, and what follows is kept only when it is another story (see segment.ts).
 */

/** Whole-line headings (a trailing colon, ellipsis or "»" allowed), compared lower-cased. */
const HEADINGS = new Set([
  // related articles (not "read also"/"see also": news sites put those inside the story, above a link)
  'artigos relacionados', 'posts relacionados', 'notícias relacionadas', 'você pode gostar',
  'você também pode gostar', 'você pode gostar também', 'artículos relacionados', 'noticias relacionadas', 'entradas relacionadas',
  'te puede interesar', 'también te puede interesar', 'articles similaires', 'articles connexes', 
  'sur le même sujet', 'vous aimerez aussi', 'vous pourriez aussi aimer', 'ähnliche artikel', 'verwandte artikel',
  'das könnte sie auch interessieren', 'articoli correlati', 'potrebbe interessarti anche', 
  'ti potrebbe interessare', 'вам также может быть интересно', 'похожие статьи', 'artikel terkait',
  'terkait', 'berita terkait', 'gerelateerde artikelen', 'ilgili haberler', 'benzer haberler',
  'powiązane artykuły', 'related posts', 'similar posts', 'related reads',
  'more like this', 'further reading', 'you may also be interested in', 'discussion about this post',
  'recent posts',
  // links to the neighbouring articles under a story ("previous/next post" not: blogs print those above the post too)
  'previous article', 'next article',
  // comments
  'deixe uma resposta', 'deixe um comentário', 'deixe seu comentário', 'comentários', 'deja un comentario', 'deja una respuesta',
  'comentarios', 'laisser un commentaire', 'laisser une réponse', 'commentaires', 'lascia un commento', 'lascia una risposta', 'commenti',
  'schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentar schreiben', 'kommentare', 'добавить комментарий',
  'оставить комментарий', 'комментарии', 'tinggalkan balasan', 'tinggalkan komentar', 'komentar', 'laat een reactie achter',
  'reacties', 'yorum yap', 'yorumlar', 'komentarze', 'dodaj komentarz', 'post a comment', 'add a comment', 'write a comment',
  'submit a comment', 'share your thoughts', 'view comments', 'loading comments', 'comments are closed', 'cancel reply',
  'view the discussion thread',
  // the "Like this:" box blog templates put under a post (share bars are not here: they also stand above the story)
  'like this', 'sukai ini', 'curtir isso', 'me gusta esto', "j'aime ceci", 'gefällt mir', 'mi piace',
]);

/** "Tags: a, b, c", "Tagged with …", "Filed under …", "Etiquetas: …": a tag list closes the story above it. */
const TAG_LIST = /^(?:tags?|tagged(?: with| in)?|filed (?:under|in)|topics|etiquetas|schlagwörter|schlagworte|mots[- ]clés|tag|теги|метки)\s*(?::|\s(?=\S)(?![^.!?]*[.!?]$))/iu;

/**
 * The title of a blog's comment thread: "12 thoughts on “Title”", "One response to "Title"", "59 Comments on
 * “Title”" (WordPress themes and their kin print the post's title in it, so it is longer than a heading).
 */
const COMMENTS_TITLE = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|reactions?)\s+(?:on|to)\s+["“„«‘']/iu;

/** A tag list is short; longer lines that start with "Tags" are prose. */
const TAG_LIST_MAX_CHARS = 300;
const HEADING_MAX_CHARS = 48;
const HEADING_MAX_WORDS = 6;

/** Does this line (its lower-cased `key`, its `words`) close the story: a related/comments heading or a tag list? */
export function storyEndLine(text: string, key: string, words: number): boolean {
  // Called on every line: word count and character codes first; a slice, the set and the regex only on the few lines left.
  const n = key.length;
  if (words <= HEADING_MAX_WORDS && n <= HEADING_MAX_CHARS) {
    let a = 0;
    let b = n;
    while (a < b && isEdge(key.charCodeAt(a))) a++;
    while (b > a && isEdge(key.charCodeAt(b - 1))) b--;
    if (b > a && SHAPES[shape(b - a, key.charCodeAt(a), key.charCodeAt(b - 1))] === 1 && HEADINGS.has(a === 0 && b === n ? key : key.slice(a, b))) return true;
  }
  if (n > TAG_LIST_MAX_CHARS) return false;
  return (tagStart(key) && TAG_LIST.test(text)) || (countStart(key) && COMMENTS_TITLE.test(text));
}

/** Does the line open with a number, or a number word's first letters (see COMMENTS_TITLE)? */
function countStart(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c === 111 || c === 116 || c === 102 || c === 115 || c === 101 || c === 110) && key.includes(' '));
}

/**
 * A cheap filter before the set lookup: the headings' lengths with their first and last letters, folded
 * into a small bit table. Most short lines (menu labels) miss it.
 */
const shape = (len: number, first: number, last: number) => (len * 131 + first * 17 + last) & 4095;
const SHAPES = new Uint8Array(4096);
for (const h of HEADINGS) SHAPES[shape(h.length, h.charCodeAt(0), h.charCodeAt(h.length - 1))] = 1;

/** Does the line open like a tag list (see TAG_LIST): tested by its first letter, then its first word. */
function tagStart(key: string): boolean {
  switch (key.charCodeAt(0)) {
    case 116: return key.startsWith('tag') || key.startsWith('topics'); // t
    case 102: return key.startsWith('filed '); // f
    case 101: return key.startsWith('etiquetas'); // e
    case 115: return key.startsWith('schlagw'); // s
    case 109: return key.startsWith('mots'); // m
    case 0x442: return key.startsWith('теги');
    case 0x43c: return key.startsWith('метки');
    default: return false;
  }
}

/** Punctuation, arrows or spaces that may stand at either end of a heading ("Related posts:", "« Comments »"). */
function isEdge(c: number): boolean {
  return c === 32 || c === 58 || c === 46 || c === 124 || c === 45 || c === 62 || c === 60 || c === 0x2026 || c === 0xbb || c === 0xab || c === 0x203a || c === 0x2039 || c === 0x2013 || c === 0x2014;
}
