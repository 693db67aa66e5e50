/** The two static files (stylesheet and the small script), read once, served with ETags. */
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const FILES = {
  'site.css': 'text/css; charset=utf-8',
  'site.js': 'text/javascript; charset=utf-8',
} as const;

export function assetRoutes(): Hono {
  const app = new Hono();
  for (const [name, type] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    app.get(`/assets/${name}`, (c) => {
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
      return c.body(body, 200, { 'content-type': type, etag, 'cache-control': 'public, max-age=3600' });
    });
  }
  return app;
}
