import { K } from './keys.ts';
import { metaAll } from './sources.ts';
import type { Sourced } from './headline.ts';
import type { Sources } from './index.ts';

const MAX_TAGS = 30;

/** Tags: article:tag, Parse.ly/Sailthru tags and JSON-LD keywords; the keywords metas only when those are absent. */
export function readTags(s: Sources): string[] {
  const { c, ld } = s;
  const collectFrom = (vals: Sourced[]) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const v of vals) {
      for (const t of v.value.split(/\s*[,;|]\s*/)) {
        const tag = t.replace(/\s+/g, ' ').trim();
        const key = tag.toLowerCase();
        if (!tag || tag.length > 80 || seen.has(key)) continue;
        seen.add(key);
        out.push(tag);
        if (!s.prov.tags) s.prov.tags = v.source;
      }
    }
    return out.slice(0, MAX_TAGS);
  };
  const primary = collectFrom([...metaAll(c.meta, K.tags), ...(ld?.keywords ?? []).map((value) => ({ value, source: 'json-ld' }))]);
  return primary.length ? primary : collectFrom(metaAll(c.meta, K.keywords));
}
