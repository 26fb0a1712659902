import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type DocBlock, type DocModel, EMPTY } from '@ungcuu/domain/documents/document-model.ts';
import PDFDocument from 'pdfkit';

/**
 * PDF from the same document model as the DOCX, without a browser or an office suite: pdfkit draws
 * the blocks and embeds DejaVu Serif (Vietnamese-complete, free licence; decision 0025), shipped
 * by the `dejavu-fonts-ttf` package, with Debian's fonts-dejavu-core as a fallback.
 */

const FONT_FILES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
} as const;
type FontFace = keyof typeof FONT_FILES;

function fontDirectory(): string {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // The package is missing: fall back to the system fonts.
  }
  candidates.push('/usr/share/fonts/truetype/dejavu');
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.regular)));
  if (!found) throw new Error('DejaVu Serif fonts not found (dejavu-fonts-ttf package or fonts-dejavu-core)');
  return found;
}

let fontDir: string | undefined;

// A4 in points with the margins of NĐ 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm).
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** DejaVu is wider than Times New Roman; 12 pt keeps the pages close to the DOCX at 13 pt. */
const BASE_PT = 12;
const SCALE = BASE_PT / 13;

type Doc = PDFKit.PDFDocument;

interface Style {
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  size?: number | undefined;
}

function face(style: Style): FontFace {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}

function setStyle(doc: Doc, style: Style) {
  doc.font(face(style)).fontSize((style.size ?? 13) * SCALE);
}

function textWidth(doc: Doc) {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

function bottom(doc: Doc) {
  return doc.page.height - MARGIN.bottom;
}

/** Starts a new page when `height` does not fit below the cursor. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

function write(
  doc: Doc,
  value: string,
  style: Style & { align?: 'left' | 'center' | 'right' | 'justify'; indent?: number; after?: number } = {},
) {
  setStyle(doc, style);
  const text = value.trim() === '' ? EMPTY : value;
  const indent = style.indent ?? 0;
  const width = textWidth(doc) - indent;
  // Keep short lines with what follows; long paragraphs may flow onto the next page.
  ensureRoom(doc, Math.min(doc.heightOfString(text, { width }), 3 * doc.currentLineHeight(true)));
  doc.text(text, MARGIN.left + indent, doc.y, { width, align: style.align ?? 'left' });
  doc.y += style.after ?? 3;
}

interface ColumnLine extends Style {
  text: string;
  align?: 'left' | 'center' | 'right';
  /** Space after the line, in points. */
  after?: number;
  underline?: boolean;
}

/** Columns side by side (header, signature); returns to below the tallest. */
function columns(doc: Doc, cols: { fraction: number; lines: ColumnLine[] }[]) {
  const total = textWidth(doc);
  const measure = (col: { fraction: number; lines: ColumnLine[] }) =>
    col.lines.reduce((h, l) => {
      setStyle(doc, l);
      return h + doc.heightOfString(l.text || ' ', { width: col.fraction * total }) + (l.after ?? 0);
    }, 0);
  ensureRoom(doc, Math.max(...cols.map(measure)));
  const top = doc.y;
  let x = MARGIN.left;
  let lowest = top;
  for (const col of cols) {
    const width = col.fraction * total;
    let y = top;
    for (const line of col.lines) {
      setStyle(doc, line);
      doc.text(line.text || ' ', x, y, {
        width,
        align: line.align ?? 'center',
        underline: line.underline ?? false,
      });
      y = doc.y + (line.after ?? 0);
    }
    lowest = Math.max(lowest, y);
    x += width;
  }
  doc.x = MARGIN.left;
  doc.y = lowest;
}

function table(doc: Doc, block: Extract<DocBlock, { kind: 'table' }>) {
  const total = textWidth(doc);
  const widths = block.widths.map((w) => w * total);
  const pad = 3;
  const size = block.size ?? 12;
  const bold = new Set(block.boldRows ?? []);
  const rowHeight = (cells: string[], style: Style) => {
    setStyle(doc, style);
    return (
      Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 0) - 2 * pad }))) +
      2 * pad
    );
  };
  const drawRow = (cells: string[], style: Style & { align?: 'left' | 'center' }) => {
    const h = rowHeight(cells, style);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      doc.y = MARGIN.top;
      drawHeader();
    }
    const top = doc.y;
    let x = MARGIN.left;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, top, w, h).lineWidth(0.5).stroke();
      setStyle(doc, style);
      doc.text(c || ' ', x + pad, top + pad, { width: w - 2 * pad, align: style.align ?? 'left' });
      x += w;
    });
    doc.x = MARGIN.left;
    doc.y = top + h;
  };
  const drawHeader = () => drawRow(block.headers, { bold: true, size, align: 'center' });
  drawHeader();
  const body = block.rows.length > 0 ? block.rows : [block.headers.map(() => EMPTY)];
  body.forEach((row, n) => {
    drawRow(row, { size, bold: bold.has(n) });
  });
  doc.y += 6;
}

function drawBlock(doc: Doc, block: DocBlock) {
  switch (block.kind) {
    case 'header':
      columns(doc, [
        {
          fraction: 0.4,
          lines: [
            ...(block.parentBody ? [{ text: block.parentBody.toUpperCase(), size: 12 }] : []),
            { text: block.issuer.toUpperCase(), bold: true, size: 12, after: 6 },
            ...(block.number ? [{ text: block.number, size: 12 }] : []),
          ],
        },
        {
          fraction: 0.6,
          lines: [
            { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12 },
            { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: true, after: 6 },
            { text: block.placeDate, italic: true },
          ],
        },
      ]);
      doc.y += 6;
      return;
    case 'form_line':
      write(doc, block.text, { align: 'right', italic: true, size: 11, after: 6 });
      return;
    case 'title':
      doc.y += 12;
      write(doc, block.text, { align: 'center', bold: true, size: 14 });
      for (const s of block.subtitles ?? []) write(doc, s, { align: 'center', bold: true });
      doc.y += 8;
      return;
    case 'heading':
      doc.y += 6;
      // A heading never stands alone at the foot of a page.
      ensureRoom(doc, 40);
      write(doc, block.text, { bold: true, italic: block.level === 3 });
      return;
    case 'paragraph':
      write(doc, block.text, {
        align: block.align ?? 'justify',
        bold: block.bold,
        italic: block.italic,
        size: block.size,
        indent: block.indent ? 14 : 0,
      });
      return;
    case 'list': {
      const items = block.items.length > 0 ? block.items : [EMPTY];
      items.forEach((item, i) => {
        write(doc, block.numbered ? `${i + 1}. ${item}` : `- ${item}`, { align: 'justify', indent: 14 });
      });
      return;
    }
    case 'fields':
      for (const [label, value] of block.rows)
        write(doc, `- ${label}: ${value}`, { align: 'justify', indent: 14 });
      return;
    case 'table':
      table(doc, block);
      return;
    case 'signature':
      doc.y += 10;
      columns(doc, [
        {
          fraction: 0.45,
          lines: block.recipients
            ? [
                { text: 'Nơi nhận:', bold: true, italic: true, size: 12, align: 'left' },
                ...block.recipients.map((r) => ({ text: `- ${r}`, size: 11, align: 'left' as const })),
              ]
            : [{ text: ' ' }],
        },
        {
          fraction: 0.55,
          lines: [
            ...block.authority.map((a) => ({ text: a, bold: true })),
            { text: block.hint ?? ' ', italic: true, after: 60 },
            { text: block.name, bold: true },
          ],
        },
      ]);
      return;
    case 'signatures':
      doc.y += 10;
      columns(
        doc,
        block.parties.map((p) => ({
          fraction: 1 / block.parties.length,
          lines: [
            { text: p.authority, bold: true },
            { text: p.hint ?? ' ', italic: true, after: 60 },
            ...(p.name ? [{ text: p.name, bold: true }] : []),
          ],
        })),
      );
      return;
    case 'spacer':
      doc.y += 10;
      return;
    case 'page_break':
      doc.addPage();
      doc.y = MARGIN.top;
      return;
  }
}

/** The model as the bytes of an A4 PDF with the Vietnamese font embedded (subset). */
export function renderPdf(model: DocModel): Promise<Buffer> {
  fontDir ??= fontDirectory();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    info: { Title: model.title, Subject: model.subject ?? '', Creator: 'ungcuu', Producer: 'ungcuu' },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, join(fontDir, file));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  setStyle(doc, {});
  doc.y = MARGIN.top;
  for (const block of model.blocks) drawBlock(doc, block);
  doc.end();
  return done;
}
