/**
 * Browser-test harness: the app on 127.0.0.1 (port 0) over a temporary store of realistic
 * articles, and Debian's chromium driven by playwright-core. Remote images are answered locally.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeArticles } from '../../src/store/testing.ts';
import { createApp } from '../../src/publish/app.ts';
import type { Article } from '../../src/model/article.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#7a8b99"/><circle cx="300" cy="170" r="80" fill="#c9d3db"/></svg>`;

export interface Harness {
  base: string;
  articles: Article[];
  browser: Browser;
  context(o?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startHarness(n = 12): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
  const store = new SqliteStore(join(dir, 'site.db'));
  const articles = makeArticles(n);
  store.putArticles(articles);
  const app = createApp({ store });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    base,
    articles,
    browser,
    async context(o = {}) {
      const ctx = await browser.newContext({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB', ...o });
      await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/svg+xml', body: PHOTO }) : route.abort(),
      );
      return ctx;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
