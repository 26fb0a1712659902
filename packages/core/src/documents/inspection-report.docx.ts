import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** What the inspection report (biên bản kiểm tra) shows; all text already in Vietnamese. */
export interface InspectionReportData {
  unitName: string;
  year: number;
  /** dd/mm/yyyy */
  conductedOn: string | null;
  inspectorName: string | null;
  templateTitle: string;
  templateRef: string;
  statusLabel: string;
  summary: string | null;
  sections: {
    title: string;
    items: { title: string; question: string; answer: string; note: string | null }[];
  }[];
  result: {
    passed: number;
    failed: number;
    partial: number;
    na: number;
    unanswered: number;
    percent: string;
  };
  findings: { title: string; answer: string; priority: string; dueDate: string; status: string }[];
  /** dd/mm/yyyy */
  generatedOn: string;
}

const FONT = 'Times New Roman';
const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: value,
    font: FONT,
    size: options.size ?? 26,
    bold: options.bold,
    italics: options.italics,
  });

const para = (
  runs: TextRun[] | string,
  options: { align?: 'center' | 'left' | 'right'; after?: number } = {},
) =>
  new Paragraph({
    children: typeof runs === 'string' ? [text(runs)] : runs,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { after: options.after ?? 80 },
  });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(value: string, options: { bold?: boolean; width?: number } = {}) {
  return new TableCell({
    borders,
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    children: [new Paragraph({ children: [text(value, { bold: options.bold, size: 22 })] })],
  });
}

function table(header: string[], widths: number[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, { bold: true, width: widths[i] })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { width: widths[i] })) })),
    ],
  });
}

/**
 * The annual inspection report as a Word document (seed IV.1: the focal office inspects every unit
 * yearly): unit, date, inspector, every checklist item with its answer, the result, and the
 * findings with their remediation deadlines.
 */
export async function renderInspectionReport(data: InspectionReportData): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    para([text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })], { align: 'center', after: 0 }),
    para([text('Độc lập - Tự do - Hạnh phúc', { bold: true })], { align: 'center', after: 240 }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [text('BIÊN BẢN KIỂM TRA', { bold: true, size: 32 })],
    }),
    para([text(`${data.templateTitle} năm ${data.year}`, { bold: true })], { align: 'center', after: 240 }),
    para([text('Đơn vị được kiểm tra: ', { bold: true }), text(data.unitName)]),
    para([text('Ngày kiểm tra: ', { bold: true }), text(data.conductedOn ?? 'Chưa tiến hành')]),
    para([text('Người kiểm tra: ', { bold: true }), text(data.inspectorName ?? 'Chưa phân công')]),
    para([text('Mẫu kiểm tra: ', { bold: true }), text(data.templateRef)]),
    para([text('Trạng thái: ', { bold: true }), text(data.statusLabel)], { after: 240 }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [text('I. KẾT QUẢ KIỂM TRA', { bold: true })],
    }),
  ];
  for (const section of data.sections) {
    children.push(para([text(section.title, { bold: true })], { after: 60 }));
    children.push(
      table(
        ['Nội dung', 'Câu hỏi', 'Kết quả', 'Ghi chú'],
        [22, 43, 15, 20],
        section.items.map((i) => [i.title, i.question, i.answer, i.note ?? '']),
      ),
    );
    children.push(para('', { after: 120 }));
  }
  const r = data.result;
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('II. TỔNG HỢP', { bold: true })] }),
    para(
      `Đạt: ${r.passed}; Không đạt: ${r.failed}; Đạt một phần: ${r.partial}; Không áp dụng: ${r.na}; Chưa đánh giá: ${r.unanswered}. Tỷ lệ tuân thủ: ${r.percent}.`,
    ),
  );
  if (data.summary) children.push(para([text('Nhận xét: ', { bold: true }), text(data.summary)]));
  children.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [text('III. CÁC NỘI DUNG CHƯA ĐẠT VÀ THỜI HẠN KHẮC PHỤC', { bold: true })],
    }),
  );
  if (data.findings.length === 0) {
    children.push(para('Không có nội dung chưa đạt.'));
  } else {
    children.push(
      table(
        ['STT', 'Nội dung cần khắc phục', 'Kết quả', 'Mức ưu tiên', 'Hạn khắc phục', 'Tình trạng'],
        [6, 40, 12, 14, 14, 14],
        data.findings.map((f, i) => [String(i + 1), f.title, f.answer, f.priority, f.dueDate, f.status]),
      ),
    );
  }
  children.push(
    para('', { after: 240 }),
    para([text(`Lập ngày ${data.generatedOn}`, { italics: true })], { align: 'right' }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: ['ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA', 'NGƯỜI KIỂM TRA'].map(
            (title) =>
              new TableCell({
                width: { size: 50, type: WidthType.PERCENTAGE },
                children: [
                  para([text(title, { bold: true })], { align: 'center', after: 0 }),
                  para([text('(Ký, ghi rõ họ tên)', { italics: true })], { align: 'center', after: 1200 }),
                ],
              }),
          ),
        }),
      ],
    }),
  );
  const doc = new Document({
    creator: 'ungcuu',
    title: `Biên bản kiểm tra ATTT ${data.year} - ${data.unitName}`,
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
