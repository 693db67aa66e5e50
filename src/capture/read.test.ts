import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs, type InputItem, type ReadOptions } from './read.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dateline-read-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const all = async (specs: string[], opts: ReadOptions = {}) => {
  const out: InputItem[] = [];
  for await (const item of readInputs(specs, opts)) out.push(item);
  return out;
};

test('reads plain and gzipped files', async () => {
  await writeFile(path.join(dir, 'a.html'), '<p>a</p>');
  await writeFile(path.join(dir, 'b.html.gz'), gzipSync('<p>b</p>'));
  const items = await all([path.join(dir, 'a.html'), path.join(dir, 'b.html.gz')]);
  assert.deepEqual(items.map((i) => [i.source, Buffer.from(i.bytes!).toString(), i.error]), [
    [path.join(dir, 'a.html'), '<p>a</p>', undefined],
    [path.join(dir, 'b.html.gz'), '<p>b</p>', undefined],
  ]);
});

test('walks directories recursively, sorted, skipping hidden entries and other extensions', async () => {
  const d = path.join(dir, 'tree');
  await mkdir(path.join(d, 'sub'), { recursive: true });
  await mkdir(path.join(d, '.git'), { recursive: true });
  for (const f of ['z.htm', 'a.txt', 'sub/m.xhtml', 'sub/n.txt.gz', '.hidden.html', '.git/x.html', 'image.png', 'notes.md']) {
    await writeFile(path.join(d, f), f.endsWith('.gz') ? gzipSync('x') : 'x');
  }
  const items = await all([d]);
  assert.deepEqual(items.map((i) => path.relative(d, i.source)), ['a.txt', 'sub/m.xhtml', 'sub/n.txt.gz', 'z.htm']);
  assert.ok(items.every((i) => !i.error));
});

test('a directory with nothing readable gives one error item', async () => {
  const d = path.join(dir, 'empty');
  await mkdir(d);
  await writeFile(path.join(d, 'photo.jpg'), 'x');
  const [item, ...rest] = await all([d]);
  assert.equal(rest.length, 0);
  assert.equal(item.error?.code, 'input.empty');
  assert.match(item.error!.text, /no \.html/);
});

test('missing files, bad URLs and failures do not stop later inputs', async () => {
  await writeFile(path.join(dir, 'ok.txt'), 'fine');
  const items = await all([path.join(dir, 'missing.html'), 'ftp://example.com/a.html', path.join(dir, 'ok.txt')]);
  assert.deepEqual(items.map((i) => i.error?.code ?? 'ok'), ['input.not-found', 'input.bad-url', 'ok']);
});

test('the size cap stops plain and gzipped reads (zip-bomb safe)', async () => {
  await writeFile(path.join(dir, 'big.html'), Buffer.alloc(200_000, 0x61));
  await writeFile(path.join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(20_000_000, 0x20)));
  const items = await all([path.join(dir, 'big.html'), path.join(dir, 'bomb.html.gz')], { maxBytes: 100_000 });
  assert.deepEqual(items.map((i) => i.error?.code), ['input.too-large', 'input.too-large']);
});

test('truncated or fake gzip gives input.gzip-corrupt with a clear message', async () => {
  const gz = gzipSync(Buffer.from('<p>' + 'story text '.repeat(5000) + '</p>'));
  await writeFile(path.join(dir, 'cut.html.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  await writeFile(path.join(dir, 'fake.html.gz'), '<p>not gzip</p>');
  const garbled = Buffer.from(gz);
  garbled.fill(0x41, 20, 60);
  await writeFile(path.join(dir, 'garbled.html.gz'), garbled);
  const items = await all([path.join(dir, 'cut.html.gz'), path.join(dir, 'fake.html.gz'), path.join(dir, 'garbled.html.gz')]);
  assert.deepEqual(items.map((i) => i.error?.code), ['input.gzip-corrupt', 'input.gzip-corrupt', 'input.gzip-corrupt']);
  assert.match(items[0].error!.text, /truncated/);
});

test('`-` reads stdin (gzip too), capped', async () => {
  const [plain] = await all(['-'], { stdin: Readable.from([Buffer.from('<p>from stdin</p>')]) });
  assert.deepEqual([plain.source, Buffer.from(plain.bytes!).toString()], ['<stdin>', '<p>from stdin</p>']);
  const [zipped] = await all(['-'], { stdin: Readable.from([gzipSync('<p>z</p>')]) });
  assert.equal(Buffer.from(zipped.bytes!).toString(), '<p>z</p>');
  const [big] = await all(['-'], { stdin: Readable.from([Buffer.alloc(5000), Buffer.alloc(5000)]), maxBytes: 6000 });
  assert.equal(big.error?.code, 'input.too-large');
});
