/**
 * The nodes the parser makes rarely — the document, comments, the doctype — built without
 * their class constructors, as objects of the same prototype with the same fields in the same
 * order as domhandler's constructors give them.
 *
 * Why: domhandler's `Node` sets parent/prev/next/startIndex/endIndex in one class-field
 * initializer that every node class runs. Once it has seen five classes (document, element,
 * text, comment, doctype: any page with a doctype and a comment), its stores turn megamorphic,
 * and every element and text node of every later parse in the process pays. Measured: the same
 * page parsed 3–5× slower after one `<!DOCTYPE html>` page had been parsed, and 45% of parse
 * time on the WCXB pages in that initializer. Made this way, the initializer sees only elements
 * and text. (fast-html's tests check these nodes against domhandler's own.)
 */
import { Comment, Document, ProcessingInstruction, type ChildNode } from 'domhandler';

/** A new document node, as `new Document([])` makes it. */
export function newDocument(): Document {
  const d = Object.create(Document.prototype) as Document;
  return Object.assign(d, { parent: null, prev: null, next: null, startIndex: null, endIndex: null, children: [] as ChildNode[], type: 'root' as Document['type'] });
}

/** A new comment node, as `new Comment(data)` makes it. */
export function newComment(data: string): Comment {
  const c = Object.create(Comment.prototype) as Comment;
  return Object.assign(c, { parent: null, prev: null, next: null, startIndex: null, endIndex: null, data, type: 'comment' as Comment['type'] });
}

/** A new doctype node, as `new ProcessingInstruction(name, data)` makes it. */
export function newDirective(name: string, data: string): ProcessingInstruction {
  const p = Object.create(ProcessingInstruction.prototype) as ProcessingInstruction;
  return Object.assign(p, {
    parent: null, prev: null, next: null, startIndex: null, endIndex: null, data,
    type: 'directive' as ProcessingInstruction['type'], name, 'x-name': undefined, 'x-publicId': undefined, 'x-systemId': undefined,
  });
}
