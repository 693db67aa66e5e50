/** A temporary store filled with realistic test articles, and the app over it. For tests and benches. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeArticle, makeArticles } from '../store/testing.ts';
import type { Article } from '../model/article.ts';
import { createApp, type AppOptions } from './app.ts';

export const ORIGIN = 'http://test.local';

/** An article whose every text field tries to inject script. */
export function hostileArticle(): Article {
  const x = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
  return makeArticle(
    {
      id: 'hostile',
      headline: `Hostile ${x}`,
      description: `Desc ${x}`,
      section: `World`,
      authors: [`Eve ${x}`],
      contributors: [`Mallory ${x}`],
      dateline: { place: `PLACE ${x}`, agency: 'AP' },
      body: [
        { type: 'paragraph', text: `Click here for more ${x} and see the evil link and the data link.` },
        { type: 'heading', level: 2, text: `<h1 onclick=alert(3)>Heading</h1>` },
        { type: 'quote', text: `"<iframe src=javascript:alert(4)>"` },
        { type: 'table', rows: [[`<b onmouseover=alert(5)>a</b>`, 'b'], ['1', '2']] },
      ],
      images: [
        { url: 'javascript:alert(6)', caption: `Bad url ${x}`, credit: null, alt: null },
        { url: 'https://images.example.com/ok.jpg', caption: `Caption ${x}`, credit: `Credit ${x}`, alt: `Alt ${x}" onload="alert(7)` },
      ],
      links: [
        { url: 'javascript:alert(8)', text: 'evil link' },
        { url: 'data:text/html,<script>alert(9)</script>', text: 'data link' },
        { url: 'https://example.org/more', text: 'Click here' },
      ],
      tags: [`tag ${x}`],
      published: new Date(Date.UTC(2025, 0, 1)).toISOString(),
    },
    999,
  );
}

export function fixture(n = 30, options: Partial<AppOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-app-'));
  const store = new SqliteStore(join(dir, 'site.db'));
  const articles = makeArticles(n);
  store.putArticles(articles);
  const app = createApp({ store, baseUrl: ORIGIN, ...options });
  const get = (path: string, init?: RequestInit) => app.fetch(new Request(ORIGIN + path, init));
  return {
    store,
    app,
    articles,
    get,
    done: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
