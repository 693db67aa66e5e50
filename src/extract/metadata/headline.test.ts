import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../parse/html.ts';
import { readMetadata } from './index.ts';
import { cutSiteTail } from './headline.ts';

const REF = new Date('2025-06-01T12:00:00Z');
const read = (html: string, url: string | null = 'https://blog.example.org/post') => readMetadata(parseHtml(html), { url, timezone: null, referenceTime: REF });

test('a site name that starts a headline does not make the headline a site segment', () => {
  const ctx = { siteNames: ['Docker'], host: 'www.docker.com', section: null };
  assert.equal(cutSiteTail('Docker Hardened Images: Security Validated by Auditors | Docker', ctx), 'Docker Hardened Images: Security Validated by Auditors');
  // A real "Site: Headline" head still goes.
  assert.equal(cutSiteTail('Docker Blog: Security Validated by Auditors', ctx), 'Security Validated by Auditors');
});

test('og:site_name holding the page title is not used to cut the headline', () => {
  const t = 'How to Design a Website: a Complete Guide for 2026 | Clay';
  const m = read(`<html><head><title>${t}</title><meta property="og:site_name" content="${t}"><meta property="og:title" content="How to Design a Website: a Complete Guide for 2026"></head><body></body></html>`);
  assert.equal(m.headline, 'How to Design a Website: a Complete Guide for 2026');
});

test('the visible h1 wins over a metadata title with the same words but other punctuation', () => {
  const m = read('<html><head><meta property="og:title" content="Mobile Design - The Ultimate Guide 2025"></head><body><article><h1>Mobile Design: The Ultimate Guide 2025</h1></article></body></html>');
  assert.equal(m.headline, 'Mobile Design: The Ultimate Guide 2025');
});

test('a tail naming the host plus a generic word ("Rust Blog" on blog.rust-lang.org) is cut', () => {
  const ctx = { siteNames: [], host: 'blog.rust-lang.org', section: null };
  assert.equal(cutSiteTail('What do people love about Rust? | Rust Blog', ctx), 'What do people love about Rust?');
  assert.equal(cutSiteTail('Why we like it | Rust Belt Stories', ctx), 'Why we like it | Rust Belt Stories');
});

test('an h1 that repeats the site name after a dash shows the headline without it', () => {
  const m = read('<html><head><meta property="og:site_name" content="Artlyst"><meta property="og:title" content="Best UK Art Exhibitions 2025 – Artlyst"></head><body><article><h1>Best UK Art Exhibitions 2025 – Artlyst</h1></article></body></html>', 'https://artlyst.com/features/x');
  assert.equal(m.headline, 'Best UK Art Exhibitions 2025');
});

test('site names given as addresses and sections given as paths are tidied', async () => {
  const { tidySiteName, tidySection } = await import('./tidy.ts');
  assert.equal(tidySiteName('http://www.tmz.com'), 'tmz.com');
  assert.equal(tidySiteName('The Guardian'), 'The Guardian');
  assert.equal(tidySection('/world/middle_east'), 'Middle east');
  assert.equal(tidySection('Politics'), 'Politics');
});

test('an <h1> that is the metadata headline behind a label or a date gives the metadata headline', () => {
  const og = 'Preparing a transition in the build system';
  const dated = read(`<html><head><meta property="og:title" content="${og}"></head><body><h1>Dec 18 2025 ${og}</h1></body></html>`);
  assert.equal(dated.headline, og);
  const labelled = read(`<html><head><meta property="og:title" content="${og}"></head><body><h1>Blog: ${og}</h1></body></html>`);
  assert.equal(labelled.headline, og);
  // "The" or a year before the metadata title is part of the shown headline.
  const shown = read(`<html><head><meta property="og:title" content="${og}"></head><body><h1>2025 ${og}</h1></body></html>`);
  assert.equal(shown.headline, `2025 ${og}`);
});

test('a pipe label on the visible headline is cut, and the site tail behind it too', () => {
  const m = read('<html><head><meta property="og:site_name" content="Example Daily"><meta property="og:title" content="Council approves the harbour budget | Politics | Example Daily"></head><body><h1>Council approves the harbour budget | Politics</h1></body></html>');
  assert.equal(m.headline, 'Council approves the harbour budget');
});
