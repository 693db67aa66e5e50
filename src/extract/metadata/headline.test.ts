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

test('a masthead <h1> showing the site name that ends the <title> is not the headline', () => {
  const m = read('<html><head><title>A brief intro to version control with git • Cory Dransfeldt</title></head><body><header><h1>Cory Dransfeldt</h1></header><article><p>Body.</p></article></body></html>', 'https://www.coryd.dev/posts/2021/git');
  assert.equal(m.headline, 'A brief intro to version control with git');
  // Confirmed by og:title, a tail the <h1> repeats is the site's name, not the story's.
  const og = read('<html><head><title>AI Trains on Your Art: Three Models That Could Pay You Back — Human in the Loop</title><meta property="og:title" content="AI Trains on Your Art: Three Models That Could Pay You Back"><meta name="twitter:title" content="AI Trains on Your Art: Three Models That Could Pay You Back — Human in the Loop"></head><body><h1>Human in the Loop</h1><article><p>Body.</p></article></body></html>', 'https://smart.example.co.uk/ai-art');
  assert.equal(og.headline, 'AI Trains on Your Art: Three Models That Could Pay You Back');
  // "Site | Long headline": the longer tail the <h1> shows is the headline.
  const siteFirst = read('<html><head><title>Acme | Council approves the new budget after a long debate</title></head><body><h1>Council approves the new budget after a long debate</h1></body></html>', 'https://news.example.org/budget');
  assert.equal(siteFirst.headline, 'Council approves the new budget after a long debate');
});

test('of several <h1>s the one closest to the metadata title wins; half the words suffice for a long one', () => {
  const two = read('<html><head><title>The Fold-and-Cut Problem (Erik Demaine)</title></head><body><h1>Erik Demaine\'s Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1></body></html>', 'https://example.org/foldcut');
  assert.equal(two.headline, 'The Fold-and-Cut Problem');
  const seo = read('<html><head><meta property="og:title" content="Using Machine Learning To Personalize Shopping Experiences"></head><body><article><h1>How Machine Learning Personalizes Ecommerce Shopping Experiences</h1><p>Body.</p></article></body></html>');
  assert.equal(seo.headline, 'How Machine Learning Personalizes Ecommerce Shopping Experiences');
  // A short <h1> sharing one word of two is a section heading, not the story's wording.
  const short = read('<html><head><meta property="og:title" content="Small adventures with small language models"></head><body><article><h1>So many models!</h1><p>Body.</p></article></body></html>');
  assert.equal(short.headline, 'Small adventures with small language models');
});

test('a layout flag on <body> ("no-sidebars") does not put the page\'s <h1> outside the story', () => {
  const page = (cls: string) => read(`<html><head><title>Top 10 Secure Computing Tips | Information Security Office</title></head><body class="${cls}"><div class="page-title"><h1>Top 10 Secure Computing Tips</h1></div><p>Body.</p></body></html>`, 'https://security.example.edu/tips');
  assert.equal(page('page-node no-sidebars').headline, 'Top 10 Secure Computing Tips');
  // A real sidebar still is page chrome: its <h1> does not confirm the title.
  assert.equal(page('page-node sidebar').headline, 'Top 10 Secure Computing Tips | Information Security Office');
});

test('an <h1> in capitals yields to the metadata title in ordinary case', () => {
  const same = read('<html><head><meta property="og:title" content="Best Drip Coffee Maker in 2026: Buying Tips"></head><body><article><h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS</h1><p>Body.</p></article></body></html>');
  assert.equal(same.headline, 'Best Drip Coffee Maker in 2026: Buying Tips');
  const banner = read('<html><head><meta property="og:title" content="GAAP Compliance: Applying Accounting Best Practices To Your Business"></head><body><article><h1>SUPPORTING GAAP COMPLIANCE</h1><p>Body.</p></article></body></html>');
  assert.equal(banner.headline, 'GAAP Compliance: Applying Accounting Best Practices To Your Business');
  // In ordinary case the visible <h1> keeps winning.
  const plain = read('<html><head><meta property="og:title" content="GAAP Compliance: Applying Accounting Best Practices To Your Business"></head><body><article><h1>Supporting GAAP Compliance</h1><p>Body.</p></article></body></html>');
  assert.equal(plain.headline, 'Supporting GAAP Compliance');
});

test('a link aggregator\'s <h1> loses the linked site and comment count it appends', () => {
  const m = read('<html><head><title>Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot</title><meta property="og:title" content="Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot"></head><body><article><h1>Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1><p>Body.</p></article></body></html>', 'https://developers.slashdot.org/story/1');
  assert.equal(m.headline, 'Stanford Grads Find Their Degrees No Longer Guarantee Jobs');
  // A year in parentheses is the headline's own.
  const year = read('<html><head><meta property="og:title" content="Best Moving Companies in New York"></head><body><article><h1>Best Moving Companies in New York (2025)</h1><p>Body.</p></article></body></html>');
  assert.equal(year.headline, 'Best Moving Companies in New York (2025)');
});

test('a page-wide "related"/"newsletter" switch on <body> does not hide the h1 inside the story\'s <article>', () => {
  const html = '<html><head><meta property="og:title" content="Top 23 Herbs For Organic Pest Control"></head>'
    + '<body class="tweak-related-products-meta newsletter-style-light"><main><article><h1>My Top 23 Herbs for Organic Pest Control in the Garden</h1><p>Body.</p></article></main></body></html>';
  assert.equal(read(html).headline, 'My Top 23 Herbs for Organic Pest Control in the Garden');
  // Outside any <article>/<main>, a wrapper's related-list class still takes the h1 out.
  const related = '<html><head><meta property="og:title" content="Top 23 Herbs For Organic Pest Control"></head>'
    + '<body><div class="related-posts"><h1>My Top 23 Herbs for Organic Pest Control in the Garden</h1></div></body></html>';
  assert.equal(read(related).headline, 'Top 23 Herbs For Organic Pest Control');
});

test('an h1 "Headline: subtitle" keeps its subtitle when a shorter metadata title gives only the part before the colon', () => {
  const ctx = { siteNames: [], host: 'example.org', section: null };
  assert.equal(cutSiteTail('House Renovation Costs in the Bay Area: Room-by-Room Breakdown', ctx, ['House Renovation Costs in the Bay Area']), 'House Renovation Costs in the Bay Area: Room-by-Room Breakdown');
  const m = read('<html><head><meta property="og:title" content="House Renovation Costs in the Bay Area"></head><body><article><h1>House Renovation Costs in the Bay Area: Room-by-Room Breakdown</h1><p>Body.</p></article></body></html>');
  assert.equal(m.headline, 'House Renovation Costs in the Bay Area: Room-by-Room Breakdown');
  // A spaced separator still cuts a tail the other titles leave out ("Headline - Tagline").
  assert.equal(cutSiteTail('Best Moving Companies - Acme Movers Guide', ctx, ['Best Moving Companies']), 'Best Moving Companies');
});
