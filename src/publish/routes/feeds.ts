/** Feeds for the site and each section, sitemap.xml, the Google News sitemap and robots.txt. */
import { Hono, type Context } from 'hono';
import type { StoredSummary } from '../../store/store.ts';
import type { SiteContext } from '../context.ts';
import { atom, jsonFeed, rss, type FeedSpec } from '../feeds/feeds.ts';
import { absolute, permalink, sectionUrl } from '../urls.ts';
import { esc } from '../body.ts';
import { rendered, send } from '../cache.ts';

const FEED_SIZE = 30;
const TYPES = {
  'feed.xml': { type: 'application/rss+xml; charset=utf-8', render: rss },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: atom },
  'feed.json': { type: 'application/feed+json; charset=utf-8', render: jsonFeed },
} as const;
type FeedFile = keyof typeof TYPES;

/** Sitemaps list at most 50,000 URLs (the protocol's limit). */
const SITEMAP_MAX = 50_000;
/** Google News sitemaps list stories from the last two days only, at most 1,000. */
const NEWS_WINDOW_MS = 2 * 24 * 3600 * 1000;

/** Summaries (not whole articles) newest first, up to `max`: sitemaps list thousands. */
function all(ctx: SiteContext, max: number, filter: { since?: string } = {}): StoredSummary[] {
  const out: StoredSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = ctx.store.listSummaries({ ...filter, cursor, limit: 100 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && out.length < max);
  return out.slice(0, max);
}

export function feedRoutes(ctx: SiteContext, notFound: (c: Context) => Response | Promise<Response>): Hono {
  const app = new Hono();
  /** `items` is called only when the feed is not cached. */
  const serve = (c: Context, file: FeedFile, spec: Omit<FeedSpec, 'origin' | 'bodyHtml' | 'items'>, items: () => FeedSpec['items']) => {
    const key = `${ctx.origin(c)}${spec.prefix}/${file}`;
    let r = ctx.pages.get(key);
    if (r === undefined) {
      r = rendered(TYPES[file].render({ ...spec, items: items(), origin: ctx.origin(c), bodyHtml: (s) => ctx.bodyHtml(s) }));
      ctx.pages.set(key, r);
    }
    return send(c, r, { 'content-type': TYPES[file].type, 'cache-control': 'public, max-age=300' });
  };

  for (const file of Object.keys(TYPES) as FeedFile[]) {
    app.get(`/${file}`, (c) =>
      serve(c, file, { title: ctx.siteName, description: `Latest stories on ${ctx.siteName}`, home: '/', prefix: '' }, () => ctx.store.listArticles({ limit: FEED_SIZE }).items),
    );
    app.get(`/section/:slug/${file}`, (c) => {
      const slug = c.req.param('slug');
      const section = ctx.sections().find((s) => s.slug === slug);
      if (!section) return notFound(c);
      const title = `${ctx.siteName}: ${section.name}`;
      const items = () => ctx.store.listArticles({ section: slug, limit: FEED_SIZE }).items;
      return serve(c, file, { title, description: `${section.name} stories on ${ctx.siteName}`, home: sectionUrl(slug), prefix: sectionUrl(slug) }, items);
    });
  }

  app.get('/sitemap.xml', (c) => {
    const origin = ctx.origin(c);
    const urls = [
      `<url><loc>${esc(absolute(origin, '/'))}</loc><changefreq>hourly</changefreq></url>`,
      ...ctx.sections().map((s) => `<url><loc>${esc(absolute(origin, sectionUrl(s.slug)))}</loc><changefreq>hourly</changefreq></url>`),
      ...all(ctx, SITEMAP_MAX - 1 - ctx.sections().length).map(
        (s) => `<url><loc>${esc(absolute(origin, permalink(s.summary.id)))}</loc><lastmod>${esc(lastmod(s))}</lastmod></url>`,
      ),
    ];
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
    return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' });
  });

  app.get('/news-sitemap.xml', (c) => {
    const origin = ctx.origin(c);
    const since = new Date(Date.now() - NEWS_WINDOW_MS).toISOString();
    const items = all(ctx, 1000, { since }).map((s) => {
      const a = s.summary;
      return `<url><loc>${esc(absolute(origin, permalink(a.id)))}</loc><news:news><news:publication><news:name>${esc(ctx.siteName)}</news:name><news:language>${esc((a.language ?? 'en').split('-')[0])}</news:language></news:publication><news:publication_date>${esc(a.published ?? s.sortTime)}</news:publication_date><news:title>${esc(a.headline ?? 'Untitled story')}</news:title></news:news></url>`;
    });
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items.join('\n')}\n</urlset>\n`;
    return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' });
  });

  app.get('/robots.txt', (c) => {
    const origin = ctx.origin(c);
    const txt = `User-agent: *\nAllow: /\nDisallow: /api/ingest\nDisallow: /search\n\nSitemap: ${absolute(origin, '/sitemap.xml')}\nSitemap: ${absolute(origin, '/news-sitemap.xml')}\n`;
    return c.body(txt, 200, { 'content-type': 'text/plain; charset=utf-8' });
  });

  return app;
}

function lastmod(s: StoredSummary): string {
  const v = s.summary.updated ?? s.summary.published;
  const t = v ? Date.parse(v) : NaN;
  return new Date(Number.isFinite(t) ? t : Date.parse(s.storedAt)).toISOString();
}
