/** @jsxImportSource hono/jsx */
/** The HTML site: home, sections, search, article pages and their continuous-reading parts. */
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { StoreQueryError } from '../../store/store.ts';
import type { SiteContext } from '../context.ts';
import { doctype, feedAlternates, Layout, type Head } from '../views/layout.tsx';
import { ArticleView } from '../views/article.tsx';
import { ErrorView, HomeView, SearchView, SectionView } from '../views/listing.tsx';
import { articleHead } from './article-head.ts';
import { absolute, permalink, sectionUrl } from '../urls.ts';
import { rendered, send } from '../cache.ts';

const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' };

export function page(ctx: SiteContext, head: Head, body: Child, query?: string): string {
  return doctype(
    String(
      <Layout head={head} siteName={ctx.siteName} sections={ctx.sections()} query={query}>
        {body}
      </Layout>,
    ),
  );
}

export function errorPage(ctx: SiteContext, c: Context, status: 400 | 404 | 500, text: string) {
  const title = status === 404 ? 'Page not found' : status === 400 ? 'That request did not work' : 'Something went wrong';
  const html = page(ctx, { title: `${title} — ${ctx.siteName}`, robots: 'noindex' }, <ErrorView status={status} title={title} text={text} />);
  return c.body(html, status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
}

/** Serve a list page from the page cache (with ETag and 304), or render and remember it. */
function cached(ctx: SiteContext, c: Context, key: string, render: () => string) {
  let r = ctx.pages.get(key);
  if (r === undefined) {
    r = rendered(render());
    ctx.pages.set(key, r);
  }
  return send(c, r, HTML_HEADERS);
}

export function siteRoutes(ctx: SiteContext): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const cursor = c.req.query('cursor') ?? null;
    const key = `${ctx.origin(c)}/?${cursor ?? ''}`;
    return cached(ctx, c, key, () => {
      const latest = ctx.store.listSummaries({ limit: cursor ? 20 : 10, cursor });
      const origin = ctx.origin(c);
      const head: Head = {
        title: cursor ? `Older stories — ${ctx.siteName}` : `${ctx.siteName} — latest news`,
        description: `The latest stories on ${ctx.siteName}.`,
        canonical: absolute(origin, '/'),
        alternates: feedAlternates('', ctx.siteName),
        meta: [
          { property: 'og:type', content: 'website' },
          { property: 'og:title', content: ctx.siteName },
          { property: 'og:url', content: absolute(origin, '/') },
        ],
      };
      const bySection = cursor
        ? []
        : ctx.sections().slice(0, 6).map((s) => ({ ...s, items: ctx.store.listSummaries({ section: s.slug, limit: 4 }).items }));
      const more = latest.nextCursor ? `/?cursor=${encodeURIComponent(latest.nextCursor)}` : null;
      return page(ctx, head, <HomeView latest={latest.items} bySection={bySection} more={more} />);
    });
  });

  app.get('/section/:slug', (c) => {
    const slug = c.req.param('slug');
    const cursor = c.req.query('cursor') ?? null;
    const section = ctx.sections().find((s) => s.slug === slug);
    if (!section) return errorPage(ctx, c, 404, 'There is no section with that name.');
    const key = `${ctx.origin(c)}/section/${slug}?${cursor ?? ''}`;
    return cached(ctx, c, key, () => {
      const list = ctx.store.listSummaries({ section: slug, cursor, limit: 20 });
      const prefix = sectionUrl(slug);
      const head: Head = {
        title: `${section.name} — ${ctx.siteName}`,
        description: `${section.name} stories on ${ctx.siteName}.`,
        canonical: absolute(ctx.origin(c), prefix),
        alternates: [...feedAlternates(prefix, `${ctx.siteName}: ${section.name}`), ...feedAlternates('', ctx.siteName)],
      };
      const next = list.nextCursor ? `${prefix}?cursor=${encodeURIComponent(list.nextCursor)}` : null;
      return page(ctx, head, <SectionView name={section.name} slug={slug} items={list.items} next={next} first={!cursor} />);
    });
  });

  app.get('/search', (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 300);
    const pageNo = Number(c.req.query('page') ?? '1');
    if (!Number.isInteger(pageNo) || pageNo < 1 || pageNo > 1000) return errorPage(ctx, c, 400, 'The page number must be a whole number from 1.');
    const size = 10;
    const filters = { section: c.req.query('section') ?? null, author: c.req.query('author') ?? null, site: c.req.query('site') ?? null };
    const r = q.trim() ? ctx.store.search(q, { ...filters, limit: size, offset: (pageNo - 1) * size }) : { hits: [], total: 0 };
    const params = new URLSearchParams({ q });
    for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
    const head: Head = { title: q ? `Search: ${q} — ${ctx.siteName}` : `Search — ${ctx.siteName}`, robots: 'noindex' };
    const view = <SearchView query={q} hits={r.hits} total={r.total} capped={r.totalCapped} page={pageNo} pages={Math.ceil(r.total / size)} base={`/search?${params}`} />;
    return c.body(page(ctx, head, view, q), 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  });

  app.get('/article/:id', (c) => {
    const id = c.req.param('id');
    const origin = ctx.origin(c);
    const r = ctx.article(`${origin}/article/${id}`, id, () => {
      const item = ctx.store.getArticle(id);
      if (!item) return null;
      const url = absolute(origin, permalink(id));
      const view = (
        <ArticleView item={item} bodyHtml={ctx.bodyHtml(item)} absoluteUrl={url} related={ctx.store.related(id, 4)} next={ctx.store.next(id)} />
      );
      return { value: rendered(page(ctx, articleHead(ctx, item, origin), view), item.storedAt), version: item.version };
    });
    if (!r) return errorPage(ctx, c, 404, 'We could not find that story. It may have been removed, or the link may be mistyped.');
    return send(c, r, HTML_HEADERS);
  });

  app.get('/article/:id/part', (c) => {
    const id = c.req.param('id');
    const origin = ctx.origin(c);
    const r = ctx.article(`${origin}/part/${id}`, id, () => {
      const item = ctx.store.getArticle(id);
      if (!item) return null;
      const url = absolute(origin, permalink(id));
      const html = String(
        <ArticleView item={item} bodyHtml={ctx.bodyHtml(item)} absoluteUrl={url} related={ctx.store.related(id, 4)} next={ctx.store.next(id)} continued />,
      );
      return { value: rendered(html, item.storedAt), version: item.version };
    });
    return r ? send(c, r, HTML_HEADERS) : c.body('', 404);
  });

  return app;
}

/** Site errors: a bad cursor or date is a 400 page, anything else a 500 page. */
export function siteError(ctx: SiteContext, c: Context, e: unknown) {
  if (e instanceof StoreQueryError) return errorPage(ctx, c, 400, e.message);
  console.error(e);
  return errorPage(ctx, c, 500, 'The server could not build this page. Please try again.');
}
