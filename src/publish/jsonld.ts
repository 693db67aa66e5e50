/**
 * schema.org NewsArticle for the article page, and its safe serialisation inside
 * `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line separators are escaped
 * as \u sequences, so no stored text can close the script element.
 */
import type { Article } from '../model/article.ts';
import { safeUrl } from './urls.ts';

export function datelineText(a: Article): string | null {
  if (!a.dateline) return null;
  return a.dateline.agency ? `${a.dateline.place} (${a.dateline.agency})` : a.dateline.place;
}

export function newsArticleJsonLd(a: Article, url: string, siteName: string): Record<string, unknown> {
  const images = a.images.map((i) => safeUrl(i.url, ['http:', 'https:'])).filter((u): u is string => !!u);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: a.headline ?? undefined,
    description: a.description ?? undefined,
    datePublished: a.published ?? undefined,
    dateModified: a.updated ?? a.published ?? undefined,
    articleSection: a.section ?? undefined,
    dateline: datelineText(a) ?? undefined,
    inLanguage: a.language ?? undefined,
    author: a.authors.length ? a.authors.map((name) => ({ '@type': 'Person', name })) : undefined,
    contributor: a.contributors.length ? a.contributors.map((name) => ({ '@type': 'Person', name })) : undefined,
    image: images.length ? images : undefined,
    keywords: a.tags.length ? a.tags.join(', ') : undefined,
    isBasedOn: safeUrl(a.canonicalUrl ?? a.url, ['http:', 'https:']) ?? undefined,
    sourceOrganization: a.siteName ? { '@type': 'Organization', name: a.siteName } : undefined,
    publisher: { '@type': 'Organization', name: siteName },
  };
  return ld;
}

/** JSON that is safe verbatim inside a `<script>` element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
