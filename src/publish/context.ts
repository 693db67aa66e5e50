/** What every route needs: the store, the site's name and origin, and the page caches. */
import type { Context } from 'hono';
import type { Section, Store, StoredArticle } from '../store/store.ts';
import { PageCache } from './cache.ts';
import { renderBody } from './body.ts';

export interface AppOptions {
  store: Store;
  /** Shown in the masthead, titles and feeds (default "Dateline"). */
  siteName?: string;
  /** Public origin (`https://news.example.com`); default: the request's own origin. */
  baseUrl?: string | null;
  /** Bearer token that `POST /api/ingest` requires; without one, writing is switched off. */
  token?: string | null;
  /** Largest accepted `POST /api/ingest` body in bytes (default 5 MiB). */
  maxIngestBytes?: number;
}

export class SiteContext {
  readonly store: Store;
  readonly siteName: string;
  readonly token: string | null;
  readonly maxIngestBytes: number;
  private readonly baseUrl: string | null;
  readonly pages = new PageCache<string>(2000);
  private readonly bodies = new PageCache<string>(5000);
  private sectionList: Section[] | null = null;

  constructor(o: AppOptions) {
    this.store = o.store;
    this.siteName = o.siteName ?? 'Dateline';
    this.baseUrl = o.baseUrl ? o.baseUrl.replace(/\/+$/, '') : null;
    this.token = o.token ?? null;
    this.maxIngestBytes = o.maxIngestBytes ?? 5 * 1024 * 1024;
  }

  /** Check once per request whether the data changed; drops every cache if it did. */
  sync(): void {
    const token = this.store.changeToken();
    if (this.pages.sync(token)) {
      this.bodies.sync(token);
      this.sectionList = null;
    }
  }

  origin(c: Context): string {
    return this.baseUrl ?? new URL(c.req.url).origin;
  }

  sections(): Section[] {
    this.sectionList ??= this.store.sections();
    return this.sectionList;
  }

  /** Sanitised body HTML for a stored version, rendered once. */
  bodyHtml(item: StoredArticle): string {
    const key = `${item.article.id}@${item.version}`;
    let html = this.bodies.get(key);
    if (html === undefined) {
      html = renderBody(item.article);
      this.bodies.set(key, html);
    }
    return html;
  }
}
