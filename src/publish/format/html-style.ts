/** The only CSS of the standalone HTML rendering: readable measure, system fonts, print-friendly. */
export const ARTICLE_CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5c5c5c;--rule:#d8d8d8;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--muted:#a8a8a8;--rule:#444;--bg:#161616}}
body{margin:0;background:var(--bg);color:var(--fg);font:18px/1.6 Georgia,"Times New Roman",serif}
main{max-width:42rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:2.1rem;line-height:1.2;margin:.3rem 0 .6rem}
h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.3;margin:1.8rem 0 .5rem}
.kicker,.meta,.dateline,.note,figcaption,footer,.tags{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.kicker{text-transform:uppercase;letter-spacing:.05em;margin:0}
.standfirst{font-size:1.2rem;color:var(--muted);margin:.4rem 0 1rem}
.dateline{font-weight:600;text-transform:uppercase}
figure{margin:1.5rem 0}
img{max-width:100%;height:auto;display:block}
figcaption{margin-top:.4rem}
.credit{font-style:italic}
blockquote{margin:1.2rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
pre{overflow:auto;padding:.8rem;border:1px solid var(--rule);font-size:.85rem;line-height:1.4;white-space:pre-wrap}
.table{overflow-x:auto}
table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9rem}
th,td{border:1px solid var(--rule);padding:.3rem .6rem;text-align:left;vertical-align:top}
.tag{display:inline-block;border:1px solid var(--rule);border-radius:1rem;padding:0 .6rem;margin:0 .2rem .2rem 0}
footer{margin-top:2rem;border-top:1px solid var(--rule);padding-top:1rem}
hr{border:0;border-top:3px double var(--rule);margin:3rem 0}
a{color:inherit}
`.trim();
