/**
 * The last gate for HTML on the way out: every HTML fragment built from stored data passes
 * sanitize-html with a small allow-list before it reaches a page or a feed, even though the
 * views already escape — so a bug in one layer is not an injection.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'em', 'strong', 'span', 'br', 'figure', 'figcaption', 'img'],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'loading', 'decoding', 'width', 'height'],
    span: ['class'],
    p: ['class'],
    th: ['scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }),
  },
};

export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
