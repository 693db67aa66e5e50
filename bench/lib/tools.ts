/**
 * The extractors the benchmark compares, behind one call: Dateline, and Mozilla Readability
 * 0.6 on linkedom and on jsdom. Each returns the same small record so scoring code does not
 * care which tool ran. A tool that throws gives an empty result with the error, never a crash:
 * jsdom throws on some real pages, and the extractor under development may too.
 *
 * Tools are loaded with dynamic imports so a speed worker holds only the tool it measures
 * (its peak memory is then that tool's, not all three's).
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';

export const TOOL_NAMES = ['dateline', 'readability-linkedom', 'readability-jsdom'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export const isToolName = (s: string): s is ToolName => (TOOL_NAMES as readonly string[]).includes(s);

export interface ToolOutput {
  /** Predicted article body as plain text ('' when none). */
  text: string;
  headline: string | null;
  authors: string[];
  published: string | null;
  language: string | null;
  /** Set when the tool threw. */
  error: string | null;
}

export type ToolFn = (html: string, url: string | null) => ToolOutput;

const empty = (error: string | null = null): ToolOutput => ({ text: '', headline: null, authors: [], published: null, language: null, error });

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** Run `fn`, turning a throw into an empty output that carries the error. */
function guarded(fn: ToolFn): ToolFn {
  return (html, url) => {
    try {
      return fn(html, url);
    } catch (e) {
      return empty(errorText(e));
    }
  };
}

type ReadabilityResult = ReturnType<ReadabilityClass['parse']>;

function fromReadability(r: ReadabilityResult): ToolOutput {
  if (!r) return empty();
  return {
    text: r.textContent ?? '',
    headline: r.title || null,
    authors: r.byline ? [r.byline] : [],
    published: r.publishedTime || null,
    language: r.lang || null,
    error: null,
  };
}

async function loadDateline(): Promise<ToolFn> {
  const { extract } = await import('../../src/index.ts');
  return (html, url) => {
    const a = extract(html, { url }).articles[0];
    if (!a) return empty();
    return { text: a.text ?? '', headline: a.headline, authors: a.authors ?? [], published: a.published, language: a.language, error: null };
  };
}

async function loadReadabilityLinkedom(): Promise<ToolFn> {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  return (html) => {
    const { document } = parseHTML(html);
    return fromReadability(new Readability(document as unknown as Document).parse());
  };
}

async function loadReadabilityJsdom(): Promise<ToolFn> {
  const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import('@mozilla/readability'), import('jsdom')]);
  // jsdom reports CSS and script problems on its console; keep them off ours.
  const virtualConsole = new VirtualConsole();
  return (html, url) => {
    const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole });
    try {
      return fromReadability(new Readability(dom.window.document).parse());
    } finally {
      dom.window.close();
    }
  };
}

const LOADERS: Record<ToolName, () => Promise<ToolFn>> = {
  dateline: loadDateline,
  'readability-linkedom': loadReadabilityLinkedom,
  'readability-jsdom': loadReadabilityJsdom,
};

/** Load one tool; its function never throws. */
export async function loadTool(name: ToolName): Promise<ToolFn> {
  return guarded(await LOADERS[name]());
}

/** Peers chosen by `--peers`: none, Readability on linkedom only, or both Readability runs. */
export function toolsFor(peers: 'none' | 'linkedom' | 'all'): ToolName[] {
  if (peers === 'none') return ['dateline'];
  if (peers === 'linkedom') return ['dateline', 'readability-linkedom'];
  return [...TOOL_NAMES];
}
