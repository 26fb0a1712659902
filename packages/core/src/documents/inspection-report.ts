import type { DocBlock, DocModel } from '@ungcuu/domain/documents/document-model.ts';

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
  /** The focal office that inspects (header issuer). */
  issuer?: string;
}

/**
 * The annual inspection report (seed IV.1: the focal office inspects every unit yearly): unit,
 * date, inspector, every checklist item with its answer, the result, and the findings with their
 * remediation deadlines.
 */
export function inspectionReportModel(data: InspectionReportData): DocModel {
  const r = data.result;
  const blocks: DocBlock[] = [
    {
      kind: 'header',
      issuer: data.issuer ?? data.unitName,
      placeDate: `Lập ngày ${data.generatedOn}`,
    },
    { kind: 'title', text: 'BIÊN BẢN KIỂM TRA', subtitles: [`${data.templateTitle} năm ${data.year}`] },
    {
      kind: 'fields',
      rows: [
        ['Đơn vị được kiểm tra', data.unitName],
        ['Ngày kiểm tra', data.conductedOn ?? 'Chưa tiến hành'],
        ['Người kiểm tra', data.inspectorName ?? 'Chưa phân công'],
        ['Mẫu kiểm tra', data.templateRef],
        ['Trạng thái', data.statusLabel],
      ],
    },
    { kind: 'heading', text: 'I. KẾT QUẢ KIỂM TRA' },
  ];
  for (const section of data.sections) {
    blocks.push(
      { kind: 'heading', text: section.title, level: 2 },
      {
        kind: 'table',
        headers: ['Nội dung', 'Câu hỏi', 'Kết quả', 'Ghi chú'],
        widths: [0.22, 0.43, 0.15, 0.2],
        rows: section.items.map((i) => [i.title, i.question, i.answer, i.note ?? '']),
        size: 11,
      },
    );
  }
  blocks.push(
    { kind: 'heading', text: 'II. TỔNG HỢP' },
    {
      kind: 'paragraph',
      text: `Đạt: ${r.passed}; Không đạt: ${r.failed}; Đạt một phần: ${r.partial}; Không áp dụng: ${r.na}; Chưa đánh giá: ${r.unanswered}. Tỷ lệ tuân thủ: ${r.percent}.`,
    },
  );
  if (data.summary) blocks.push({ kind: 'paragraph', text: `Nhận xét: ${data.summary}` });
  blocks.push({ kind: 'heading', text: 'III. CÁC NỘI DUNG CHƯA ĐẠT VÀ THỜI HẠN KHẮC PHỤC' });
  blocks.push(
    data.findings.length === 0
      ? { kind: 'paragraph', text: 'Không có nội dung chưa đạt.' }
      : {
          kind: 'table',
          headers: ['STT', 'Nội dung cần khắc phục', 'Kết quả', 'Mức ưu tiên', 'Hạn khắc phục', 'Tình trạng'],
          widths: [0.06, 0.4, 0.12, 0.14, 0.14, 0.14],
          rows: data.findings.map((f, i) => [
            String(i + 1),
            f.title,
            f.answer,
            f.priority,
            f.dueDate,
            f.status,
          ]),
          size: 11,
        },
  );
  blocks.push({
    kind: 'signatures',
    parties: [
      { authority: 'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA', hint: '(Ký, ghi rõ họ tên)' },
      {
        authority: 'NGƯỜI KIỂM TRA',
        hint: '(Ký, ghi rõ họ tên)',
        ...(data.inspectorName ? { name: data.inspectorName } : {}),
      },
    ],
  });
  return { title: `Biên bản kiểm tra ATTT ${data.year} - ${data.unitName}`, blocks };
}
