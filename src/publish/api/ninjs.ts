/**
 * An Article as IPTC ninjs 2.1 (https://iptc.org/std/ninjs/): the news-industry JSON for a
 * text item. Body goes out as sanitised HTML and plain text; people are `by` (byline text) plus
 * `people` entries with roles; the dateline place is a `places` entry, the section a `subjects` one.
 */
import type { Article } from '../../model/article.ts';
import { datelineText } from '../jsonld.ts';
import { safeUrl } from '../urls.ts';

export function toNinjs(a: Article, opts: { uri: string; version: number; bodyHtml: string; storedAt: string }): Record<string, unknown> {
  const people = [
    ...a.authors.map((name) => ({ name, rel: 'author' })),
    ...a.contributors.map((name) => ({ name, rel: 'contributor' })),
  ];
  const images = a.images
    .map((img, i) => ({ img, href: safeUrl(img.url, ['http:', 'https:']), i }))
    .filter((x) => x.href)
    .map(({ img, href, i }) => ({
      uri: href,
      type: 'picture',
      contenttype: 'image/jpeg',
      headlines: img.caption ? [{ value: img.caption }] : undefined,
      descriptions: img.alt ? [{ value: img.alt, role: 'alt' }] : undefined,
      copyrightnotice: img.credit ?? undefined,
      name: i === 0 ? 'main-picture' : `picture-${i}`,
      rel: i === 0 ? 'main' : 'gallery',
    }));
  const item: Record<string, unknown> = {
    $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
    uri: opts.uri,
    standard: { name: 'ninjs', version: '2.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json' },
    type: 'text',
    representationtype: 'complete',
    version: String(opts.version),
    firstcreated: a.published ?? undefined,
    versioncreated: a.updated ?? a.published ?? opts.storedAt,
    contentcreated: a.published ?? undefined,
    pubstatus: 'usable',
    language: a.language ?? undefined,
    headlines: a.headline ? [{ value: a.headline, role: 'main' }] : undefined,
    descriptions: a.description ? [{ value: a.description, role: 'summary' }] : undefined,
    bodies: [
      { value: opts.bodyHtml, contenttype: 'text/html', role: 'main' },
      { value: a.text, contenttype: 'text/plain', role: 'main' },
    ],
    by: a.authors.length ? a.authors.join(', ') : undefined,
    people: people.length ? people : undefined,
    places: a.dateline ? [{ name: a.dateline.place, rel: 'dateline' }] : undefined,
    ednote: a.dateline?.agency ? `Dateline: ${datelineText(a)}` : undefined,
    subjects: a.section ? [{ name: a.section, rel: 'section' }] : undefined,
    keywords: a.tags.length ? a.tags : undefined,
    associations: images.length ? images : undefined,
    infosources: a.siteName || a.canonicalUrl ? [{ name: a.siteName ?? undefined, uri: safeUrl(a.canonicalUrl ?? a.url) ?? undefined, role: 'source' }] : undefined,
    altids: a.canonicalUrl ? [{ role: 'canonical-url', value: a.canonicalUrl }] : undefined,
  };
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}
