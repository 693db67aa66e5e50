// Dateline's only script (served from our origin; the CSP allows nothing inline). Everything
// here is an enhancement: without it the page shows UTC times, share links and a "Next story" link.
(() => {
  'use strict';

  /** Rewrite <time data-local> into the reader's own zone, keeping the machine-readable value. */
  const localTimes = (root) => {
    let fmt;
    try {
      // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
      fmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
    } catch {
      return;
    }
    for (const t of root.querySelectorAll('time[data-local]')) {
      const d = new Date(t.getAttribute('datetime'));
      if (!Number.isNaN(d.getTime())) t.textContent = fmt.format(d);
    }
  };

  /** "Copy link" buttons are hidden without JS; with it they copy and say so in a live region. */
  const copyButtons = (root) => {
    if (!navigator.clipboard) return;
    for (const b of root.querySelectorAll('button[data-copy]')) {
      b.hidden = false;
      b.addEventListener('click', async () => {
        const status = b.closest('.share')?.querySelector('.copy-status');
        try {
          await navigator.clipboard.writeText(b.dataset.copy);
          if (status) status.textContent = 'Link copied.';
        } catch {
          if (status) status.textContent = 'Could not copy; the link is ' + b.dataset.copy;
        }
      });
    }
  };

  const enhance = (root) => {
    localTimes(root);
    copyButtons(root);
  };

  /** Continuous reading: append the next story near the end, and keep URL and title in step. */
  const MAX_STORIES = 6;
  const continuous = () => {
    if (!('IntersectionObserver' in window) || !history.replaceState) return;
    const main = document.getElementById('main');
    const first = main && main.querySelector('article.story');
    if (!first) return;
    const suffix = document.title.startsWith(first.dataset.title) ? document.title.slice(first.dataset.title.length) : '';
    let loading = false;
    let count = 1;

    const current = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const a = e.target;
        if (location.pathname !== a.dataset.url) {
          history.replaceState(null, '', a.dataset.url);
          document.title = a.dataset.title + suffix;
        }
      }
    }, { rootMargin: '-30% 0px -60% 0px' });

    const loadNext = async (link) => {
      if (loading || count >= MAX_STORIES) return;
      loading = true;
      try {
        const res = await fetch(link.dataset.part, { headers: { accept: 'text/html' } });
        if (!res.ok) return;
        const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
        const next = doc.querySelector('article.story');
        if (!next) return;
        const node = document.importNode(next, true);
        link.closest('nav')?.remove();
        main.appendChild(node);
        count++;
        enhance(node);
        watch(node);
      } catch {
        // The plain link stays: the reader can still follow it.
      } finally {
        loading = false;
      }
    };

    const near = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) loadNext(e.target);
    }, { rootMargin: '0px 0px 600px 0px' });

    const watch = (article) => {
      current.observe(article);
      const link = article.querySelector('.next-story a[data-part]');
      if (link) near.observe(link);
    };
    watch(first);
  };

  const start = () => {
    enhance(document);
    continuous();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
