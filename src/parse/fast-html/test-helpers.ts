/**
 * Helpers for the fast-html tests: a compact outline of a tree, to assert shapes in one line, and
 * a structural check of the parent/prev/next/children links every node must satisfy.
 */
import { Comment, Element, ProcessingInstruction, Text, type AnyNode, type Document } from 'domhandler';

/**
 * `div[p["a"],p["b"]]` style outline. Attributes appear as `a{href=x}` when `attrs` is set;
 * comments as `<!c>`, directives as `<?name>`.
 */
export function outline(node: Document | AnyNode, attrs = false): string {
  const kids = (n: { children: AnyNode[] }) => n.children.map((c) => outline(c, attrs)).join(',');
  if (node instanceof Text) return JSON.stringify(node.data);
  if (node instanceof Comment) return `<!${node.data}>`;
  if (node instanceof ProcessingInstruction) return `<?${node.name}>`;
  if (node instanceof Element) {
    const a = attrs && Object.keys(node.attribs).length > 0
      ? `{${Object.entries(node.attribs).map(([k, v]) => `${k}=${v}`).join(' ')}}`
      : '';
    return node.children.length > 0 ? `${node.name}${a}[${kids(node)}]` : `${node.name}${a}`;
  }
  return kids(node as Document);
}

/**
 * Walk the whole tree iteratively and throw on the first broken link. Returns the number of
 * nodes and the maximum element depth.
 */
export function checkLinks(doc: Document): { nodes: number; depth: number } {
  let nodes = 0;
  let maxDepth = 0;
  const stack: [Document | AnyNode, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    if (depth > maxDepth) maxDepth = depth;
    if (!('children' in n)) continue;
    const kids = n.children as AnyNode[];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      nodes++;
      if (k.parent !== n) throw new Error(`child ${i} of ${describe(n)} has the wrong parent`);
      if (k.prev !== (i > 0 ? kids[i - 1] : null)) throw new Error(`child ${i} of ${describe(n)} has the wrong prev`);
      if (k.next !== (i + 1 < kids.length ? kids[i + 1] : null)) throw new Error(`child ${i} of ${describe(n)} has the wrong next`);
      if (k instanceof Text && i > 0 && kids[i - 1] instanceof Text) throw new Error(`adjacent text nodes in ${describe(n)}`);
      stack.push([k, depth + 1]);
    }
  }
  return { nodes, depth: maxDepth };
}

function describe(n: Document | AnyNode): string {
  return n instanceof Element ? `<${n.name}>` : n.type;
}

/** Visible text: Text nodes outside script/style, whitespace collapsed (as bench/parse.ts). */
export function visibleText(doc: Document): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n instanceof Text) parts.push(n.data);
    else if (n instanceof Element && n.name !== 'script' && n.name !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
