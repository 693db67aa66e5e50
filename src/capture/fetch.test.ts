import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fetchUrl, USER_AGENT } from './fetch.ts';
import { isBlockedAddress } from './ssrf.ts';
import { DatelineError } from '../model/errors.ts';

let server: http.Server;
let base = '';
const seenAgents: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Hello</p></body></html>');
    } else if (u.pathname === '/gz') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync('<p>zipped</p>'));
    } else if (u.pathname === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(5_000_000, 0x20)));
    } else if (u.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(3_000_000, 0x61));
    } else if (u.pathname === '/redirect') {
      const n = Number(u.searchParams.get('n') ?? 0);
      res.writeHead(302, { location: n > 0 ? `/redirect?n=${n - 1}` : '/page' });
      res.end();
    } else if (u.pathname === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      // never ends: the client's timeout must fire
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    assert.ok(e instanceof DatelineError, String(e));
    return e.code;
  }
};

test('fetches a page, with headers, the Dateline user agent, and the final URL', async () => {
  const r = await fetchUrl(`${base}/page`, { allowPrivate: true });
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(r.bytes.toString(), '<html><body><p>Hello</p></body></html>');
  assert.equal(r.url, `${base}/page`);
  assert.ok(seenAgents.includes(USER_AGENT) && USER_AGENT.startsWith('Dateline/'));
});

test('follows up to 5 redirects and refuses more', async () => {
  const r = await fetchUrl(`${base}/redirect?n=4`, { allowPrivate: true });
  assert.equal(r.url, `${base}/page`);
  assert.equal(await code(fetchUrl(`${base}/redirect?n=5`, { allowPrivate: true })), 'fetch.failed');
});

test('decodes gzip bodies, and caps the decompressed size', async () => {
  assert.equal((await fetchUrl(`${base}/gz`, { allowPrivate: true })).bytes.toString(), '<p>zipped</p>');
  assert.equal(await code(fetchUrl(`${base}/bomb`, { allowPrivate: true, maxBytes: 1_000_000 })), 'fetch.too-large');
  assert.equal(await code(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1_000_000 })), 'fetch.too-large');
});

test('status, timeout, unreachable and bad URLs give their codes', async () => {
  assert.equal(await code(fetchUrl(`${base}/missing`, { allowPrivate: true })), 'fetch.status');
  const t0 = Date.now();
  assert.equal(await code(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })), 'fetch.timeout');
  assert.ok(Date.now() - t0 < 5000);
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  assert.equal(await code(fetchUrl(`http://127.0.0.1:${port}/`, { allowPrivate: true })), 'fetch.failed');
  assert.equal(await code(fetchUrl('ftp://example.com/x')), 'input.bad-url');
  assert.equal(await code(fetchUrl('http://')), 'input.bad-url');
  // DNS failure; a resolver that cannot be reached may time out instead of answering NXDOMAIN.
  assert.match(await code(fetchUrl('http://no-such-host.invalid/', { allowPrivate: true, timeoutMs: 5000 })), /^fetch\.(failed|timeout)$/);
});

test('the SSRF guard refuses private and local hosts unless allowPrivate', async () => {
  assert.equal(await code(fetchUrl(`${base}/page`)), 'fetch.blocked');
  assert.equal(await code(fetchUrl(`http://localhost:${new URL(base).port}/page`)), 'fetch.blocked');
  assert.equal(await code(fetchUrl('http://[::1]:9/')), 'fetch.blocked');
  assert.equal(await code(fetchUrl('http://169.254.169.254/latest/meta-data/')), 'fetch.blocked');
  assert.equal(await code(fetchUrl(`${base}/redirect?n=0`)), 'fetch.blocked');
});

test('isBlockedAddress covers the private, local and special ranges', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:10.0.0.1', '[::1]', 'not-an-ip']) {
    assert.equal(isBlockedAddress(a), true, a);
  }
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isBlockedAddress(a), false, a);
  }
});
