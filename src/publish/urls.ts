/** The site's URL scheme in one place, so pages, feeds, sitemaps and the API agree. */
import { slugify } from '../store/slug.ts';

export const permalink = (id: string): string => `/article/${encodeURIComponent(id)}`;
export const partUrl = (id: string): string => `/article/${encodeURIComponent(id)}/part`;
export const sectionUrl = (slug: string): string => `/section/${encodeURIComponent(slug)}`;
export const sectionSlug = (name: string): string => slugify(name);

/** Join the site's origin and a path. */
export function absolute(origin: string, path: string): string {
  return origin.replace(/\/+$/, '') + path;
}

/**
 * Only web and mail links leave the sanitiser: `javascript:`, `data:`, `vbscript:` and friends
 * become null, so a stored link can never run script when clicked.
 */
export function safeUrl(url: string | null | undefined, schemes: readonly string[] = ['http:', 'https:', 'mailto:']): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return schemes.includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
