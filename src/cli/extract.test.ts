/**
 * The real CLI (`node bin/dateline.js extract …`) on inputs good and bad: shapes, error codes and
 * exit statuses. Extraction quality is not asserted here (the golden fixtures do that).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, open } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(repoRoot, 'bin/dateline.js');

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title></head>
<body><article><h1>Council approves budget</h1>
${'<p>The council voted on Tuesday to approve the new budget, which includes funding for roads, schools and a new library in the town centre.</p>\n'.repeat(6)}
</article></body></html>`;

let dir = '';
let server: http.Server;
let base = '';

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dateline-cli-'));
  server = http.createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI asynchronously (so this process's test server can answer it). */
function cli(args: string[], input?: Buffer | string, timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'extract', ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dateline extract ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

interface Result {
  source: string;
  articles: unknown[];
  messages: { level: string; code: string; text: string }[];
  error?: { code: string; text: string };
}

/** Asserts the per-input contract shape and returns the object typed. */
function shape(value: unknown): Result {
  const r = value as Result;
  assert.equal(typeof r.source, 'string');
  assert.ok(Array.isArray(r.articles), 'articles is an array');
  assert.ok(Array.isArray(r.messages), 'messages is an array');
  for (const m of r.messages) {
    assert.ok(['info', 'warn'].includes(m.level) && typeof m.code === 'string' && typeof m.text === 'string', JSON.stringify(m));
  }
  if (r.error !== undefined) {
    assert.equal(typeof r.error.code, 'string');
    assert.ok(r.error.text.length > 0);
    assert.equal(r.articles.length, 0, 'a failed input has no articles');
  }
  const extra = Object.keys(r).filter((k) => !['source', 'articles', 'messages', 'error'].includes(k));
  assert.deepEqual(extra, []);
  return r;
}

const one = (run: Run) => shape(JSON.parse(run.stdout));
const many = (run: Run) => {
  const v = JSON.parse(run.stdout) as unknown[];
  assert.ok(Array.isArray(v), 'several inputs give an array');
  return v.map(shape);
};
const file = async (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, data);
  return p;
};

test('an HTML file → one object, exit 0', async () => {
  const run = await cli([await file('story.html', PAGE)]);
  assert.equal(run.status, 0, run.stderr);
  const r = one(run);
  assert.equal(r.source, path.join(dir, 'story.html'));
  assert.equal(r.error, undefined);
});

test('a .gz file is decompressed', async () => {
  const run = await cli([await file('story.html.gz', gzipSync(PAGE))]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(one(run).error, undefined);
});

test('a directory → an array, one object per readable file, sorted', async () => {
  await file('site/b.html', PAGE);
  await file('site/a/c.htm', PAGE);
  await file('site/notes.txt', 'MOSCOW, March 5 — The government approved a plan on Tuesday.\n\nIt will cost 300 billion roubles.');
  await file('site/.cache/x.html', PAGE);
  await file('site/logo.png', 'x');
  const run = await cli([path.join(dir, 'site')]);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(many(run).map((r) => path.relative(path.join(dir, 'site'), r.source)), ['a/c.htm', 'b.html', 'notes.txt']);
});

test('stdin, with `-` and with no INPUT at all', async () => {
  for (const args of [['-'], []]) {
    const run = await cli(args, PAGE);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(one(run).source, '<stdin>');
  }
});

test('a URL on a local server: fetched with --allow-private, blocked without', async () => {
  const ok = await cli([`${base}/story`, '--allow-private']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(one(ok).source, `${base}/story`);
  const blocked = await cli([`${base}/story`]);
  assert.equal(blocked.status, 1);
  assert.equal(one(blocked).error?.code, 'fetch.blocked');
  const missing = await cli([`${base}/missing`, '--allow-private']);
  assert.equal(one(missing).error?.code, 'fetch.status');
});

test('an unreachable URL (a closed port) → fetch.failed, exit 1', async () => {
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const run = await cli([`http://127.0.0.1:${port}/`, '--allow-private']);
  assert.equal(run.status, 1);
  assert.equal(one(run).error?.code, 'fetch.failed');
  assert.match(run.stderr, /fetch\.failed/);
});

test('bad inputs each give their code; one failure does not stop the others', async () => {
  const gz = gzipSync(PAGE.repeat(20));
  const inputs = [
    await file('empty.html', ''),
    await file('random.html', randomBytes(64 * 1024)),
    await file('image.html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)])),
    await file('cut.html.gz', gz.subarray(0, Math.floor(gz.length / 2))),
    path.join(dir, 'does-not-exist.html'),
    await file('good.html', PAGE),
  ];
  const run = await cli(inputs);
  assert.equal(run.status, 1);
  const codes = many(run).map((r) => r.error?.code ?? 'ok');
  assert.deepEqual(codes, ['input.empty', 'input.binary', 'input.binary', 'input.gzip-corrupt', 'input.not-found', 'ok']);
  const jsonl = await cli(['--format', 'jsonl', ...inputs]);
  const lines = jsonl.stdout.trim().split('\n').map((l) => shape(JSON.parse(l)));
  assert.deepEqual(lines.map((r) => r.error?.code ?? 'ok'), codes);
  assert.equal(jsonl.status, 1);
});

/** A 50 MB page, as real ones get: a normal story plus a huge inline JSON blob. */
async function fiftyMegabytes(): Promise<string> {
  const p = path.join(dir, 'huge.html');
  const fh = await open(p, 'w');
  await fh.write(`<!DOCTYPE html><html><head><title>Huge</title><script type="application/json">{"items":[`);
  const chunk = '{"id":12345,"title":"Some related story title","url":"https://example.com/a/b/c"},'.repeat(12_000);
  for (let written = 0; written < 50_000_000; written += chunk.length) await fh.write(chunk);
  await fh.write(`{}]}</script></head><body>${PAGE.slice(PAGE.indexOf('<article>'))}`);
  await fh.close();
  return p;
}

test('a 50 MB file: read under the default limit in bounded time, refused fast with --max-bytes', async () => {
  const huge = await fiftyMegabytes();
  const t0 = Date.now();
  const capped = await cli([huge, '--max-bytes', '10M'], undefined, 60_000);
  assert.equal(capped.status, 1);
  assert.equal(one(capped).error?.code, 'input.too-large');
  const full = await cli([huge], undefined, 240_000);
  assert.equal(full.status, 0, full.stderr);
  assert.equal(one(full).error, undefined);
  assert.ok(Date.now() - t0 < 240_000);
});

test('100,000 nested <div>s do not crash the extractor', async () => {
  const deep = await file('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>Deep inside the page there is a paragraph of story text.</p>${'</div>'.repeat(100_000)}</body></html>`);
  const run = await cli([deep], undefined, 300_000);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(one(run).error, undefined);
});

test('markdown, text and html formats', async () => {
  const story = await file('fmt.html', PAGE);
  for (const format of ['markdown', 'text', 'html']) {
    const run = await cli([story, '--format', format]);
    assert.equal(run.status, 0, `${format}: ${run.stderr}`);
    if (format === 'html') assert.match(run.stdout, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(run.stdout), `${format} output holds no script`);
  }
});

test('no INPUT with a terminal on stdin prints usage and exits 2', { skip: !existsSync('/usr/bin/script') && 'needs script(1) for a pseudo-terminal' }, async () => {
  // script(1) runs the CLI with a pseudo-terminal as stdin, as when a person types the command.
  const run = await new Promise<{ status: number | null; out: string }>((resolve) => {
    const child = spawn('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract`, '/dev/null'], { cwd: repoRoot });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, out });
    });
  });
  assert.equal(run.status, 2);
  assert.match(run.out, /standard input is a terminal/);
});

test('usage errors exit 2; --help exits 0', async () => {
  for (const args of [['--format', 'xml', 'a.html'], ['--bogus'], ['--max-bytes', 'lots', 'a.html'], ['--timezone', 'Mars/Olympus', 'a.html'], ['--as', 'pdf'], ['--url', 'not a url', 'a.html'], ['--url', 'https://x.test/', 'a.html', 'b.html']]) {
    const run = await cli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /dateline extract: /);
    assert.equal(run.stdout, '');
  }
  const help = await cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: dateline extract \[INPUT…\]/);
});
