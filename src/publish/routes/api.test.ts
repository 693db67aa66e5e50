import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, ORIGIN } from '../test-fixture.ts';

interface Listed { items: { id: string; permalink: string; headline: string }[]; nextCursor: string | null; next: string | null }

test('/api/articles pages by cursor; each item has id and permalink', async () => {
  const f = fixture(25);
  const seen = new Set<string>();
  let path: string | null = '/api/articles?limit=10';
  let pages = 0;
  while (path) {
    const res = await f.get(path);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Listed;
    for (const i of body.items) {
      assert.equal(i.permalink, `${ORIGIN}/article/${i.id}`);
      seen.add(i.id);
    }
    path = body.next ? body.next.slice(ORIGIN.length) : null;
    pages++;
  }
  assert.equal(pages, 3);
  assert.equal(seen.size, 25);
  const world = (await (await f.get('/api/articles?section=world&limit=100')).json()) as Listed;
  assert.ok(world.items.length > 0 && world.items.length < 25);
  f.done();
});

test('bad parameters are 400 and unknown ids 404, as JSON', async () => {
  const f = fixture(3);
  for (const p of ['/api/articles?limit=0', '/api/articles?limit=abc', '/api/articles?cursor=nope', '/api/articles?since=yesterday', '/api/articles?colour=red', '/api/search', '/api/search?q=x&offset=-1', '/api/articles/x?format=xml', '/api/articles?includeCopies=maybe']) {
    const res = await f.get(p);
    assert.equal(res.status, 400, p);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, p);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.ok(body.error.code && body.error.message, p);
  }
  for (const p of ['/api/articles/unknown', '/api/nothing-here']) {
    const res = await f.get(p);
    assert.equal(res.status, 404, p);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not-found');
  }
  f.done();
});

test('/api/articles/:id gives Dateline JSON or IPTC ninjs', async () => {
  const f = fixture(3);
  const a = f.articles[1];
  const own = (await (await f.get(`/api/articles/${a.id}`)).json()) as Record<string, unknown>;
  assert.equal(own.id, a.id);
  assert.equal(own.headline, a.headline);
  assert.deepEqual(own.body, a.body);
  assert.equal(own.permalink, `${ORIGIN}/article/${a.id}`);
  const n = (await (await f.get(`/api/articles/${a.id}?format=ninjs`)).json()) as Record<string, any>;
  assert.equal(n.type, 'text');
  assert.equal(n.uri, `${ORIGIN}/article/${a.id}`);
  assert.equal(n.headlines[0].value, a.headline);
  assert.equal(n.firstcreated, a.published);
  assert.equal(n.versioncreated, a.updated);
  assert.equal(n.language, 'en');
  assert.ok(n.bodies.some((b: { contenttype: string; value: string }) => b.contenttype === 'text/html' && b.value.startsWith('<p>')));
  assert.deepEqual(n.people[0], { name: a.authors[0], rel: 'author' });
  assert.equal(n.places[0].name, a.dateline!.place);
  assert.equal(n.subjects[0].name, a.section);
  assert.equal(n.associations.length, 2);
  f.done();
});

test('/api/search ranks, highlights, and searches operator text literally', async () => {
  const f = fixture(20);
  const word = f.articles[4].headline!.split(' ')[0];
  const r = (await (await f.get(`/api/search?q=${encodeURIComponent(word)}&limit=5`)).json()) as { total: number; items: { snippetHtml: string; permalink: string }[] };
  assert.ok(r.total > 0 && r.items.length <= 5);
  assert.ok(r.items[0].permalink.startsWith(ORIGIN + '/article/'));
  for (const q of ['"', "'; DROP TABLE articles; --", 'title:x OR', '*', 'NEAR(x y)']) {
    const res = await f.get('/api/search?q=' + encodeURIComponent(q));
    assert.equal(res.status, 200, q);
  }
  assert.equal(f.store.count(), 20);
  f.done();
});

test('/openapi.json describes the API', async () => {
  const f = fixture(1);
  const doc = (await (await f.get('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/search', '/api/ingest']) assert.ok(doc.paths[p], p);
  f.done();
});

test('POST /api/ingest needs the bearer token', async () => {
  const page = `<!doctype html><html lang="en"><head><title>Harbour reopens after storm</title>
    <link rel="canonical" href="https://port.example/news/harbour"></head><body><article><h1>Harbour reopens after storm</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>The harbour reopened on Tuesday after the storm damaged piers and cranes, officials said in paragraph ${i} of the report, adding that ships were waiting offshore.</p>`).join('')}
    </article></body></html>`;
  const off = fixture(1);
  assert.equal((await off.get('/api/ingest', { method: 'POST', body: page, headers: { 'content-type': 'text/html' } })).status, 403);
  off.done();
  const f = fixture(1, { token: 's3cret' });
  const post = (headers: Record<string, string>, body: string) => f.get('/api/ingest', { method: 'POST', headers, body });
  assert.equal((await post({ 'content-type': 'text/html' }, page)).status, 401);
  assert.equal((await post({ 'content-type': 'text/html', authorization: 'Bearer wrong' }, page)).status, 401);
  const auth = { authorization: 'Bearer s3cret' };
  assert.equal((await post({ ...auth, 'content-type': 'application/xml' }, page)).status, 415);
  assert.equal((await post({ ...auth, 'content-type': 'application/json' }, '{nope')).status, 400);
  const ok = await post({ ...auth, 'content-type': 'application/json' }, JSON.stringify({ html: page, url: 'https://port.example/news/harbour' }));
  assert.ok(ok.status === 201 || ok.status === 200);
  const body = (await ok.json()) as { articles: { id: string; status: string }[] };
  const again = (await (await post({ ...auth, 'content-type': 'application/json' }, JSON.stringify({ html: page, url: 'https://port.example/news/harbour' }))).json()) as { articles: { status: string }[] };
  assert.ok(again.articles.every((a) => a.status === 'unchanged'), 'the same page twice stores nothing new');
  assert.equal(f.store.count(), 1 + body.articles.length);
  f.done();
});
