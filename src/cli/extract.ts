/**
 * `dateline extract`: flag wiring over readInputs (capture) → extract() → a renderer. One object
 * per input, `{source, articles, messages}` (plus `error` when the input failed); a failing input
 * never stops the others; exit 1 if any failed, 2 for usage errors.
 */
import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import type { Article, InputItem, Message } from '../index.ts';
import { parseMaxBytes, validTimezone, writeOut } from './extract-support.ts';

export const HELP = `Usage: dateline extract [INPUT…] [options]

Extract the news articles of web pages or plain-text captures.

INPUT is a file (.html, .htm, .xhtml, .txt, any of them .gz), a directory (read
recursively), - for standard input, or an http(s) URL. Without INPUT, standard
input is read (when it is not a terminal).

Options:
  --format FMT       json (default) | jsonl | markdown | text | html
  --url URL          the page's URL, for a single file or stdin input (resolves links)
  --as MODE          auto (default) | html | text: how to read the input
  --timezone TZ      IANA zone or offset (e.g. Asia/Kuala_Lumpur, +08:00) for times
                     the page states without one
  --max-bytes N      refuse inputs larger than N bytes (suffixes K, M, G; default 64M)
  --allow-private    let URLs reach private and loopback addresses
  -h, --help         show this help

Output: for each input {"source", "articles", "messages"} and, when it failed,
"error": {"code", "text"}. json writes the object (an array for several inputs or
a directory); jsonl one object per line; markdown, text and html the articles.
Exit status: 0 when every input was read, 1 when any failed, 2 for usage errors.
`;

const FORMATS = ['json', 'jsonl', 'markdown', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];
const MODES = ['auto', 'html', 'text'] as const;

interface CliOptions {
  format: Format;
  url: string | null;
  as: (typeof MODES)[number];
  timezone: string | null;
  maxBytes: number;
  allowPrivate: boolean;
}

export interface InputResult {
  source: string;
  articles: Article[];
  messages: Message[];
  error?: { code: string; text: string };
}

class UsageError extends Error {}

function parseCli(argv: string[]): { opts: CliOptions; inputs: string[]; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' }, url: { type: 'string' }, as: { type: 'string' }, timezone: { type: 'string' },
        'max-bytes': { type: 'string' }, 'allow-private': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const format = (v.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v.format}')`);
  const as = (v.as ?? 'auto') as CliOptions['as'];
  if (!MODES.includes(as)) throw new UsageError(`--as must be one of ${MODES.join(', ')} (got '${v.as}')`);
  if (v.timezone !== undefined && !validTimezone(v.timezone)) throw new UsageError(`--timezone: unknown time zone '${v.timezone}'`);
  const maxBytes = v['max-bytes'] === undefined ? 64 * 1024 * 1024 : parseMaxBytes(v['max-bytes']);
  if (maxBytes === null) throw new UsageError(`--max-bytes must be a positive number of bytes, e.g. 5000000 or 10M (got '${v['max-bytes']}')`);
  if (v.url !== undefined && !URL.canParse(v.url)) throw new UsageError(`--url must be an absolute URL (got '${v.url}')`);
  if (v.url !== undefined && parsed.positionals.length > 1) throw new UsageError('--url names one page: give it with a single INPUT');
  const opts: CliOptions = { format, url: v.url ?? null, as, timezone: v.timezone ?? null, maxBytes, allowPrivate: v['allow-private'] ?? false };
  return { opts, inputs: parsed.positionals, help: v.help ?? false };
}

/** Extract-level messages that mean the input itself was unusable, not that it held no article. */
const INPUT_FAILURES = new Set(['input.empty', 'input.binary', 'input.too-large', 'input.unreadable', 'decode.failed']);

type ExtractFn = typeof import('../index.ts').extract;

function extractOne(item: InputItem, opts: CliOptions, extract: ExtractFn): InputResult {
  if (item.error || !item.bytes) {
    return { source: item.source, articles: [], messages: [], error: item.error ?? { code: 'input.unreadable', text: 'Nothing was read.' } };
  }
  try {
    const r = extract(item.bytes, {
      url: item.url ?? opts.url, headers: item.headers, as: opts.as, timezone: opts.timezone, maxBytes: opts.maxBytes,
    });
    const failure = r.articles.length === 0 ? r.messages.find((m) => INPUT_FAILURES.has(m.code)) : undefined;
    if (failure) return { source: item.source, articles: [], messages: r.messages.filter((m) => m !== failure), error: { code: failure.code, text: failure.text } };
    return { source: item.source, articles: r.articles, messages: r.messages };
  } catch (err) {
    // extract() promises not to throw on bad input; if it does, that input fails and the rest go on.
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { source: item.source, articles: [], messages: [], error: { code: 'extract.failed', text: `Extraction failed: ${text}` } };
  }
}

/** Streams results in the chosen format; json is written at the end (one value). */
async function render(results: AsyncIterable<InputResult>, opts: CliOptions, singleObject: boolean): Promise<boolean> {
  let failed = false;
  const collected: InputResult[] = [];
  const fmt = opts.format === 'markdown' || opts.format === 'text' || opts.format === 'html' ? await import('../index.ts') : null;
  let count = 0;
  for await (const r of results) {
    if (r.error) {
      failed = true;
      const text = r.error.text.startsWith(r.source) ? r.error.text : `${r.source}: ${r.error.text}`;
      process.stderr.write(`dateline extract: ${text} [${r.error.code}]\n`);
    } else if (r.articles.length === 0 && opts.format !== 'json' && opts.format !== 'jsonl') {
      const why = r.messages.find((m) => m.level === 'warn');
      process.stderr.write(`dateline extract: ${r.source}: no article found${why ? ` (${why.code})` : ''}\n`);
    }
    if (opts.format === 'jsonl') await writeOut(`${JSON.stringify(r)}\n`);
    else if (opts.format === 'json' || opts.format === 'html') collected.push(r);
    else {
      for (const a of r.articles) {
        const sep = count++ === 0 ? '' : opts.format === 'markdown' ? '\n---\n\n' : `\n${'-'.repeat(72)}\n\n`;
        await writeOut(sep + (opts.format === 'markdown' ? fmt!.toMarkdown(a) : fmt!.toText(a)));
      }
    }
  }
  if (opts.format === 'json') await writeOut(`${JSON.stringify(singleObject && collected.length === 1 ? collected[0] : collected, null, 2)}\n`);
  if (opts.format === 'html') await writeOut(fmt!.toHtmlDocument(collected.flatMap((r) => r.articles)));
  return failed;
}

async function isDirectory(spec: string): Promise<boolean> {
  if (spec === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) return false;
  return stat(spec).then((s) => s.isDirectory(), () => false);
}

export async function run(argv: string[]): Promise<number> {
  let cli;
  try {
    cli = parseCli(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`dateline extract: ${err.message}\nRun 'dateline extract --help' for usage.\n`);
    return 2;
  }
  if (cli.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let inputs = cli.inputs;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write(`dateline extract: no INPUT given and standard input is a terminal.\n\n${HELP}`);
      return 2;
    }
    inputs = ['-'];
  }
  const { extract, readInputs } = await import('../index.ts');
  const singleObject = inputs.length === 1 && !(await isDirectory(inputs[0]));
  if (cli.opts.url && !singleObject) {
    process.stderr.write(`dateline extract: --url names one page, but ${inputs[0]} is a directory.\n`);
    return 2;
  }
  const opts = cli.opts;
  async function* results(): AsyncIterable<InputResult> {
    for await (const item of readInputs(inputs, { maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate })) yield extractOne(item, opts, extract);
  }
  const failed = await render(results(), opts, singleObject);
  return failed ? 1 : 0;
}
