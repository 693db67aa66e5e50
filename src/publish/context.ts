/** What every route needs: the store, the site's name and origin, and the response caches. */
import type { Context } from 'hono';
import type { Section, Store, StoredArticle } from '../store/store.ts';
import { Lru, PageCache, VersionedCache, type Rendered } from './cache.ts';
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
  /** Rendered article pages and API documents kept in memory (default 5,000). */
  cacheSize?: number;
}

export class SiteContext {
  readonly store: Store;
  readonly siteName: string;
  readonly token: string | null;
  readonly maxIngestBytes: number;
  private readonly baseUrl: string | null;
  /** Lists (home, sections, feeds, API listing): dropped whenever the data changes. */
  readonly pages = new PageCache<Rendered>(1000);
  /** One article's page, continuation part or API document: kept while its version holds. */
  readonly articles: VersionedCache<Rendered>;
  /** Sanitised body HTML per article version: a version's body never changes. */
  private readonly bodies = new Lru<string>(5000);
  private sectionList: Section[] | null = null;
  /** The store's change token as of this request. */
  dataToken = 0;

  constructor(o: AppOptions) {
    this.store = o.store;
    this.siteName = o.siteName ?? 'Dateline';
    this.baseUrl = o.baseUrl ? o.baseUrl.replace(/\/+$/, '') : null;
    this.token = o.token ?? null;
    this.maxIngestBytes = o.maxIngestBytes ?? 5 * 1024 * 1024;
    this.articles = new VersionedCache<Rendered>(o.cacheSize ?? 5000);
  }

  /** Check once per request whether the data changed; drops the list caches if it did. */
  sync(): void {
    this.dataToken = this.store.changeToken();
    if (this.pages.sync(this.dataToken)) this.sectionList = null;
  }

  origin(c: Context): string {
    return this.baseUrl ?? new URL(c.req.url).origin;
  }

  sections(): Section[] {
    this.sectionList ??= this.store.sections();
    return this.sectionList;
  }

  /** A cached rendering of article `id` under `key`, or a fresh one (null: no such article). */
  article(key: string, id: string, render: () => { value: Rendered; version: number } | null): Rendered | null {
    const hit = this.articles.lookup(key, this.dataToken, () => this.store.articleVersion(id));
    if (hit) return hit;
    const made = render();
    if (!made) return null;
    this.articles.store(key, made.value, made.version, this.dataToken);
    return made.value;
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
