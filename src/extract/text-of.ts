import type { Block } from '../model/article.ts';

/** One block as plain text: list items on their own lines, table cells tab-separated. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'list':
      return b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n');
    case 'table':
      return b.rows.map((r) => r.join('\t')).join('\n');
    default:
      return b.text;
  }
}

/** `Article.text`: the body's blocks as plain text, separated by a blank line. */
export function blocksToText(blocks: Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
