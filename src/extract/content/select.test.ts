import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { parseHtml } from '../../parse/html.ts';
import { StatsTable } from './stats.ts';
import { selectContainers } from './select.ts';

const PROSE = 'The transport department will publish the full schedule next month, after a consultation with drivers, unions and neighbourhood groups. ';

function byClass(root: Element, cls: string): Element {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.attribs?.class === cls) return el;
    for (const c of el.children) if ('children' in c) stack.push(c as Element);
  }
  throw new Error(cls);
}

/** Does one of the containers hold `el` (be it or an ancestor of it)? */
function holds(containers: Element[], el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (containers.includes(p)) return true;
  return false;
}

test('a winner holding almost no text gives way to a near rival with several times its text', () => {
  const doc = parseHtml(`<html><body><section><div class="bar__content"><p>Pricing guide, updated.</p></div></section>
    <div class="panel"><div class="textwidget">${`<p>${PROSE}</p>`.repeat(6)}</div></div><div class="other"><p>${PROSE}</p></div></body></html>`);
  const body = byClass(doc.children[0] as Element, 'panel').parent as Element;
  const stats = StatsTable.build(body);
  const bar = byClass(body, 'bar__content');
  const widget = byClass(body, 'textwidget');
  const other = byClass(body, 'other');
  // A tiny winner: the rival at 90% of its score with far more text takes over.
  assert.ok(holds(selectContainers([{ el: bar, score: 31 }, { el: widget, score: 28 }], stats), widget));
  // A rival far below the winner's score does not.
  assert.equal(holds(selectContainers([{ el: bar, score: 31 }, { el: widget, score: 10 }], stats), widget), false);
  // A winner with real text keeps its place.
  assert.ok(holds(selectContainers([{ el: other, score: 31 }, { el: widget, score: 28 }], stats), other));
});
