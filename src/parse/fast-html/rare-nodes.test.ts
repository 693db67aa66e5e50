import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Comment, Document, ProcessingInstruction } from 'domhandler';
import { newComment, newDirective, newDocument } from './rare-nodes.ts';
import { parseDocument } from '../fast-html.ts';

/** Own fields in order, with their values, and the prototype: what makes two nodes alike. */
const shape = (o: object) => ({ proto: Object.getPrototypeOf(o), fields: Object.entries(o) });

test('rare nodes are built exactly as domhandler builds them', () => {
  assert.deepEqual(shape(newDocument()), shape(new Document([])));
  assert.deepEqual(shape(newComment(' note ')), shape(new Comment(' note ')));
  assert.deepEqual(shape(newDirective('!doctype', '!DOCTYPE html')), shape(new ProcessingInstruction('!doctype', '!DOCTYPE html')));
});

test('a parsed page: doctype, comment and document answer as domhandler nodes do', () => {
  const doc = parseDocument('<!DOCTYPE html><!-- top --><html><body><p>Hi</p></body></html>');
  assert.ok(doc instanceof Document);
  assert.equal(doc.nodeType, 9);
  const [doctype, comment] = doc.children;
  assert.ok(doctype instanceof ProcessingInstruction);
  assert.equal(doctype.name, '!doctype');
  assert.equal(doctype.data, '!DOCTYPE html');
  assert.equal(doctype.nodeType, 1);
  assert.ok(comment instanceof Comment);
  assert.equal(comment.data, ' top ');
  assert.equal(comment.nodeType, 8);
  assert.equal(comment.parent, doc);
  assert.equal(comment.prev, doctype);
  assert.equal(doctype.next, comment);
});
