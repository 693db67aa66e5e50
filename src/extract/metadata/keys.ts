/**
 * `<meta>` keys (lower-cased property / name / http-equiv / itemprop) read for each field, in
 * priority order. The families: OpenGraph and article:*, Twitter cards, Parse.ly, Sailthru,
 * Dublin Core (dc./dcterms.), Highwire/Google Scholar citation_*, cXense, and plain names.
 */
export const K = {
  /** og:site_name first; JSON-LD publisher sits between it and the rest. */
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'cxenseparse:recs:publisher', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'publisher'],
  /** article:section first; JSON-LD articleSection sits between it and the rest. */
  section: ['article:section', 'parsely-section', 'sailthru.section', 'section', 'sections', 'article.section', 'cxenseparse:recs:category', 'category'],
  /** og:title and twitter:title (after JSON-LD headline); microdata sits between them and the rest. */
  headline: ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'headline', 'title'],
  /** og:description and description (before JSON-LD), then the rest. */
  description: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description', 'sailthru.description'],
  author: ['author', 'article:author', 'article:author_name', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'citation_authors', 'byl', 'cxenseparse:author', 'cxenseparse:recs:author', 'author_name', 'authors', 'book:author'],
  published: [
    'article:published_time', 'og:published_time', 'article:published', 'og:article:published_time', 'article:published_date',
    'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
    'citation_publication_date', 'citation_date', 'citation_online_date', 'cxenseparse:recs:publishtime', 'date', 'pubdate', 'publishdate',
    'publish-date', 'publish_date', 'published_time', 'published-date', 'article.published', 'original-publish-date', 'displaydate',
    'release_date', 'datepublished', 'datecreated',
  ],
  updated: [
    'article:modified_time', 'og:updated_time', 'article:modified', 'dcterms.modified', 'dc.date.modified', 'article.updated',
    'modified_time', 'last-modified', 'lastmod', 'revised', 'cxenseparse:recs:modifytime', 'datemodified',
  ],
  language: ['content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale', 'inlanguage'],
  canonical: ['og:url', 'parsely-link', 'twitter:url'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'parsely-image-url', 'sailthru.image.full', 'thumbnail', 'thumbnailurl'],
  tags: ['article:tag', 'parsely-tags', 'sailthru.tags', 'cxenseparse:recs:tag'],
  keywords: ['news_keywords', 'keywords'],
} as const;
