/**
 * Content-finding heuristics as data. Each list says why it is there; the numbers were chosen by
 * looking at news pages in general (wire stories, newspapers, blogs), not at any one site.
 */

/** Never content: their text is code, styling, controls or embedded documents. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'button', 'input', 'select', 'option', 'textarea', 'label', 'dialog', 'head', 'title', 'meta', 'link', 'map',
  'audio', 'video', 'source', 'track',
]);

/** Page furniture by element: navigation, forms and sidebars are never the story. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'form', 'menu']);

/** Block-level elements: they end the running paragraph when the body is serialised. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'img', 'caption',
]);

/** Elements that hold paragraph text directly: the units whose length and commas score their ancestors. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4']);

/**
 * class/id words that mark an element as the story's container. Matched as whole words inside
 * class and id values (split on space, `-` and `_`, and camelCase).
 */
export const POSITIVE_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'storybody',
  'postbody', 'postcontent', 'entrycontent', 'articlecontent', 'articletext', 'richtext', 'prose', 'copy',
]);

/**
 * class/id words that mark page furniture around the story: comments, share bars, related links,
 * newsletters, ads, navigation. Matched as whole words like POSITIVE_WORDS.
 */
export const NEGATIVE_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'affiliate', 'banner', 'breadcrumb', 'breadcrumbs',
  'comment', 'comments', 'commentlist', 'community', 'consent', 'cookie', 'cookies', 'disqus', 'dropdown', 'footer',
  'footnote', 'hidden', 'masthead', 'menu', 'modal', 'nav', 'navbar', 'navigation', 'newsletter', 'outbrain', 'pagination',
  'pager', 'paywall', 'popup', 'popular', 'promo', 'promotion', 'recirc', 'recirculation', 'recommended',
  'recommendations', 'related', 'relatedlinks', 'remark', 'replies', 'reply', 'rss', 'share', 'sharing', 'sharebar',
  'shoutbox', 'sidebar', 'signup', 'skyscraper', 'social', 'sponsor', 'sponsored', 'subscribe', 'subscription',
  'taboola', 'tags', 'toolbar', 'tools', 'trending', 'widget', 'newsletters', 'follow', 'teaser', 'teasers', 'more',
  'byline', 'author', 'bio', 'dateline', 'timestamp', 'meta', 'caption', 'credit', 'credits', 'print', 'login',
  'overlay', 'offscreen', 'carousel', 'slideshow', 'lightbox', 'slider', 'srOnly', 'sronly', 'visuallyhidden', 'skip', 'jump', 'toc', 'upsell', 'donate', 'gallery',
]);

/**
 * Words of NEGATIVE_WORDS that, on their own, only lower an element's score but do not remove it
 * from inside the chosen container: content containers carry them too ("article-meta",
 * "post-author", "more-content").
 */
export const SOFT_NEGATIVE_WORDS = new Set(['more', 'widget', 'meta', 'author', 'byline', 'dateline', 'timestamp', 'bio', 'page', 'tools', 'print', 'gallery', 'hidden', 'caption', 'credit', 'credits', 'jump', 'follow', 'footnote']);

/** Structured markers of the story body: when present they decide, whatever the scores say. */
export const ARTICLE_BODY_ITEMPROPS = new Set(['articlebody', 'articleBody', 'text', 'reviewBody', 'reviewbody']);

/** Short paragraphs that are page furniture wherever they appear (lower-cased, trimmed of punctuation). */
export const BOILERPLATE_LINES: RegExp[] = [
  /^(advertisement|advertisements|sponsored|sponsored content|ad|ads|story continues below( advertisement)?|continue reading( below)?|article continues (below|after advertisement))$/,
  /^(read more|read more:?.{0,80}|more:?|related:?.{0,120}|see also:?.{0,120}|recommended( articles| stories| for you)?|most (read|popular|viewed)|don'?t miss|must read|trending( now)?|top stories|editor'?s picks?|you (may|might) also like)$/,
  /^(share|share this( article| story)?|share on (facebook|twitter|x|linkedin|whatsapp|email)|tweet|email|print|copy link|comments?|\d+ comments?|leave a comment|view comments|show comments)$/,
  /^(sign up|subscribe|subscribe now|sign up for (our|the) .{0,60}newsletter.*|get (our|the) .{0,60}newsletter.*|follow us( on .{0,40})?|like us on facebook)$/,
  /^(click here|click to (enlarge|expand)|tap to (enlarge|expand)|skip to (main )?content|back to top|enlarge this image|toggle caption|hide caption|show caption|caption|close|open|image|photo|photos|video|videos|listen|listen to this article|watch|watch now|play|next|previous|prev|\d+ of \d+|\d+ ?\/ ?\d+|\d+:\d{2})$/,
  /^(we use cookies.*|this (site|website) uses cookies.*|accept( all)?( cookies)?|by continuing to use .{0,80})$/,
  /^(loading|loading\.\.\.|please wait|javascript is (disabled|required).{0,80}|your browser does not support .{0,60})$/,
];

/** Link density above which a block or subtree is a list of links, not prose. */
export const MAX_LINK_DENSITY = 0.5;
/** Paragraph text shorter than this adds nothing to a container's score. */
export const MIN_SCORING_CHARS = 25;
