/**
 * RSS 2.0 and Atom (via the `feed` package) and JSON Feed 1.1 (written here: `feed` labels its
 * JSON output version 1). Item content is the sanitised body HTML.
 */
import { Feed } from 'feed';
import type { StoredArticle } from '../../store/store.ts';
import { VERSION } from '../../version.ts';
import { absolute, permalink } from '../urls.ts';
import { esc, galleryItems } from '../body.ts';

export interface FeedSpec {
  title: string;
  description: string;
  origin: string;
  /** Site path of the feed's HTML page (`/` or `/section/world`). */
  home: string;
  /** Path prefix for the three feed files ('' or '/section/world'). */
  prefix: string;
  items: StoredArticle[];
  bodyHtml: (s: StoredArticle) => string;
}

const dateOf = (s: StoredArticle, field: 'published' | 'updated') => {
  const v = s.article[field] ?? s.article.published;
  const t = v ? Date.parse(v) : NaN;
  return new Date(Number.isFinite(t) ? t : Date.parse(s.sortTime));
};

function build(spec: FeedSpec): Feed {
  const link = (p: string) => absolute(spec.origin, p);
  const feed = new Feed({
    id: link(spec.home),
    title: spec.title,
    description: spec.description,
    link: link(spec.home),
    language: 'en',
    generator: `Dateline ${VERSION}`,
    updated: spec.items[0] ? dateOf(spec.items[0], 'updated') : new Date(0),
    feedLinks: { rss: link(`${spec.prefix}/feed.xml`), atom: link(`${spec.prefix}/atom.xml`), json: link(`${spec.prefix}/feed.json`) },
    copyright: 'Each story belongs to its publisher.',
  });
  for (const s of spec.items) {
    const a = s.article;
    const url = link(permalink(a.id));
    feed.addItem({
      // Atom marks titles type="html" and many RSS readers render them as HTML: escape.
      title: esc(a.headline ?? 'Untitled story'),
      id: url,
      link: url,
      date: dateOf(s, 'updated'),
      published: dateOf(s, 'published'),
      // RSS readers treat <description> as HTML: the plain-text standfirst goes in escaped.
      description: a.description ? esc(a.description) : undefined,
      content: spec.bodyHtml(s),
      author: a.authors.map((name) => ({ name })),
      category: a.section ? [{ name: a.section }] : undefined,
    });
  }
  return feed;
}

export const rss = (spec: FeedSpec): string => build(spec).rss2();
export const atom = (spec: FeedSpec): string => build(spec).atom1();

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(spec: FeedSpec): string {
  const link = (p: string) => absolute(spec.origin, p);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    home_page_url: link(spec.home),
    feed_url: link(`${spec.prefix}/feed.json`),
    description: spec.description,
    language: 'en',
    items: spec.items.map((s) => {
      const a = s.article;
      const image = galleryItems(a)[0]?.src;
      return {
        id: link(permalink(a.id)),
        url: link(permalink(a.id)),
        external_url: a.canonicalUrl ?? a.url ?? undefined,
        title: a.headline ?? undefined,
        summary: a.description ?? undefined,
        content_html: spec.bodyHtml(s),
        image,
        date_published: dateOf(s, 'published').toISOString(),
        date_modified: dateOf(s, 'updated').toISOString(),
        authors: a.authors.length ? a.authors.map((name) => ({ name })) : undefined,
        tags: a.section ? [a.section, ...a.tags] : a.tags.length ? a.tags : undefined,
        language: a.language ?? undefined,
      };
    }),
  });
}
