/** @jsxImportSource hono/jsx */
/**
 * The page shell: skip link, masthead with sections and search, main landmark, footer with
 * feeds. Everything is escaped by hono/jsx; only pre-serialised JSON-LD enters raw, and it is
 * made script-safe by `scriptSafeJson`.
 */
import type { Child } from 'hono/jsx';
import type { Section } from '../../store/store.ts';
import { sectionUrl } from '../urls.ts';

export interface Alternate {
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  title: string;
  href: string;
}

export interface Head {
  title: string;
  description?: string | null;
  canonical?: string | null;
  alternates?: Alternate[];
  /** `<meta property|name>` pairs (OpenGraph, Twitter). */
  meta?: { property?: string; name?: string; content: string }[];
  /** Already passed through `scriptSafeJson`. */
  jsonLd?: string | null;
  lang?: string | null;
  robots?: string;
}

export interface LayoutProps {
  head: Head;
  siteName: string;
  sections: Section[];
  query?: string;
  children: Child;
}

export function feedAlternates(prefix: string, title: string): Alternate[] {
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: `${prefix}/feed.xml` },
    { type: 'application/atom+xml', title: `${title} (Atom)`, href: `${prefix}/atom.xml` },
    { type: 'application/feed+json', title: `${title} (JSON Feed)`, href: `${prefix}/feed.json` },
  ];
}

export function Layout(p: LayoutProps) {
  const h = p.head;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{h.title}</title>
        {h.description ? <meta name="description" content={h.description} /> : null}
        {h.robots ? <meta name="robots" content={h.robots} /> : null}
        <meta name="color-scheme" content="light dark" />
        {h.canonical ? <link rel="canonical" href={h.canonical} /> : null}
        {(h.alternates ?? []).map((a) => (
          <link rel="alternate" type={a.type} title={a.title} href={a.href} />
        ))}
        {(h.meta ?? []).map((m) => (m.property ? <meta property={m.property} content={m.content} /> : <meta name={m.name} content={m.content} />))}
        <link rel="stylesheet" href="/assets/site.css" />
        <script src="/assets/site.js" defer></script>
        {h.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: h.jsonLd }}></script> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="masthead">
          <div class="masthead-inner">
            <a class="brand" href="/">{p.siteName}</a>
            <form class="search-form" role="search" action="/search" method="get">
              <label for="site-search">Search stories</label>
              <input id="site-search" name="q" type="search" value={p.query ?? ''} autocomplete="off" />
              <button type="submit">Search</button>
            </form>
          </div>
          {p.sections.length ? (
            <nav class="sections" aria-label="Sections">
              <ul>
                {p.sections.slice(0, 12).map((s) => (
                  <li>
                    <a href={sectionUrl(s.slug)}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          {p.children}
        </main>
        <footer class="site-footer">
          <p>
            Feeds: <a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a> · <a href="/feed.json">JSON Feed</a> ·{' '}
            <a href="/sitemap.xml">Sitemap</a> · <a href="/openapi.json">API</a>
          </p>
          <p>Stories are extracted from their publishers' pages; each links to its source.</p>
        </footer>
      </body>
    </html>
  );
}

export function doctype(html: string): string {
  return '<!doctype html>' + html;
}
