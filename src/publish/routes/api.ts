/**
 * The JSON API: public reads (`/api/articles`, `/api/articles/:id`, `/api/search`) and a
 * token-guarded write (`POST /api/ingest`). Every error is JSON `{error: {code, message}}`.
 */
import { Hono, type Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { ArticleFilters, StoredArticle, StoredSummary } from '../../store/store.ts';
import { SNIPPET_CLOSE, SNIPPET_OPEN, StoreQueryError } from '../../store/store.ts';
import { extract } from '../../index.ts';
import type { SiteContext } from '../context.ts';
import { absolute, permalink } from '../urls.ts';
import { toNinjs } from '../api/ninjs.ts';
import { openApiDocument } from '../api/openapi.ts';
import { esc } from '../body.ts';
import { rendered, send } from '../cache.ts';

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' };

export function apiError(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 500, code: string, message: string) {
  return c.json({ error: { code, message } }, status, { 'cache-control': 'no-store' });
}

const FILTERS = ['section', 'author', 'site', 'since', 'until'] as const;

/** Unknown parameters are a 400 naming the allowed ones, so typos do not silently match everything. */
function checkParams(c: Context, allowed: readonly string[]): string | null {
  for (const k of Object.keys(c.req.queries())) if (!allowed.includes(k)) return `Unknown parameter '${k}'. Allowed: ${allowed.join(', ')}.`;
  return null;
}

function filters(c: Context): ArticleFilters {
  const f: ArticleFilters = {};
  for (const k of FILTERS) {
    const v = c.req.query(k);
    if (v !== undefined) f[k] = v;
  }
  const copies = c.req.query('includeCopies');
  if (copies !== undefined) {
    if (copies !== 'true' && copies !== 'false') throw new StoreQueryError('bad-parameter', "'includeCopies' must be true or false.");
    f.includeCopies = copies === 'true';
  }
  return f;
}

function intParam(c: Context, name: string, min: number, max: number): number | undefined {
  const v = c.req.query(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new StoreQueryError('bad-parameter', `'${name}' must be a whole number from ${min} to ${max}.`);
  return n;
}

/** A listing item: the article's summary, where it lives on this site, and its API document. */
export function summaryJson(origin: string, s: StoredSummary) {
  const id = s.summary.id;
  return {
    ...s.summary,
    permalink: absolute(origin, permalink(id)),
    api: absolute(origin, `/api/articles/${encodeURIComponent(id)}`),
    version: s.version,
    storedAt: s.storedAt,
    copyOf: s.copyOf,
  };
}

/** The Dateline JSON of a stored article, with where it lives on this site. */
export function articleJson(origin: string, s: StoredArticle) {
  return { ...s.article, permalink: absolute(origin, permalink(s.article.id)), version: s.version, storedAt: s.storedAt, copyOf: s.copyOf };
}

export function apiRoutes(ctx: SiteContext): Hono {
  const app = new Hono();

  app.get('/api/articles', (c) => {
    const bad = checkParams(c, [...FILTERS, 'includeCopies', 'cursor', 'limit']);
    if (bad) return apiError(c, 400, 'bad-parameter', bad);
    const origin = ctx.origin(c);
    const key = `api:${origin}${c.req.path}?${new URL(c.req.url).search}`;
    let r = ctx.pages.get(key);
    if (r === undefined) {
      const page = ctx.store.listSummaries({ ...filters(c), cursor: c.req.query('cursor') ?? null, limit: intParam(c, 'limit', 1, 100) });
      let next: string | null = null;
      if (page.nextCursor) {
        const u = new URL(c.req.url);
        u.searchParams.set('cursor', page.nextCursor);
        next = absolute(origin, `${u.pathname}${u.search}`);
      }
      r = rendered(JSON.stringify({ items: page.items.map((s) => summaryJson(origin, s)), nextCursor: page.nextCursor, next }));
      ctx.pages.set(key, r);
    }
    return send(c, r, JSON_HEADERS);
  });

  app.get('/api/articles/:id', (c) => {
    const bad = checkParams(c, ['format']);
    if (bad) return apiError(c, 400, 'bad-parameter', bad);
    const format = c.req.query('format') ?? 'dateline';
    if (format !== 'dateline' && format !== 'ninjs') return apiError(c, 400, 'bad-format', "'format' must be dateline or ninjs.");
    const id = c.req.param('id');
    const origin = ctx.origin(c);
    const r = ctx.article(`api:${origin}/${format}/${id}`, id, () => {
      const item = ctx.store.getArticle(id);
      if (!item) return null;
      const doc =
        format === 'ninjs'
          ? toNinjs(item.article, { uri: absolute(origin, permalink(id)), version: item.version, bodyHtml: ctx.bodyHtml(item), storedAt: item.storedAt })
          : { ...articleJson(origin, item), copies: item.copies };
      return { value: rendered(JSON.stringify(doc), item.storedAt), version: item.version };
    });
    if (!r) return apiError(c, 404, 'not-found', `No article with id '${id}'.`);
    return send(c, r, JSON_HEADERS);
  });

  app.get('/api/search', (c) => {
    const bad = checkParams(c, ['q', ...FILTERS, 'includeCopies', 'limit', 'offset']);
    if (bad) return apiError(c, 400, 'bad-parameter', bad);
    const q = c.req.query('q');
    if (q === undefined || !q.trim()) return apiError(c, 400, 'missing-query', "Give the search words in 'q'.");
    const r = ctx.store.search(q, { ...filters(c), limit: intParam(c, 'limit', 1, 100), offset: intParam(c, 'offset', 0, 10_000) });
    const origin = ctx.origin(c);
    const items = r.hits.map((h) => ({
      id: h.item.summary.id,
      permalink: absolute(origin, permalink(h.item.summary.id)),
      headline: h.item.summary.headline,
      section: h.item.summary.section,
      siteName: h.item.summary.siteName,
      published: h.item.summary.published,
      score: h.score,
      snippet: h.snippet.replaceAll(SNIPPET_OPEN, '').replaceAll(SNIPPET_CLOSE, ''),
      snippetHtml: esc(h.snippet).replaceAll(SNIPPET_OPEN, '<mark>').replaceAll(SNIPPET_CLOSE, '</mark>'),
    }));
    return c.json({ query: q, total: r.total, totalCapped: !!r.totalCapped, items });
  });

  app.get('/openapi.json', (c) => c.json(openApiDocument(ctx.origin(c))));

  app.post('/api/ingest', async (c) => {
    if (!ctx.token) return apiError(c, 403, 'writing-disabled', 'This server has no ingest token configured; writing is switched off.');
    if (!authorised(c.req.header('authorization'), ctx.token)) {
      c.header('www-authenticate', 'Bearer realm="dateline"');
      return apiError(c, 401, 'unauthorised', 'POST /api/ingest needs the header Authorization: Bearer <token>.');
    }
    const size = Number(c.req.header('content-length') ?? '0');
    if (size > ctx.maxIngestBytes) return apiError(c, 413, 'too-large', `The body is larger than ${ctx.maxIngestBytes} bytes.`);
    const input = await readIngestBody(c, ctx.maxIngestBytes);
    if ('error' in input) return apiError(c, input.status, input.code, input.error);
    const result = extract(input.content, { url: input.url });
    const put = ctx.store.putArticles(result.articles);
    const origin = ctx.origin(c);
    return c.json(
      {
        articles: put.statuses.map((s) => ({ id: s.id, status: s.status, copyOf: s.copyOf, permalink: absolute(origin, permalink(s.id)) })),
        messages: result.messages,
      },
      put.added ? 201 : 200,
    );
  });

  return app;
}

/** Constant-time token comparison. */
function authorised(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1].trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

type IngestBody = { content: string; url: string | null } | { error: string; status: 400 | 413 | 415; code: string };

/** JSON `{html|text, url?}`, or a raw text/html or text/plain body with `?url=`. */
async function readIngestBody(c: Context, max: number): Promise<IngestBody> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const raw = await c.req.text();
  if (Buffer.byteLength(raw) > max) return { error: `The body is larger than ${max} bytes.`, status: 413, code: 'too-large' };
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return { error: 'The body is not valid JSON.', status: 400, code: 'bad-json' };
    }
    const b = body as { html?: unknown; text?: unknown; url?: unknown };
    const content = typeof b.html === 'string' ? b.html : typeof b.text === 'string' ? b.text : null;
    if (content === null) return { error: "Send {\"html\": \"…\"} or {\"text\": \"…\"}, with an optional \"url\".", status: 400, code: 'bad-body' };
    return { content, url: typeof b.url === 'string' ? b.url : null };
  }
  if (type === 'text/html' || type === 'text/plain') return { content: raw, url: c.req.query('url') ?? null };
  return { error: 'Send application/json, text/html or text/plain.', status: 415, code: 'unsupported-type' };
}
