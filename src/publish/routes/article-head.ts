/** The article page's `<head>`: title, canonical, feeds, OpenGraph/Twitter cards, NewsArticle JSON-LD. */
import type { StoredArticle } from '../../store/store.ts';
import type { SiteContext } from '../context.ts';
import type { Head } from '../views/layout.tsx';
import { feedAlternates } from '../views/layout.tsx';
import { newsArticleJsonLd, scriptSafeJson } from '../jsonld.ts';
import { absolute, permalink, sectionUrl } from '../urls.ts';
import { galleryItems } from '../body.ts';
import { headlineOf } from '../headline.ts';

export function articleHead(ctx: SiteContext, item: StoredArticle, origin: string): Head {
  const a = item.article;
  const url = absolute(origin, permalink(a.id));
  const title = headlineOf(a);
  const description = a.description ?? a.text.slice(0, 200).replace(/\s+/g, ' ').trim();
  const image = galleryItems(a)[0]?.src ?? null;
  const meta: Head['meta'] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: ctx.siteName },
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
  if (image) meta.push({ property: 'og:image', content: image }, { name: 'twitter:image', content: image });
  if (a.published) meta.push({ property: 'article:published_time', content: a.published });
  if (a.updated) meta.push({ property: 'article:modified_time', content: a.updated });
  if (a.section) meta.push({ property: 'article:section', content: a.section });
  for (const au of a.authors) meta.push({ property: 'article:author', content: au });
  if (a.language) meta.push({ property: 'og:locale', content: a.language.replace('-', '_') });
  const alternates = item.sectionSlug
    ? [...feedAlternates(sectionUrl(item.sectionSlug), `${ctx.siteName}: ${a.section}`), ...feedAlternates('', ctx.siteName)]
    : feedAlternates('', ctx.siteName);
  return {
    title: `${title} — ${ctx.siteName}`,
    description,
    canonical: url,
    alternates,
    meta,
    jsonLd: scriptSafeJson(newsArticleJsonLd(a, url, ctx.siteName)),
    lang: a.language,
  };
}
