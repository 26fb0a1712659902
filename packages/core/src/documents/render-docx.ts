import { type DocBlock, type DocModel, EMPTY } from '@ungcuu/domain/documents/document-model.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/** Vietnamese administrative documents are set in Times New Roman 13 pt (NĐ 30/2020 Phụ lục I). */
const DOC_FONT = 'Times New Roman';
const DEFAULT_PT = 13;

// A4 with the margins of NĐ 30/2020: top/bottom 20 mm, left 30 mm, right 15 mm (1 mm ≈ 56.7 twips).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface RunStyle {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  /** Points. */
  size?: number | undefined;
}

/** Runs for a text that may span several lines; line breaks in the value are kept. */
function runs(value: string, style: RunStyle = {}): TextRun[] {
  const text = value.trim() === '' ? EMPTY : value;
  return text.split(/\r?\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        bold: style.bold,
        italics: style.italic,
        ...(style.underline ? { underline: {} } : {}),
        ...(style.size ? { size: style.size * 2 } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

function para(
  value: string,
  options: RunStyle & {
    align?: keyof typeof ALIGN | undefined;
    after?: number;
    before?: number;
    indent?: boolean | undefined;
  } = {},
) {
  const { align = 'left', after = 60, before = 0, indent, ...style } = options;
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before, after },
    ...(indent ? { indent: { left: 284 } } : {}),
    children: runs(value, style),
  });
}

/** A borderless one-row table used only to place blocks side by side. */
function layoutTable(columns: readonly Paragraph[][], fractions: readonly number[]): Table {
  const columnWidths = fractions.map((f) => Math.round(f * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (children, i) =>
            new TableCell({
              width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
              children: children.length > 0 ? [...children] : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

function gridTable(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const columnWidths = block.widths.map((w) => Math.round(w * TEXT_WIDTH));
  const size = block.size ?? 12;
  const bold = new Set(block.boldRows ?? []);
  const cell = (value: string, i: number, header: boolean, strong: boolean) =>
    new TableCell({
      width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlignTable.TOP,
      // A blank cell stays blank (a model that wants a dash writes one).
      children: [
        value.trim() === ''
          ? new Paragraph({ children: [] })
          : para(value, { bold: header || strong, align: header ? 'center' : 'left', after: 0, size }),
      ],
    });
  const body = block.rows.length > 0 ? block.rows : [block.headers.map(() => EMPTY)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, i, true, false)) }),
      ...body.map(
        (r, n) =>
          new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false, bold.has(n))) }),
      ),
    ],
  });
}

function blockToDocx(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'header': {
      const left = [
        ...(block.parentBody ? [para(block.parentBody.toUpperCase(), { align: 'center', after: 0 })] : []),
        para(block.issuer.toUpperCase(), { align: 'center', bold: true, after: 120 }),
        ...(block.number ? [para(block.number, { align: 'center', after: 0 })] : []),
      ];
      const right = [
        para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', bold: true, size: 12, after: 0 }),
        // The motto is underlined by a rule as long as itself, as NĐ 30/2020 shows it.
        para('Độc lập - Tự do - Hạnh phúc', { align: 'center', bold: true, underline: true, after: 120 }),
        para(block.placeDate, { align: 'center', italic: true, after: 0 }),
      ];
      return [layoutTable([left, right], [0.4, 0.6])];
    }
    case 'form_line':
      return [para(block.text, { align: 'right', italic: true, size: 11, after: 120 })];
    case 'title':
      return [
        para(block.text, { align: 'center', bold: true, size: 14, before: 360, after: 60 }),
        ...(block.subtitles ?? []).map((s) => para(s, { align: 'center', bold: true, after: 60 })),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 160, after: 60 },
          keepNext: true,
          children: runs(block.text, { bold: true, italic: block.level === 3 }),
        }),
      ];
    case 'paragraph':
      return [
        para(block.text, {
          align: block.align ?? 'justify',
          bold: block.bold,
          italic: block.italic,
          size: block.size,
          indent: block.indent,
        }),
      ];
    case 'list': {
      const items = block.items.length > 0 ? block.items : [EMPTY];
      return items.map((item, i) =>
        para(block.numbered ? `${i + 1}. ${item}` : `- ${item}`, { align: 'justify', indent: true }),
      );
    }
    case 'fields':
      return block.rows.map(
        ([label, value]) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { left: 284 },
            spacing: { after: 60 },
            children: [new TextRun({ text: `- ${label}: ` }), ...runs(value)],
          }),
      );
    case 'table':
      return [gridTable(block), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'signature': {
      const left = block.recipients
        ? [
            para('Nơi nhận:', { bold: true, italic: true, size: 12, after: 0 }),
            ...block.recipients.map((r) => para(`- ${r}`, { size: 11, after: 0 })),
          ]
        : [];
      const right = [
        ...block.authority.map((a) => para(a, { align: 'center', bold: true, after: 0 })),
        para(block.hint ?? '', { align: 'center', italic: true, after: 1200 }),
        para(block.name, { align: 'center', bold: true, after: 0 }),
      ];
      return [
        new Paragraph({ spacing: { after: 120 }, children: [] }),
        layoutTable([left, right], [0.45, 0.55]),
      ];
    }
    case 'signatures': {
      const columns = block.parties.map((p) => [
        para(p.authority, { align: 'center', bold: true, after: 0 }),
        para(p.hint ?? '', { align: 'center', italic: true, after: 1200 }),
        ...(p.name ? [para(p.name, { align: 'center', bold: true, after: 0 })] : []),
      ]);
      return [
        layoutTable(
          columns,
          block.parties.map(() => 1 / block.parties.length),
        ),
      ];
    }
    case 'spacer':
      return [new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'page_break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The model as the bytes of an A4 .docx file in the house style. */
export function renderDocx(model: DocModel): Promise<Buffer> {
  const doc = new Document({
    creator: 'ungcuu',
    title: model.title,
    ...(model.subject ? { subject: model.subject } : {}),
    styles: {
      default: {
        document: {
          run: { font: DOC_FONT, size: DEFAULT_PT * 2 },
          paragraph: { spacing: { line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: model.blocks.flatMap(blockToDocx),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
