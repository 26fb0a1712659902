import type ExcelJS from 'exceljs';
import { safeCellText } from './spreadsheet-text.ts';

export interface ExportFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type Cell = string | number | null;

/** A cell as written: numbers stay numbers, text is neutralised against formula injection. */
function exported(value: Cell): string | number {
  return typeof value === 'string' ? safeCellText(value) : (value ?? '');
}

function csvCell(value: Cell): string {
  const text = String(exported(value));
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM, so that spreadsheet programs set to Vietnamese open the accents correctly. */
export function writeCsv(headers: readonly string[], rows: readonly Cell[][]): Buffer {
  const lines = [headers, ...rows].map((r) => r.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One sheet, a bold frozen header row and columns sized to their content. */
export async function writeXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly Cell[][],
): Promise<Buffer> {
  // Loaded on first use, not at start: the server's first request does not need it (issue 13).
  const { default: Excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  workbook.creator = 'ungcuu';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers.map(exported)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(exported));
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      headers[i]?.length ?? 10,
      ...rows.slice(0, 500).map((r) => String(r[i] ?? '').length),
    );
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
