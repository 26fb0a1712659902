import { isIpAddress } from '@ungcuu/domain/systems/system.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IncidentDocData } from './incident-doc-data.ts';

/** Vietnamese administrative documents are set in Times New Roman 13 pt (NĐ 30/2020 Phụ lục I). */
export const DOC_FONT = 'Times New Roman';
/** In half-points, as OOXML counts font sizes. */
export const DOC_FONT_SIZE = 26;
/** Printed for every empty or missing value, so the reader sees "not provided", never "undefined". */
export const EMPTY = '—';

// A4 with the margins of NĐ 30/2020: top/bottom 20 mm, left 30 mm, right 15 mm (1 mm ≈ 56.7 twips).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
/** Text width of the page in twips, for tables. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // UTC+7 all year, no daylight saving.

export type TextValue = string | number | null | undefined;

/** The value as text, or "—" when it is missing or blank. */
export function orDash(value: TextValue): string {
  if (value === null || value === undefined) return EMPTY;
  const text = String(value).trim();
  return text === '' ? EMPTY : text;
}

/** Several values as one line ("a; b; c"), or "—" when there are none. */
export function listOrDash(values: readonly TextValue[] | null | undefined, separator = '; '): string {
  const texts = (values ?? []).map(orDash).filter((t) => t !== EMPTY);
  return texts.length === 0 ? EMPTY : texts.join(separator);
}

interface VietnamParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  monthNumber: number;
}

function vietnamParts(iso: string | null | undefined): VietnamParts | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    day: two(d.getUTCDate()),
    month: two(d.getUTCMonth() + 1),
    year: String(d.getUTCFullYear()),
    hour: two(d.getUTCHours()),
    minute: two(d.getUTCMinutes()),
    monthNumber: d.getUTCMonth() + 1,
  };
}

/** An instant in Vietnam time as "dd/mm/yyyy HH:mm", or "—". */
export function formatVietnamDateTime(iso: string | null | undefined): string {
  const p = vietnamParts(iso);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : EMPTY;
}

/** The Vietnam-time date of an instant as "dd/mm/yyyy", or "—". */
export function formatVietnamDate(iso: string | null | undefined): string {
  const p = vietnamParts(iso);
  return p ? `${p.day}/${p.month}/${p.year}` : EMPTY;
}

/** The Vietnam-time clock of an instant as "HH:mm", or "—". */
export function formatVietnamClock(iso: string | null | undefined): string {
  const p = vietnamParts(iso);
  return p ? `${p.hour}:${p.minute}` : EMPTY;
}

/**
 * The date line of an administrative document, "ngày 05 tháng 3 năm 2026". NĐ 30/2020: days
 * below 10 and the months 1 and 2 take a leading zero, other months do not.
 */
export function vietnameseDateLine(iso: string | null | undefined): string {
  const p = vietnamParts(iso);
  if (!p) return 'ngày … tháng … năm …';
  const month = p.monthNumber <= 2 ? p.month : String(p.monthNumber);
  return `ngày ${p.day} tháng ${month} năm ${p.year}`;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/** Runs for a text that may span several lines; line breaks in the value are kept. */
export function runs(value: TextValue, style: RunStyle = {}): TextRun[] {
  return orDash(value)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

export function paragraph(
  value: TextValue,
  options: RunStyle & { align?: 'left' | 'center' | 'right' | 'justify'; after?: number } = {},
): Paragraph {
  const { align = 'left', after = 60, ...style } = options;
  const alignment = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[align];
  return new Paragraph({ alignment, spacing: { after }, children: runs(value, style) });
}

/** The "Mẫu 0x" line printed at the top right of every form of TT 20/2017. */
export function formLine(form: '03' | '04'): Paragraph {
  return paragraph(`Mẫu ${form} — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT`, {
    align: 'right',
    italics: true,
    size: 22,
    after: 120,
  });
}

/**
 * The heading block of an administrative document: the issuing body on the left, the national
 * motto on the right, the date line under the motto.
 */
export function nationalHeader(unitName: string, issuedAt: string): Table {
  const left = [paragraph(unitName.toUpperCase(), { align: 'center', bold: true, after: 0 })];
  const right = [
    paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', bold: true, size: 24, after: 0 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      // The motto is underlined by a rule as long as itself, as NĐ 30/2020 shows it.
      children: [new TextRun({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: {} })],
    }),
    paragraph(capitalize(vietnameseDateLine(issuedAt)), { align: 'center', italics: true, after: 0 }),
  ];
  return layoutTable([left, right], [0.4, 0.6]);
}

/** The centred title of the document, with optional lines under it (e.g. the incident code). */
export function documentTitle(title: string, ...subtitles: string[]): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 60 },
      children: [new TextRun({ text: title, bold: true, size: 28 })],
    }),
    ...subtitles.map((s) => paragraph(s, { align: 'center', bold: true, after: 60 })),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** A numbered section heading such as "1. Thông tin tổ chức báo cáo sự cố". */
export function sectionHeading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 160, after: 60 },
    keepNext: true,
    children: [new TextRun({ text, bold: true })],
  });
}

/** "- Label: value", the value on as many lines as it has; empty values print "—". */
export function labelledRow(label: string, value: TextValue): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: 284 },
    spacing: { after: 60 },
    children: [new TextRun({ text: `- ${label}: ` }), ...runs(value)],
  });
}

/** Several labelled rows at once. */
export function labelledRows(rows: readonly (readonly [string, TextValue])[]): Paragraph[] {
  return rows.map(([label, value]) => labelledRow(label, value));
}

/** A free-text block under a heading, indented like the rows. */
export function textBlock(value: TextValue): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: 284 },
    spacing: { after: 60 },
    children: runs(value),
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A bordered table with a bold header row and two columns; `widths` are fractions of the text
 * width. With no rows a single row of dashes is printed, so the table never looks truncated.
 */
export function twoColumnTable(
  headers: readonly [string, string],
  rows: readonly (readonly [TextValue, TextValue])[],
  widths: readonly [number, number] = [0.3, 0.7],
): Table {
  const columnWidths = widths.map((w) => Math.round(w * TEXT_WIDTH));
  const cell = (value: TextValue, i: number, header: boolean) =>
    new TableCell({
      width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      verticalAlign: VerticalAlignTable.TOP,
      children: [paragraph(value, { bold: header, align: header ? 'center' : 'left', after: 0 })],
    });
  const body = rows.length > 0 ? rows : [[EMPTY, EMPTY] as const];
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
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...body.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

/**
 * The signature block at the bottom right: title in capitals, the hint in brackets, room to sign,
 * then the signer's name.
 */
export function signatureBlock(options: { title: string; hint: string; name: TextValue }): Table {
  const right = [
    paragraph(options.title, { align: 'center', bold: true, after: 0 }),
    paragraph(options.hint, { align: 'center', italics: true, after: 1200 }),
    paragraph(options.name, { align: 'center', bold: true, after: 0 }),
  ];
  return layoutTable([[new Paragraph({ children: [] })], right], [0.45, 0.55]);
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
            new TableCell({ width: { size: columnWidths[i] ?? 0, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The affected system as Mẫu 03 section 3 lists it; Mẫu 04 repeats it. */
export function systemRows(data: IncidentDocData): [string, string][] {
  const addresses = data.system?.addresses ?? [];
  const ips = addresses.filter((a) => isIpAddress(a.trim()));
  const names = addresses.filter((a) => !isIpAddress(a.trim()));
  const level = data.system?.level;
  return [
    ['Đơn vị vận hành hệ thống', orDash(data.operatingUnit?.name)],
    ['Cơ quan chủ quản', orDash(data.ownerUnit?.name)],
    ['Tên hệ thống', orDash(data.system?.name)],
    ['Tên miền', listOrDash(names)],
    ['Địa chỉ IP', listOrDash(ips)],
    ['Cấp độ hệ thống', level ? `Cấp độ ${level}` : data.system ? 'Chưa xác định cấp độ' : EMPTY],
    ['Nhà cung cấp dịch vụ bảo đảm an toàn thông tin', orDash(data.system?.securityProvider)],
    ['Nhà cung cấp dịch vụ kết nối', orDash(data.system?.connectivityProvider)],
  ];
}

/** "Tấn công mạng — Tấn công mã hóa …", whichever of the two labels are known. */
export function classification(data: IncidentDocData): string {
  return listOrDash([data.causeGroupLabel, data.subtypeLabel], ' — ');
}

/** Packs an A4 document in the house style into the bytes of a .docx file. */
export function packDocument(options: {
  title: string;
  subject: string;
  children: readonly (Paragraph | Table)[];
}): Promise<Buffer> {
  const doc = new Document({
    creator: 'ungcuu',
    title: options.title,
    subject: options.subject,
    styles: {
      default: {
        document: {
          run: { font: DOC_FONT, size: DOC_FONT_SIZE },
          paragraph: { spacing: { line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: [...options.children],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
