import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type Eld = typeof import('eld/medium').eld;
let eldModel: Eld | null = null;

/**
 * eld, loaded on first use: its n-gram model takes ~0.7 s of CPU to build, and most pages
 * declare their language, so a process that never detects one (a CLI run, an ingest worker on
 * declared pages) never pays. eld publishes ESM only ("import" condition): its file is resolved
 * with import.meta.resolve and loaded with require, which Node ≥ 20.19 allows for ES modules
 * without top-level await — a synchronous load, as detectLanguage is synchronous.
 */
function loadEld(): Eld {
  if (eldModel === null) {
    const require = createRequire(import.meta.url);
    eldModel = (require(fileURLToPath(import.meta.resolve('eld/medium'))) as typeof import('eld/medium')).eld;
  }
  return eldModel;
}

/**
 * A declared language value ("en_US", "EN-gb", "en-US,en;q=0.8", "zh-hans") → BCP 47
 * ("en-US", "en-GB", "zh-Hans"); null for values that are not a language tag ("x-default", "English").
 */
export function normalizeLanguage(raw: string): string | null {
  const first = raw.split(/[,;\s]+/)[0]?.trim().replace(/_/g, '-');
  if (!first || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return null;
  const [lang, ...rest] = first.split('-');
  if (/^(?:x|i)$/i.test(lang)) return null;
  const subtags = rest.map((t) => {
    if (t.length === 2) return t.toUpperCase();
    if (t.length === 4 && /^[a-z]+$/i.test(t)) return t[0].toUpperCase() + t.slice(1).toLowerCase();
    return t.toLowerCase();
  });
  return [lang.toLowerCase(), ...subtags].join('-');
}

/** Text shorter than this gives eld too few n-grams to be trusted. */
const MIN_DETECT_CHARS = 24;

/** Detect the language of a text with eld; null when the text is short or the result unreliable. */
export function detectLanguage(text: string): string | null {
  const t = text.trim();
  if (t.length < MIN_DETECT_CHARS) return null;
  const r = loadEld().detect(t.slice(0, 1000));
  return r.language && r.isReliable() ? r.language : null;
}
