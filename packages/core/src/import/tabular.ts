import { unquoteCellText } from '../export/spreadsheet-text.ts';
import { checkZipDirectory, IMPORT_LIMITS } from './import-limits.ts';
import type { TabularFormat } from './tabular-reader.ts';
import { readCellsOffThread } from './tabular-worker.ts';

export type { TabularFormat } from './tabular-reader.ts';
export type TabularRow = Record<string, string>;

export const MAX_IMPORT_ROWS = IMPORT_LIMITS.rows;

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

/**
 * Reads the first sheet (XLSX) or the file (CSV, UTF-8 with or without BOM) into rows keyed by header.
 * The file is read by a streaming reader in a worker thread that stops at the first limit passed
 * (IMPORT_LIMITS); an XLSX whose zip directory already declares too much is refused here at once.
 */
export async function readTabular(bytes: Buffer, format: TabularFormat): Promise<TabularRow[]> {
  if (format === 'xlsx') checkZipDirectory(bytes);
  const { headers, rows } = await readCellsOffThread(bytes, format);
  const keys = headers.map(headerKey);
  return rows.map(([row, cells]) => {
    const record: TabularRow = {};
    cells.forEach((text, col) => {
      const key = keys[col];
      // An exported file imports back unchanged (exports neutralise formula-like text).
      if (key) record[key] = unquoteCellText(text);
    });
    SOURCE_ROWS.set(record, row);
    return record;
  });
}

/** Picks the first present column among aliases (English and Vietnamese header names). */
export function pick(row: TabularRow, ...aliases: string[]): string | undefined {
  for (const a of aliases) {
    const v = row[a];
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}
