// Formula injection (CSV/XLSX): a text cell that starts with = + - @ tab or CR is taken as a
// formula by spreadsheet programs (=HYPERLINK(…), +cmd|…), whatever the file says its type is once
// someone edits or re-saves it. Every exporter writes its text cells through safeCellText, which
// puts an apostrophe in front (the mark spreadsheets use for "this is text"); importers read it
// back through unquoteCellText, so an exported file imports unchanged.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet cell that no program evaluates. */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes safeCellText on a cell read from an imported file. */
export function unquoteCellText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
