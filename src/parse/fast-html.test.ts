import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Comment, Document, Element, ProcessingInstruction, Text } from 'domhandler';
import { parseDocument } from './fast-html.ts';
import { checkLinks, outline } from './fast-html/test-helpers.ts';

/** Parse, check every link, and return the outline. */
function shape(html: string, attrs = false): string {
  const doc = parseDocument(html);
  checkLinks(doc);
  return outline(doc, attrs);
}

test('builds domhandler nodes with the right types and links', () => {
  const doc = parseDocument('<!DOCTYPE html><html><head><script>x()</script><style>p{}</style></head><body><p id=a>Hi<!-- c --></p></body></html>');
  assert.ok(doc instanceof Document);
  const [dt, html] = doc.children;
  assert.ok(dt instanceof ProcessingInstruction);
  assert.equal(dt.name, '!doctype');
  assert.equal(dt.data, '!DOCTYPE html');
  assert.ok(html instanceof Element);
  const head = html.children[0] as Element;
  const [script, style] = head.children as Element[];
  assert.equal(script.type, 'script');
  assert.equal(style.type, 'style');
  const p = (html.children[1] as Element).children[0] as Element;
  assert.equal(p.type, 'tag');
  assert.deepEqual({ ...p.attribs }, { id: 'a' });
  assert.ok(p.children[0] instanceof Text);
  assert.ok(p.children[1] instanceof Comment);
  assert.equal((p.children[1] as Comment).data, ' c ');
  assert.equal(p.parent?.parent, html);
  assert.equal(checkLinks(doc).nodes, 11);
});

test('names are lower-cased; <image> is <img>', () => {
  assert.equal(shape('<DIV CLASS="A" Data-X=1><Image SRC=a></DIV>', true), 'div{class=A data-x=1}[img{src=a}]');
});

test('void elements never take children', () => {
  assert.equal(shape('<p>a<br>b<img src=x>c<hr>d'), 'p["a",br,"b",img,"c"],hr,"d"');
  assert.equal(shape('<meta charset=utf-8><link rel=x><input><wbr>x<source><track><area><base><col><embed><param>'),
    'meta,link,input,wbr,"x",source,track,area,base,col,embed,param');
});

test('self-closing syntax: honoured for void and svg/math elements, ignored for HTML ones', () => {
  assert.equal(shape('<div/>x</div>y'), 'div["x"],"y"');
  assert.equal(shape('<br/><img src=a />t'), 'br,img,"t"');
  assert.equal(shape('<svg><path d="M0"/><circle r=1 /><g><rect/></g></svg>after'), 'svg[path,circle,g[rect]],"after"');
  assert.equal(shape('<p><svg/>x</p>'), 'p[svg,"x"]');
});

test('a new <p> or a block element closes an open <p>', () => {
  assert.equal(shape('<p>a<p>b'), 'p["a"],p["b"]');
  assert.equal(shape('<p>a<div>b</div>c'), 'p["a"],div["b"],"c"');
  for (const tag of ['ul', 'ol', 'h2', 'table', 'blockquote', 'section', 'pre', 'form', 'article', 'figure']) {
    assert.equal(shape(`<p>a<${tag}>b</${tag}>`), `p["a"],${tag}["b"]`, tag);
  }
  assert.equal(shape('<p>a<hr>b'), 'p["a"],hr,"b"');
  // Inline elements stay inside.
  assert.equal(shape('<p>a<span>b</span><em>c</em>'), 'p["a",span["b"],em["c"]]');
  // A <p> inside a <button> or <object> is out of scope for the outer <p>.
  assert.equal(shape('<p>a<button><div>b</div></button>c</p>'), 'p["a",button[div["b"]],"c"]');
  assert.equal(shape('<p>a<object><div>b</div></object>c</p>'), 'p["a",object[div["b"]],"c"]');
});

test('<li> closes the previous <li>; nested lists stay nested', () => {
  assert.equal(shape('<ul><li>a<li>b</ul>'), 'ul[li["a"],li["b"]]');
  assert.equal(shape('<ul><li>a<ul><li>b<li>c</ul><li>d</ul>'), 'ul[li["a",ul[li["b"],li["c"]]],li["d"]]');
  // The walk passes through div/p/phrasing but not other special elements.
  assert.equal(shape('<ul><li><div><span>a<li>b</ul>'), 'ul[li[div[span["a"]]],li["b"]]');
  assert.equal(shape('<ul><li>a<p>b<li>c</ul>'), 'ul[li["a",p["b"]],li["c"]]');
  // </li> outside a list item is ignored.
  assert.equal(shape('<div>a</li>b</div>'), 'div["ab"]');
});

test('<dt>/<dd> close each other', () => {
  assert.equal(shape('<dl><dt>a<dd>b<dt>c<dd>d</dl>'), 'dl[dt["a"],dd["b"],dt["c"],dd["d"]]');
  assert.equal(shape('<dl><dt>a<p>b<dd>c</dl>'), 'dl[dt["a",p["b"]],dd["c"]]');
});

test('<td>/<th>/<tr> close their open siblings, not across a nested table', () => {
  assert.equal(shape('<table><tr><td>1<td>2<tr><th>3<td>4</table>x'), 'table[tr[td["1"],td["2"]],tr[th["3"],td["4"]]],"x"');
  assert.equal(shape('<table><thead><tr><th>h<tbody><tr><td>b<tfoot><tr><td>f</table>'),
    'table[thead[tr[th["h"]]],tbody[tr[td["b"]]],tfoot[tr[td["f"]]]]');
  assert.equal(shape('<table><tr><td>a<table><tr><td>b<td>c</table>d<td>e</table>'),
    'table[tr[td["a",table[tr[td["b"],td["c"]]],"d"],td["e"]]]');
  // </p> inside a cell cannot reach a <p> outside the table: it makes an empty <p> in the cell.
  assert.equal(shape('<p>a<object><table><tr><td>b</p>c</td></tr></table></object>d</p>'),
    'p["a",object[table[tr[td["b",p,"c"]]]],"d"]');
  // </td> closes what is open in the cell.
  assert.equal(shape('<table><tr><td><p>a<b>b</td><td>c</td></tr></table>'), 'table[tr[td[p["a",b["b"]]],td["c"]]]');
});

test('<option>/<optgroup>, <rt>/<rp>, headings and <a> close their open siblings', () => {
  assert.equal(shape('<select><option>a<option>b<optgroup><option>c<optgroup><option>d</select>'),
    'select[option["a"],option["b"],optgroup[option["c"]],optgroup[option["d"]]]');
  assert.equal(shape('<ruby>a<rt>b<rp>c<rt>d</ruby>'), 'ruby["a",rt["b"],rp["c"],rt["d"]]');
  assert.equal(shape('<h1>a<h2>b</h2>c'), 'h1["a"],h2["b"],"c"');
  assert.equal(shape('<h2>a</h3>b'), 'h2["a"],"b"');
  assert.equal(shape('<a href=1>x<a href=2>y</a>'), 'a["x"],a["y"]');
  assert.equal(shape('<a href=1><span>x<a href=2>y</a>'), 'a[span["x"]],a["y"]');
  assert.equal(shape('<a href=1><div>x<a href=2>y</a></div></a>'), 'a[div["x",a["y"]]]');
});

test('stray end tags are ignored; </p> and </br> make elements as in browsers', () => {
  assert.equal(shape('<div>a</span>b</em></div>'), 'div["ab"]');
  assert.equal(shape('</div></table></html>x'), '"x"');
  assert.equal(shape('<div>a</p>b</div>'), 'div["a",p,"b"]');
  assert.equal(shape('a</br>b'), '"a",br,"b"');
  assert.equal(shape('<div>a</img>b</div>'), 'div["ab"]');
});

test('an end tag closes up to its element only when it is open and reachable', () => {
  assert.equal(shape('<div><span><b>x</div>y'), 'div[span[b["x"]]],"y"');
  assert.equal(shape('<section><div>a</section>b'), 'section[div["a"]],"b"');
  // </span> cannot close across a <div> (a special element): ignored.
  assert.equal(shape('<span><div>a</span>b</div>c'), 'span[div["ab"],"c"]');
  // </div> cannot close across a table boundary.
  assert.equal(shape('<div><table><tr><td>a</div>b</td></tr></table>c</div>d'), 'div[table[tr[td["ab"]]],"c"],"d"');
  // </body> and </html> do not end the body: later content stays inside it, as in browsers.
  assert.equal(shape('<html><body><p>a</p></body></html><p>b</p>'), 'html[body[p["a"],p["b"]]]');
});

test('<head> and <body>: closed and merged like browsers do', () => {
  assert.equal(shape('<html><head><title>t</title><div>x</div></html>'), 'html[head[title["t"]],div["x"]]');
  assert.equal(shape('<html><head><meta a=1><body class=a><body id=b class=c>x', true), 'html[head[meta{a=1}],body{class=a id=b}["x"]]');
  assert.equal(shape('<head><noscript><img src=a></noscript></head><body>x', true), 'head[noscript[img{src=a}]],body["x"]');
  assert.equal(shape('<form><form>x</form>y</form>'), 'form["x"],"y"');
});

test('unclosed elements are closed at the end of the input', () => {
  assert.equal(shape('<div><ul><li><span>text'), 'div[ul[li[span["text"]]]]');
  assert.equal(shape('<div class="x'), '');
  assert.equal(shape('a<div'), '"a"');
  assert.equal(shape('a</div'), '"a"');
  assert.equal(shape('a<'), '"a<"');
  assert.equal(shape('a</'), '"a</"');
});

test('attributes: no value, unquoted, quoted, duplicated (first wins), odd names', () => {
  const el = parseDocument('<input disabled value=a&amp;b data-x = \'q"\' TITLE="1 > 0" title=2 /readonly =eq a=b=c>').children[0] as Element;
  assert.deepEqual({ ...el.attribs }, { disabled: '', value: 'a&b', 'data-x': 'q"', title: '1 > 0', readonly: 'eq', a: 'b=c' });
  assert.deepEqual({ ...(parseDocument('<p =x>').children[0] as Element).attribs }, { '=x': '' });
  const proto = parseDocument('<p __proto__=x constructor=y toString=z>').children[0] as Element;
  assert.equal(Object.getOwnPropertyDescriptor(proto.attribs, '__proto__')?.value, 'x');
  assert.equal(proto.attribs.constructor, 'y');
  assert.equal(proto.attribs.tostring, 'z');
  // No prototype: a name like `constructor` is just an attribute, and reads stay dictionary lookups.
  assert.equal(Object.getPrototypeOf(proto.attribs), null);
  const empty = parseDocument('<a href="" b=\'\' c=>x</a>').children[0] as Element;
  assert.deepEqual({ ...empty.attribs }, { href: '', b: '', c: '' });
  assert.equal(shape('<a href=x/>t</a>', true), 'a{href=x/}["t"]');
});

test('entities are decoded in text and attribute values, not in raw text', () => {
  const doc = parseDocument('<p title="&quot;Q&quot; &amp; A &copy=1 &#x41;">&lt;b&gt; &amp; &#169; &#x1F600; &nbsp;|&notit; &copy 2020 &bogus;</p><script>a&amp;&lt;b</script><title>T &amp; U</title><textarea>&lt;x&gt;</textarea>');
  const [p, script, title, textarea] = doc.children as Element[];
  assert.equal(p.attribs.title, '"Q" & A &copy=1 A');
  assert.equal((p.children[0] as Text).data, '<b> & © 😀 \u00a0|¬it; © 2020 &bogus;');
  assert.equal((script.children[0] as Text).data, 'a&amp;&lt;b');
  assert.equal((title.children[0] as Text).data, 'T & U');
  assert.equal((textarea.children[0] as Text).data, '<x>');
});

test('script and style content is raw text up to the matching end tag', () => {
  const doc = parseDocument('<script>var s = "</div><p>"; if (a<b && c>d) x("<!--");</script ><p>after</p>');
  const script = doc.children[0] as Element;
  assert.equal(script.children.length, 1);
  assert.equal((script.children[0] as Text).data, 'var s = "</div><p>"; if (a<b && c>d) x("<!--");');
  assert.equal(outline(doc), 'script["var s = \\"</div><p>\\"; if (a<b && c>d) x(\\"<!--\\");"],p["after"]');
  assert.equal(shape('<SCRIPT type=x>a</scripts>b</SCRIPT>c'), 'script["a</scripts>b"],"c"');
  assert.equal(shape('<style>a</style/>b'), 'style["a"],"b"');
  assert.equal(shape('<script/>x</script>y'), 'script["x"],"y"');
  assert.equal(shape('<script>never closed <p>x'), 'script["never closed <p>x"]');
  assert.equal(shape('<iframe><p>x</p></iframe><xmp><b></xmp><noembed><i></noembed><noframes><u></noframes>'),
    'iframe["<p>x</p>"],xmp["<b>"],noembed["<i>"],noframes["<u>"]');
  assert.equal(shape('<plaintext><p>a</plaintext>b'), 'plaintext["<p>a</plaintext>b"]');
  // In svg, <style> and <script> are ordinary elements.
  assert.equal(shape('<svg><style>a<c/></style></svg>'), 'svg[style["a",c]]');
});

test("'<' not starting a tag is text", () => {
  assert.equal(shape('a < b <3 <> <=c <.d'), '"a < b <3 <> <=c <.d"');
  assert.equal(shape('x</>y'), '"xy"');
  assert.equal(shape('x</ y>z'), '"x",<! y>,"z"');
});

test('comments, bogus comments, doctype and CDATA', () => {
  assert.equal(shape('<!-- a -- b -->x<!---->y<!-->z<!--->w<!--q--!>v'), '<! a -- b >,"x",<!>,"y",<!>,"z",<!>,"w",<!q>,"v"');
  assert.equal(shape('<!--never closed <p>x'), '<!never closed <p>x>');
  assert.equal(shape('<?xml version="1.0"?><!ELEMENT x>a'), '<!?xml version="1.0"?>,<!ELEMENT x>,"a"');
  assert.equal(shape('<!doctype html>a'), '<?!doctype>,"a"');
  assert.equal(shape('<svg><text><![CDATA[a<b]]></text></svg>'), 'svg[text["a<b"]]');
  assert.equal(shape('<p><![CDATA[a]]>b</p>'), 'p[<![CDATA[a]]>,"b"]');
});

test('svg/math: HTML integration points and breakout tags', () => {
  assert.equal(shape('<svg><foreignObject><div>a<p>b</div></foreignObject></svg>c'), 'svg[foreignobject[div["a",p["b"]]]],"c"');
  // An HTML block tag inside an unclosed <svg> leaves it, as browsers do.
  assert.equal(shape('<div><svg><g><p>text<script>x<y</script>'), 'div[svg[g],p["text",script["x<y"]]]');
  assert.equal(shape('<math><mi>x</mi><p>y'), 'math[mi["x"]],p["y"]');
  // <image> is <img> in HTML but stays svg's <image> inside svg.
  assert.equal(shape('<svg><image href=a /><g/></svg><image src=b>'), 'svg[image,g],img');
});

test('NUL bytes and control characters do not crash and stay text', () => {
  assert.equal(shape('a\u0000b<p\u0000 x\u0000=1>c</p\u0000>'), '"a\\u0000b",p\u0000["c"]');
  const odd = parseDocument('\uFFFD\uD800<\uD800>');
  assert.equal((odd.children[0] as Text).data, '\uFFFD\uD800<\uD800>');
});

test('white space alone at a block boundary is not kept; elsewhere (inline, pre, svg) it is', () => {
  const kids = (html: string) => (parseDocument(html).children[0] as Element).children.map((c) => (c.type === 'text' ? JSON.stringify((c as Text).data) : (c as Element).name));
  assert.deepEqual(kids('<div>\n  <p>a</p>\n  <p>b</p>\n</div>'), ['p', 'p']);
  assert.deepEqual(kids('<ul>\n <li>a</li>\n <li>b</li>\n</ul>'), ['li', 'li']);
  assert.deepEqual(kids('<p><a>x</a> <b>y</b> </p>'), ['a', '" "', 'b']);
  assert.deepEqual(kids('<pre>\n <b>x</b>\n <p>y</p></pre>'), ['"\\n "', 'b', '"\\n "', 'p']);
  assert.deepEqual(kids('<div>a <p>b</p> c</div>'), ['"a "', 'p', '" c"']);
  const svg = (parseDocument('<svg> <text>x</text> <title>t</title></svg>').children[0] as Element).children;
  assert.equal(svg.filter((c) => c.type === 'text').length, 2);
});
