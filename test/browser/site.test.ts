/**
 * The site in a real browser (Debian's chromium via playwright-core): the article page's
 * elements, times in the reader's zone, continuous reading, no-JS fallback, search,
 * keyboard-only use, axe-core (any violation fails), and phone/desktop screenshots in artifacts/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, startHarness, type Harness } from './harness.ts';

const skip = hasChromium ? false : 'chromium is not installed (apt-get install chromium)';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const ARTIFACTS = `${ROOT}artifacts`;

let h: Harness;
/** One JS-enabled context shared by most tests: contexts are the slow part on a busy machine. */
let shared: BrowserContext;
before(async () => {
  if (skip) return;
  h = await startHarness(12);
  shared = await h.context();
});
after(async () => {
  if (!skip) await h.close();
});

const story = (i: number) => h.articles[i];

test('article page shows its elements, with times in the reader zone', { skip, timeout: 20_000 }, async () => {
  const page = await shared.newPage();
  const a = story(8);
  await page.goto(`${h.base}/article/${a.id}`);
  assert.equal(await page.locator('h1.headline').textContent(), a.headline);
  assert.equal(await page.locator('.kicker a').textContent(), a.section);
  assert.match((await page.locator('.byline').textContent()) ?? '', new RegExp(a.authors[0]));
  const time = page.locator('.times time').first();
  assert.equal(await time.getAttribute('datetime'), a.published);
  // Kuala Lumpur is UTC+8: the script rewrote the UTC fallback into the reader's zone.
  await page.waitForFunction(() => !document.querySelector('.times time')!.textContent!.includes('UTC'));
  assert.match((await time.textContent()) ?? '', /GMT\+8|MYT|\+08/);
  assert.equal(await page.locator('.gallery figure').count(), a.images.length - 1);
  assert.equal(await page.locator('figure figcaption').count(), a.images.length);
  assert.ok(await page.locator('button.copy-link').isVisible(), 'copy-link button shown when JS runs');
  assert.equal(await page.locator('.share a').count(), 4);
  assert.ok((await page.locator('.related li').count()) > 0);
  await page.close();
});

test('continuous reading appends the next story and updates URL and title', { skip, timeout: 20_000 }, async () => {
  const page = await shared.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  const a = story(10);
  const next = story(9);
  await page.goto(`${h.base}/article/${a.id}`);
  await page.locator('.next-story a').scrollIntoViewIfNeeded();
  await page.waitForSelector('article.story >> nth=1');
  await page.locator('article.story').nth(1).locator('.headline').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForFunction((url) => location.pathname === url, `/article/${next.id}`);
  assert.equal(await page.title(), `${next.headline} — Dateline`);
  await page.close();
});

test('without JavaScript the next story is a working link', { skip, timeout: 20_000 }, async () => {
  const ctx = await h.context({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${h.base}/article/${story(5).id}`);
  assert.equal(await page.locator('button.copy-link').isVisible(), false);
  assert.match((await page.locator('.times time').first().textContent()) ?? '', /UTC/);
  await page.locator('.next-story a').click();
  await page.waitForURL(`${h.base}/article/${story(4).id}`);
  assert.equal(await page.locator('h1.headline').textContent(), story(4).headline);
  await ctx.close();
});

test('search from the masthead shows highlighted results', { skip, timeout: 20_000 }, async () => {
  const page = await shared.newPage();
  await page.goto(h.base);
  const word = story(3).headline!.split(' ')[0];
  await page.fill('#site-search', word);
  await page.press('#site-search', 'Enter');
  await page.waitForURL(/\/search\?q=/);
  assert.ok((await page.locator('.card').count()) > 0);
  assert.ok((await page.locator('.card mark').count()) > 0);
  await page.close();
});

test('keyboard only: skip link, then search, then a story', { skip, timeout: 20_000 }, async () => {
  const page = await shared.newPage();
  await page.goto(`${h.base}/article/${story(2).id}`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  assert.ok(await page.locator('.skip-link').isVisible(), 'skip link visible when focused');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  assert.ok(inMain, 'focus moved into the main content');
  await page.goto(h.base);
  const focused: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => (document.activeElement as HTMLElement)?.id || document.activeElement?.tagName || ''));
  }
  assert.ok(focused.includes('site-search'), `search field reachable by Tab: ${focused.join(',')}`);
  await page.focus('#site-search');
  await page.keyboard.type(story(1).headline!.split(' ')[0]);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search/);
  await page.locator('.card-title a').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/article\//);
  assert.equal(await page.locator('h1.headline').count(), 1);
  await page.close();
});

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  return result;
}

test('axe-core finds no violations, light and dark', { skip, timeout: 40_000 }, async () => {
  // bypassCSP only so that axe itself can be injected; the site's CSP is tested elsewhere.
  const ctx = await h.context({ bypassCSP: true });
  const page = await ctx.newPage();
  const paths = ['/', `/article/${story(6).id}`, '/section/world', `/search?q=${encodeURIComponent(story(6).headline!.split(' ')[0])}`, '/article/missing'];
  const found: string[] = [];
  // Every page in light; in dark, the pages with the most colour (article, search marks).
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const p of scheme === 'light' ? paths : paths.slice(1, 4).filter((x) => !x.startsWith('/section'))) {
      await page.goto(h.base + p);
      for (const v of await axe(page)) found.push(`${scheme} ${p}: ${v}`);
    }
  }
  assert.deepEqual(found, []);
  await ctx.close();
});

test('screenshots of the article page at phone and desktop widths', { skip, timeout: 20_000 }, async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  const page = await shared.newPage();
  for (const [name, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    await page.goto(`${h.base}/article/${story(7).id}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: no horizontal scrolling (${overflow}px)`);
    await page.screenshot({ path: `${ARTIFACTS}/article-${name}.png`, fullPage: false });
  }
  await page.close();
});
