/**
 * The publishing app: a `fetch(Request) → Response` handler (Hono) that serves the site, the
 * JSON API, feeds and sitemaps from a `Store`. Tests call `app.fetch` directly; `dateline
 * serve` listens with @hono/node-server.
 */
import { Hono, type Context } from 'hono';
import { StoreQueryError } from '../store/store.ts';
import { SiteContext, type AppOptions } from './context.ts';
import { isSecured, SECURITY_HEADERS } from './security.ts';
import { errorPage, siteError, siteRoutes } from './routes/site.tsx';
import { apiError, apiRoutes } from './routes/api.ts';
import { feedRoutes } from './routes/feeds.ts';
import { assetRoutes } from './routes/assets.ts';

export type { AppOptions };

const isApi = (c: Context) => c.req.path.startsWith('/api/') || c.req.path === '/api';

export function createApp(options: AppOptions): Hono {
  const ctx = new SiteContext(options);
  const app = new Hono();
  const notFound = (c: Context) =>
    isApi(c) ? apiError(c, 404, 'not-found', `No such endpoint: ${c.req.method} ${c.req.path}`) : errorPage(ctx, c, 404, 'There is no page at this address.');

  app.use('*', async (c, next) => {
    ctx.sync();
    await next();
    // The hot paths (cached pages, API documents, feeds) build their responses with these
    // headers already (`securedResponse`); everything else (errors, search, assets) gets them here.
    if (!isSecured(c.res)) {
      const h = c.res.headers;
      for (const k in SECURITY_HEADERS) h.set(k, SECURITY_HEADERS[k]);
    }
  });
  app.route('/', assetRoutes());
  app.route('/', apiRoutes(ctx));
  app.route('/', feedRoutes(ctx, notFound));
  app.route('/', siteRoutes(ctx));
  app.notFound(notFound);
  app.onError((e, c) => {
    if (isApi(c)) {
      if (e instanceof StoreQueryError) return apiError(c, 400, e.code, e.message);
      console.error(e);
      return apiError(c, 500, 'internal', 'The server failed to answer this request.');
    }
    return siteError(ctx, c, e);
  });
  return app;
}
