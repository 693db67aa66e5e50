/** @jsxImportSource hono/jsx */
/** Home, section and search pages: lists of story cards, with pagination links. */
import type { SearchHit, StoredSummary } from '../../store/store.ts';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../store/store.ts';
import { permalink, sectionUrl } from '../urls.ts';
import { headlineOf } from '../headline.ts';
import { Time } from './time.tsx';

export function Card(p: { item: StoredSummary; snippet?: string; level?: 2 | 3 }) {
  const a = p.item.summary;
  const H = p.level === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <H class="card-title">
        <a href={permalink(a.id)}>{headlineOf(a)}</a>
      </H>
      <p class="card-meta">
        {a.section && p.item.sectionSlug ? <a href={sectionUrl(p.item.sectionSlug)}>{a.section}</a> : null}
        {a.section && p.item.sectionSlug ? ' · ' : null}
        {a.siteName ? <span>{a.siteName}</span> : null}
        {a.siteName && a.published ? ' · ' : null}
        {a.published ? <Time iso={a.published} /> : null}
      </p>
      {p.snippet !== undefined ? <Snippet text={p.snippet} /> : a.description ? <p class="card-text">{a.description}</p> : null}
    </li>
  );
}

/** A search snippet: the text escaped, the store's match markers turned into `<mark>`. */
export function Snippet(p: { text: string }) {
  const parts: (string | { mark: string })[] = [];
  const re = new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, 'g');
  let last = 0;
  for (const m of p.text.matchAll(re)) {
    parts.push(p.text.slice(last, m.index));
    parts.push({ mark: m[1] });
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(p.text.slice(last));
  return <p class="card-text snippet">{parts.map((x) => (typeof x === 'string' ? x.replace(/[\u0002\u0003]/g, '') : <mark>{x.mark}</mark>))}</p>;
}

export function HomeView(p: { latest: StoredSummary[]; bySection: { name: string; slug: string; items: StoredSummary[] }[]; more: string | null }) {
  return (
    <div class="listing">
      <h1 class="page-title">Latest stories</h1>
      {p.latest.length === 0 ? <p>No stories yet. Ingest some pages with <code>dateline ingest</code>.</p> : null}
      <ul class="cards">
        {p.latest.map((i) => (
          <Card item={i} level={2} />
        ))}
      </ul>
      {p.bySection.map((s) => (
        <section class="section-block" aria-labelledby={`sec-${s.slug}`}>
          <h2 id={`sec-${s.slug}`}>
            <a href={sectionUrl(s.slug)}>{s.name}</a>
          </h2>
          <ul class="cards">
            {s.items.map((i) => (
              <Card item={i} />
            ))}
          </ul>
        </section>
      ))}
      {p.more ? <Pager next={p.more} label="Older stories" /> : null}
    </div>
  );
}

export function SectionView(p: { name: string; items: StoredSummary[]; next: string | null; first: boolean; slug: string }) {
  return (
    <div class="listing">
      <h1 class="page-title">{p.name}</h1>
      {p.items.length === 0 ? <p>No stories in this section.</p> : null}
      <ul class="cards">
        {p.items.map((i) => (
          <Card item={i} level={2} />
        ))}
      </ul>
      <Pager next={p.next} label="Older stories" first={p.first ? null : sectionUrl(p.slug)} />
    </div>
  );
}

export function SearchView(p: { query: string; hits: SearchHit[]; total: number; capped?: boolean; page: number; pages: number; base: string }) {
  const link = (n: number) => `${p.base}&page=${n}`;
  return (
    <div class="listing">
      <h1 class="page-title">{p.query ? `Search: ${p.query}` : 'Search'}</h1>
      {p.query ? (
        <p class="result-count" role="status">
          {p.total === 0 ? 'No stories match.' : p.capped ? `More than ${p.total.toLocaleString('en')} stories match; the best of the most recent are shown.` : `${p.total} ${p.total === 1 ? 'story matches' : 'stories match'}.`}
          {p.pages > 1 ? ` Page ${p.page} of ${p.pages}.` : ''}
        </p>
      ) : (
        <p>Type words to find stories. Use "quotes" for a phrase and a trailing * for a prefix.</p>
      )}
      <ul class="cards">
        {p.hits.map((h) => (
          <Card item={h.item} snippet={h.snippet} level={2} />
        ))}
      </ul>
      <nav class="pager" aria-label="Search result pages">
        {p.page > 1 ? <a href={link(p.page - 1)} rel="prev">Previous page</a> : null}
        {p.page < p.pages ? <a href={link(p.page + 1)} rel="next">Next page</a> : null}
      </nav>
    </div>
  );
}

export function Pager(p: { next: string | null; label: string; first?: string | null }) {
  if (!p.next && !p.first) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {p.first ? <a href={p.first}>Newest stories</a> : null}
      {p.next ? (
        <a href={p.next} rel="next">
          {p.label}
        </a>
      ) : null}
    </nav>
  );
}

export function ErrorView(p: { status: number; title: string; text: string }) {
  return (
    <div class="error-page">
      <h1 class="page-title">{p.title}</h1>
      <p>{p.text}</p>
      <p>
        <a href="/">Go to the front page</a> or search for a story above.
      </p>
    </div>
  );
}
