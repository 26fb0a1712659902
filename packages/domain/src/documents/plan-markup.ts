import type { DocBlock } from './document-model.ts';

/**
 * The plain-text markup a plan section is edited in (a textarea is enough): "# " a level-1
 * heading, "## " level 2, "### " level 3, "- " a list item, "| a | b |" a table row (the first
 * row is the header), a blank line ends a paragraph. Anything else is paragraph text.
 */
export function markupBlocks(body: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    if (table.length > 0) {
      const [headers = [], ...rows] = table;
      const columns = Math.max(headers.length, ...rows.map((r) => r.length));
      const pad = (r: string[]) => [...r, ...Array<string>(columns - r.length).fill('')];
      blocks.push({
        kind: 'table',
        headers: pad(headers),
        rows: rows.map(pad),
        widths: tableWidths(columns),
        size: 11,
      });
    }
    paragraph = [];
    list = [];
    table = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: heading[2] ?? '', level: (heading[1]?.length ?? 1) as 1 | 2 | 3 });
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0 || table.length > 0) flush();
      list.push(line.slice(2).trim());
    } else if (line.startsWith('|')) {
      if (paragraph.length > 0 || list.length > 0) flush();
      table.push(
        line
          .replace(/^\|/, '')
          .replace(/\|$/, '')
          .split('|')
          .map((c) => c.trim()),
      );
    } else {
      if (list.length > 0 || table.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** A first narrow column (numbering), the rest shared. */
function tableWidths(columns: number): number[] {
  if (columns <= 1) return [1];
  const first = 0.07;
  return [first, ...Array<number>(columns - 1).fill((1 - first) / (columns - 1))];
}

/** A table cell or list item must not break the markup: pipes and line breaks are flattened. */
export function cellText(value: string): string {
  return value.replace(/[|\r\n]+/g, ' ').trim();
}
