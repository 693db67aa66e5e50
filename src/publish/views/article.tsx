/** @jsxImportSource hono/jsx */
/**
 * One story as an `<article>`: used for the article page and, with `continued`, for the
 * fragment that continuous reading appends (h2 headline, no page chrome).
 */
import { raw } from 'hono/html';
import type { StoredArticle, StoredSummary } from '../../store/store.ts';
import { headlineOf, SUGGESTED_LABEL, UNTITLED } from '../headline.ts';
import { galleryItems, type GalleryItem } from '../body.ts';
import { datelineText } from '../jsonld.ts';
import { partUrl, permalink, safeUrl, sectionUrl } from '../urls.ts';
import { Time } from './time.tsx';

export interface ArticleViewProps {
  item: StoredArticle;
  /** Sanitised body HTML (from `renderBody`). */
  bodyHtml: string;
  /** Absolute URL of this page, for share links. */
  absoluteUrl: string;
  related: StoredSummary[];
  next: StoredSummary | null;
  /** Rendered as a continuation of an earlier story on the same page. */
  continued?: boolean;
}

/** The page's headline; a generated suggestion is visibly labelled as one. */
function Headline(p: { a: StoredArticle['article'] }) {
  if (p.a.headline) return <>{p.a.headline}</>;
  const s = p.a.suggestedHeadline?.text;
  if (!s) return <>{UNTITLED}</>;
  return (
    <>
      {UNTITLED}{' '}
      <span class="suggested-headline">
        — <span class="generated-label">{SUGGESTED_LABEL}:</span> {s}
      </span>
    </>
  );
}

function names(list: string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function Figure(p: { g: GalleryItem }) {
  return (
    <figure>
      <img src={p.g.src} alt={p.g.alt} loading="lazy" decoding="async" />
      {p.g.caption || p.g.credit ? (
        <figcaption>
          {p.g.caption}
          {p.g.credit ? <span class="credit"> {p.g.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function Share(p: { url: string; title: string; id: string }) {
  const u = encodeURIComponent(p.url);
  const t = encodeURIComponent(p.title);
  const links = [
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['X', `https://x.com/intent/post?url=${u}&text=${t}`],
    ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Email', `mailto:?subject=${t}&body=${u}`],
  ];
  return (
    <section class="share" aria-labelledby={`share-${p.id}`}>
      <h2 id={`share-${p.id}`}>Share this story</h2>
      <ul>
        {links.map(([name, href]) => (
          <li>
            <a href={href} rel="noopener noreferrer">
              {name === 'X' ? 'Share on X' : name === 'Email' ? 'Share by email' : `Share on ${name}`}
            </a>
          </li>
        ))}
        <li>
          <button type="button" class="copy-link" data-copy={p.url} hidden>
            Copy link
          </button>
        </li>
      </ul>
      <p class="copy-status" role="status" aria-live="polite"></p>
    </section>
  );
}

export function ArticleView(p: ArticleViewProps) {
  const a = p.item.article;
  const id = a.id.replace(/[^A-Za-z0-9_-]/g, '');
  const H = p.continued ? 'h2' : 'h1';
  const gallery = galleryItems(a);
  const source = safeUrl(a.canonicalUrl ?? a.url, ['http:', 'https:']);
  const dl = datelineText(a);
  const title = headlineOf(a);
  return (
    <article class="story" data-url={permalink(a.id)} data-title={title} aria-labelledby={`h-${id}`} lang={a.language ?? undefined}>
      <header class="story-head">
        {a.section && p.item.sectionSlug ? (
          <p class="kicker">
            <a href={sectionUrl(p.item.sectionSlug)}>{a.section}</a>
          </p>
        ) : null}
        <H id={`h-${id}`} class="headline">
          <Headline a={a} />
        </H>
        {a.description ? <p class="standfirst">{a.description}</p> : null}
        <div class="story-meta">
          {a.authors.length ? <p class="byline">By {names(a.authors)}</p> : null}
          {dl ? <p class="dateline">{dl}</p> : null}
          <p class="times">
            {a.published ? (
              <span>
                Published <Time iso={a.published} />
              </span>
            ) : null}
            {a.updated && a.updated !== a.published ? (
              <span>
                {' '}
                · Updated <Time iso={a.updated} />
              </span>
            ) : null}
          </p>
          {source ? (
            <p class="source">
              Source: <a href={source}>{a.siteName ?? new URL(source).hostname}</a>
            </p>
          ) : null}
        </div>
      </header>
      {gallery[0] ? <Figure g={gallery[0]} /> : null}
      <div class="story-body">{raw(p.bodyHtml)}</div>
      {gallery.length > 1 ? (
        <section class="gallery" aria-labelledby={`gallery-${id}`}>
          <h2 id={`gallery-${id}`}>Photos</h2>
          {gallery.slice(1).map((g) => (
            <Figure g={g} />
          ))}
        </section>
      ) : null}
      {a.contributors.length ? <p class="contributors">{names(a.contributors)} contributed to this report.</p> : null}
      {p.item.copies.length ? <p class="copies">This story also appeared on other sites; it is shown once.</p> : null}
      <Share url={p.absoluteUrl} title={title} id={id} />
      {p.related.length ? (
        <section class="related" aria-labelledby={`related-${id}`}>
          <h2 id={`related-${id}`}>Related stories</h2>
          <ul>
            {p.related.map((r) => (
              <li>
                <a href={permalink(r.summary.id)}>{headlineOf(r.summary)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {p.next ? (
        <nav class="next-story" aria-label="Next story">
          <a rel="next" href={permalink(p.next.summary.id)} data-part={partUrl(p.next.summary.id)}>
            <span class="next-label">Next story</span> {headlineOf(p.next.summary)}
          </a>
        </nav>
      ) : null}
    </article>
  );
}

