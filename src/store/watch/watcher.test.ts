/** `watch`: a temp directory and a local feed server on 127.0.0.1; every wait is bounded and the watcher is stopped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { Watcher } from './watcher.ts';
import { feedLinks } from './feed.ts';
import { corpusArticle } from '../synthetic.ts';

/** A page whose text differs from every other title's (so pages are stories, not copies of one). */
const page = (title: string) => {
  const seed = [...title].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const paras = corpusArticle(seed % 100_000).body.map((b) => `<p>${'text' in b ? b.text : ''}</p>`);
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paras.join('')}</article></body></html>`;
};

async function until(what: string, check: () => boolean, ms = 45_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function feedServer(items: string[]): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>${items
        .map((i) => `<item><title>${i}</title><link>${base}/story/${i}</link></item>`)
        .join('')}</channel></rss>`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
    } else if (url.startsWith('/story/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Story ${url.slice(7)} about the pier`));
    } else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

test('watch ingests files as they appear and feed items as they are published', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'first.html'), page('Council opens the first pier'));
  const items = ['one', 'two'];
  const { server, base } = await feedServer(items);
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const errors: string[] = [];
  const watcher = new Watcher(store, [inbox, `${base}/feed.xml`], {
    allowPrivate: true,
    feedIntervalMs: 200,
    rescanMs: 1000,
    debounceMs: 50,
    onError: (s, m) => errors.push(`${s}: ${m}`),
  });
  try {
    await watcher.start();
    // The directory's first scan and the feed's first poll run side by side: wait for both.
    await until('the file already there and both feed items', () => store.count() === 3);
    writeFileSync(join(inbox, 'second.html'), page('Harbour board approves a second pier'));
    await until('the new file', () => store.count() === 4);
    items.push('three');
    await until('the new feed item', () => store.count() === 5);
    const urls = store.listSummaries({ limit: 10 }).items.map((s) => s.summary.url);
    assert.ok(urls.includes(`${base}/story/three`), urls.join(", "));
    assert.deepEqual(errors, []);
  } finally {
    await watcher.stop();
    await new Promise((r) => server.close(r));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without allowPrivate a feed on a private address is refused by the SSRF guard', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-watch-'));
  const { server, base } = await feedServer(['one']);
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  const errors: string[] = [];
  const watcher = new Watcher(store, [`${base}/feed.xml`], { feedIntervalMs: 60_000, onError: (_s, m) => errors.push(m) });
  try {
    await watcher.start();
    assert.equal(store.count(), 0);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /private or local/);
  } finally {
    await watcher.stop();
    await new Promise((r) => server.close(r));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('feedLinks reads RSS, Atom and JSON Feed, and explains what it cannot read', () => {
  const base = 'https://news.example/feeds/main';
  const rss = feedLinks('<rss version="2.0"><channel><item><link>/a/1</link></item><item><guid>https://news.example/a/2</guid></item><item><guid isPermaLink="false">x</guid></item></channel></rss>', base);
  assert.deepEqual(rss, { ok: true, kind: 'rss', links: ['https://news.example/a/1', 'https://news.example/a/2'] });
  const atom = feedLinks(
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/self"/><link href="https://news.example/b/1#top"/></entry><entry><link rel="alternate" href="javascript:alert(1)"/></entry></feed>',
    base,
  );
  assert.deepEqual(atom, { ok: true, kind: 'atom', links: ['https://news.example/b/1'] });
  const json = feedLinks(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'https://news.example/c/1' }, { external_url: '/c/2' }, { id: 'x' }] }), base);
  assert.deepEqual(json, { ok: true, kind: 'json', links: ['https://news.example/c/1', 'https://news.example/c/2'] });
  assert.equal(feedLinks('<html><body>hi</body></html>', base).ok, false);
  assert.equal(feedLinks('{ nope', base).ok, false);
});
