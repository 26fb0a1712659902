import type ExcelJS from 'exceljs';
import { safeCellText } from '../export/spreadsheet-text.ts';

export interface BudgetSheetLine {
  title: string;
  category: string;
  /** Funding source (seed III): town budget or another lawful source. */
  funding: string;
  amount: number;
  /** Approved by the leader (0 until decided). */
  approved: number;
  spent: number;
  status: string;
}

/** Staff and materials of the estimate (not money): the response team and equipment. */
export interface BudgetSheetResource {
  kind: 'staff' | 'material';
  name: string;
  detail: string | null;
  unitName: string | null;
  quantity: number;
}

export interface BudgetSheetData {
  year: number;
  /** Issuing body shown above the title, e.g. the focal office. */
  issuer: string | null;
  lines: BudgetSheetLine[];
  resources: BudgetSheetResource[];
  total: { amount: number; approved: number; spent: number };
  /** dd/mm/yyyy */
  preparedOn: string;
}

const MONEY = '#,##0';
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADERS = [
  'STT',
  'Nội dung',
  'Danh mục',
  'Nguồn kinh phí',
  'Dự toán (đồng)',
  'Được duyệt (đồng)',
  'Đã chi (đồng)',
  'Còn lại (đồng)',
  'Trạng thái',
];
const COLS = HEADERS.length;
const RESOURCE_HEADERS = ['STT', 'Nhân lực, vật tư', 'Loại', 'Đơn vị', 'Số lượng', 'Ghi chú'];

/**
 * The estimate as an accountant lays it out (seed III and IV.3): title, a numbered table in whole
 * đồng with thousands separators, a total row that keeps its SUM formulas, and the signature block.
 */
export async function renderBudgetWorkbook(data: BudgetSheetData): Promise<Buffer> {
  // Loaded on first use, not at start: the server's first request does not need it (issue 13).
  const { default: Excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  workbook.creator = 'ungcuu';
  const sheet = workbook.addWorksheet(`Dự toán ${data.year}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 6 },
    { width: 48 },
    { width: 30 },
    { width: 20 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 22 },
  ];

  let row = 1;
  if (data.issuer) {
    sheet.mergeCells(row, 1, row, 3);
    const issuer = sheet.getCell(row, 1);
    issuer.value = safeCellText(data.issuer.toUpperCase());
    issuer.font = { bold: true };
    row += 1;
  }
  sheet.mergeCells(row, 1, row, COLS);
  const title = sheet.getCell(row, 1);
  title.value = `DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH ỨNG PHÓ SỰ CỐ ATTT NĂM ${data.year}`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(row).height = 24;
  row += 1;
  sheet.mergeCells(row, 1, row, COLS);
  const unit = sheet.getCell(row, 1);
  unit.value = 'Đơn vị tính: đồng';
  unit.font = { italic: true };
  unit.alignment = { horizontal: 'right' };
  row += 2;

  const header = sheet.getRow(row);
  header.values = HEADERS;
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((c) => {
    c.border = box;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  const first = row + 1;
  for (const [i, line] of data.lines.entries()) {
    row += 1;
    const r = sheet.getRow(row);
    r.values = [
      i + 1,
      // Titles are typed by users: never let one become a formula in the accountant's spreadsheet.
      safeCellText(line.title),
      safeCellText(line.category),
      safeCellText(line.funding),
      line.amount,
      line.approved,
      line.spent,
      line.approved - line.spent,
      safeCellText(line.status),
    ];
    r.getCell(1).alignment = { horizontal: 'center' };
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    for (const c of [5, 6, 7, 8]) r.getCell(c).numFmt = MONEY;
    r.eachCell({ includeEmpty: true }, (c) => {
      c.border = box;
    });
  }
  const last = row;
  row += 1;
  const totalRow = sheet.getRow(row);
  sheet.mergeCells(row, 1, row, 4);
  totalRow.getCell(1).value = 'Tổng cộng';
  totalRow.getCell(1).alignment = { horizontal: 'center' };
  const sum = (col: string, result: number): ExcelJS.CellFormulaValue =>
    data.lines.length === 0
      ? { formula: '0', result: 0 }
      : { formula: `SUM(${col}${first}:${col}${last})`, result };
  totalRow.getCell(5).value = sum('E', data.total.amount);
  totalRow.getCell(6).value = sum('F', data.total.approved);
  totalRow.getCell(7).value = sum('G', data.total.spent);
  totalRow.getCell(8).value = sum('H', data.total.approved - data.total.spent);
  totalRow.font = { bold: true };
  for (let c = 1; c <= COLS; c++) {
    const cell = totalRow.getCell(c);
    cell.border = box;
    if (c >= 5 && c <= 8) cell.numFmt = MONEY;
  }

  // Seed III: the estimate lists the people and materials the plan relies on, not only money.
  if (data.resources.length > 0) {
    row += 2;
    sheet.mergeCells(row, 1, row, COLS);
    const heading = sheet.getCell(row, 1);
    heading.value = 'NHÂN LỰC, VẬT TƯ BẢO ĐẢM THỰC HIỆN KẾ HOẠCH';
    heading.font = { bold: true };
    row += 1;
    const rh = sheet.getRow(row);
    rh.values = RESOURCE_HEADERS;
    rh.font = { bold: true };
    rh.eachCell((c) => {
      c.border = box;
    });
    for (const [i, res] of data.resources.entries()) {
      row += 1;
      const r = sheet.getRow(row);
      r.values = [
        i + 1,
        safeCellText(res.name),
        res.kind === 'staff' ? 'Nhân lực' : 'Vật tư, thiết bị',
        safeCellText(res.unitName ?? ''),
        res.quantity,
        safeCellText(res.detail ?? ''),
      ];
      r.eachCell({ includeEmpty: true }, (c) => {
        c.border = box;
      });
    }
  }

  row += 2;
  sheet.mergeCells(row, 6, row, COLS);
  const date = sheet.getCell(row, 6);
  date.value = `Ngày ${data.preparedOn.slice(0, 2)} tháng ${data.preparedOn.slice(3, 5)} năm ${data.preparedOn.slice(6)}`;
  date.font = { italic: true };
  date.alignment = { horizontal: 'center' };
  row += 1;
  const signers: [number, number, string][] = [
    [1, 2, 'Người lập biểu'],
    [3, 5, 'Kế toán'],
    [6, COLS, 'Thủ trưởng đơn vị'],
  ];
  for (const [from, to, label] of signers) {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center' };
    sheet.mergeCells(row + 1, from, row + 1, to);
    const hint = sheet.getCell(row + 1, from);
    hint.value = '(Ký, ghi rõ họ tên)';
    hint.font = { italic: true };
    hint.alignment = { horizontal: 'center' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
