import { hostOf } from './urls.ts';

/** A site name given as an address ("http://www.tmz.com") is the host without "www.". */
export function tidySiteName(name: string | null): string | null {
  if (!name || !/^(?:https?:\/\/|www\.)/i.test(name.trim())) return name;
  const host = hostOf(/^https?:/i.test(name) ? name.trim() : `http://${name.trim()}`);
  return host ? host.replace(/^www\./, '') : name;
}

/** A section given as a path ("/world/middle_east") reads as its last part ("Middle east"). */
export function tidySection(section: string | null): string | null {
  if (!section || !section.includes('/')) return section;
  const last = section.split('/').filter(Boolean).pop();
  if (!last) return null;
  const words = last.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : null;
}
