import { DomainError } from '@ungcuu/domain/errors.ts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type TabularFormat = 'csv' | 'xlsx';
export type TabularRow = Record<string, string>;

export const MAX_IMPORT_ROWS = 20_000;

/** Header cells are matched loosely: case, accents, spaces and punctuation do not matter. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function detectFormat(filename: string | undefined, bytes: Buffer): TabularFormat {
  // XLSX files are ZIP archives: they start with "PK".
  if (bytes.length > 1 && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (filename?.toLowerCase().endsWith('.xlsx')) return 'xlsx';
  return 'csv';
}

// Each row's number as the person sees it in their spreadsheet (header = 1, blank rows counted),
// so that a dry run's errors point at the right row.
const SOURCE_ROWS = new WeakMap<TabularRow, number>();

/** The spreadsheet row number a row was read from, when readTabular read it. */
export function sourceRow(row: TabularRow): number | undefined {
  return SOURCE_ROWS.get(row);
}

/** Reads the first sheet (XLSX) or the file (CSV, UTF-8 with or without BOM) into rows keyed by header. */
export async function readTabular(bytes: Buffer, format: TabularFormat): Promise<TabularRow[]> {
  const rows = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (rows.length > MAX_IMPORT_ROWS)
    throw new DomainError('import.bad_file', { detail: `> ${MAX_IMPORT_ROWS} rows` });
  return rows;
}

function readCsv(bytes: Buffer): TabularRow[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Spreadsheet programs set to Vietnamese often save CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      columns: (h: string[]) => h.map(headerKey),
      skip_empty_lines: true,
      trim: true,
      delimiter,
      relax_column_count: true,
      info: true,
    }) as { record: TabularRow; info: { records: number; empty_lines: number } }[];
    return records.map(({ record, info }) => {
      SOURCE_ROWS.set(record, info.records + info.empty_lines + 1);
      return record;
    });
  } catch (error) {
    throw new DomainError('import.bad_file', { detail: (error as Error).message.slice(0, 200) });
  }
}

async function readXlsx(bytes: Buffer): Promise<TabularRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new DomainError('import.bad_file', { detail: (error as Error).message.slice(0, 200) });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('import.bad_file', { detail: 'no worksheet' });
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col] = headerKey(cellText(cell.value));
  });
  const rows: TabularRow[] = [];
  // rowCount is the last row used; actualRowCount would skip the tail after blank rows.
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: TabularRow = {};
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const key = headers[col];
      if (!key) return;
      const text = cellText(cell.value).trim();
      if (text !== '') any = true;
      record[key] = text;
    });
    if (any) {
      SOURCE_ROWS.set(record, r);
      rows.push(record);
    }
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    return '';
  }
  return String(value);
}

/** Picks the first present column among aliases (English and Vietnamese header names). */
export function pick(row: TabularRow, ...aliases: string[]): string | undefined {
  for (const a of aliases) {
    const v = row[a];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}
