import { Readable } from 'node:stream';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkZipDirectory, checkZipExpansion, IMPORT_LIMITS } from './import-limits.ts';

export type TabularFormat = 'csv' | 'xlsx';

/** What the reader hands back: raw header texts and each non-empty row's cells by column (0-based). */
export interface TabularCells {
  headers: string[];
  /** [spreadsheet row number (header = 1, blank rows counted), cells] */
  rows: [number, string[]][];
}

// The reader runs in a worker thread (see tabular-worker.ts): everything here may take CPU but
// stops at the first limit passed, so a hostile file costs a bounded amount of work.

function checkRow(cells: readonly string[], row: number, dataRows: number): void {
  if (cells.length > IMPORT_LIMITS.columns)
    throw new DomainError('import.too_many_columns', { max: IMPORT_LIMITS.columns });
  for (const text of cells)
    if (text !== undefined && text.length > IMPORT_LIMITS.cellChars)
      throw new DomainError('import.cell_too_long', { row, max: IMPORT_LIMITS.cellChars });
  if (dataRows > IMPORT_LIMITS.rows)
    throw new DomainError('import.too_many_rows', { max: IMPORT_LIMITS.rows });
}

export async function readCells(bytes: Buffer, format: TabularFormat): Promise<TabularCells> {
  return format === 'csv' ? readCsv(bytes) : readXlsx(bytes);
}

function readCsv(bytes: Buffer): TabularCells {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Spreadsheet programs set to Vietnamese often save CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let limit: DomainError | undefined;
  let records: string[][];
  const rowNumbers: number[] = [];
  try {
    records = parse(text, {
      skip_empty_lines: true,
      trim: true,
      delimiter,
      relax_column_count: true,
      // Header + the row past the limit: the parser stops there instead of reading the rest.
      to: IMPORT_LIMITS.rows + 2,
      on_record: (record: string[], { records, empty_lines }) => {
        const row = records + empty_lines;
        try {
          checkRow(record, row, records - 1);
        } catch (error) {
          limit = error as DomainError;
          throw error;
        }
        rowNumbers.push(row);
        return record;
      },
    });
  } catch (error) {
    if (limit) throw limit;
    // The parser's own code (e.g. CSV_QUOTE_NOT_CLOSED) and line, never its internals.
    const { code, lines } = error as { code?: string; lines?: number };
    throw new DomainError('import.bad_file', {
      detail: `CSV ${code ?? 'unreadable'}${lines ? ` (line ${lines})` : ''}`,
    });
  }
  const [header, ...rows] = records;
  return { headers: header ?? [], rows: rows.map((cells, i) => [rowNumbers[i + 1] ?? 0, cells]) };
}

async function readXlsx(bytes: Buffer): Promise<TabularCells> {
  checkZipDirectory(bytes);
  checkZipExpansion(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let headers: string[] = [];
  const rows: [number, string[]][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells: string[] = [];
        let any = false;
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const text = cellText(cell.value).trim();
          if (text !== '') any = true;
          cells[col - 1] = text;
        });
        if (row.number === 1) {
          checkRow(cells, 1, 0);
          headers = Array.from(cells, (c) => c ?? '');
        } else if (any) {
          checkRow(cells, row.number, rows.length + 1);
          rows.push([row.number, Array.from(cells, (c) => c ?? '')]);
        }
      }
      // The first sheet only; leaving the loop stops the reader.
      return { headers, rows };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('import.bad_file', { detail: 'damaged XLSX content' });
  }
  throw new DomainError('import.bad_file', { detail: 'no worksheet' });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
