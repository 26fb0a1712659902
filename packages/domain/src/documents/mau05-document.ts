import { type DocModel, orDash } from './document-model.ts';
import {
  EMPTY_CELLS,
  MAU05_ATTACK_TYPES,
  MAU05_ROW_LABELS,
  type Mau05AttackType,
  type Mau05Cells,
  mau05Total,
  type ReportPeriod,
} from './mau05.ts';
import { amountInWordsVi, formatDayVi, formatNumberVi, placeDateLineVi } from './vietnamese-typography.ts';

/** What a Mẫu 05 prints: the figures computed from the incidents, and what a person entered. */
export interface Mau05Data {
  period: ReportPeriod;
  /** The reporting organisation (the network member) and the body above it. */
  organisation: string;
  parentBody?: string | null;
  memberCode: string | null;
  place: string;
  issuedAt: string;
  number?: string | null;
  rows: Record<Mau05AttackType, Mau05Cells>;
  helpersDomestic: string[];
  helpersForeign: string[];
  damageNotes: string | null;
  proposals: string | null;
  notes: string | null;
  signer: { authority: string[]; name: string };
}

export const MAU05_TITLE = 'BÁO CÁO TỔNG HỢP';

export const MAU05_COLUMNS = [
  'STT',
  'Loại tấn công mạng',
  'Số lượng sự cố',
  'Tự xử lý',
  'Có sự hỗ trợ của tổ chức trong nước',
  'Có sự hỗ trợ của tổ chức nước ngoài',
  'Đề nghị Cơ quan điều phối quốc gia hỗ trợ',
  'Thiệt hại ước tính (đồng)',
] as const;

/** The table as rows of text: ten attack types, then the total (Vietnamese number grouping). */
export function mau05TableRows(rows: Record<Mau05AttackType, Mau05Cells>): string[][] {
  const cells = (c: Mau05Cells) => [
    formatNumberVi(c.count),
    formatNumberVi(c.alone),
    formatNumberVi(c.domestic),
    formatNumberVi(c.foreign),
    formatNumberVi(c.coordinator),
    formatNumberVi(c.damage),
  ];
  const body = MAU05_ATTACK_TYPES.map((t, i) => [
    String(i + 1),
    MAU05_ROW_LABELS[t].vi,
    ...cells(rows[t] ?? EMPTY_CELLS),
  ]);
  const total = mau05Total(MAU05_ATTACK_TYPES.map((t) => rows[t] ?? EMPTY_CELLS));
  return [...body, ['', 'Tổng cộng', ...cells(total)]];
}

function periodText(period: ReportPeriod): string {
  const what = period.kind === 'six_month' ? '06 tháng đầu năm' : 'năm';
  return `${what} ${period.year} (từ ngày ${formatDayVi(period.start)} đến ngày ${formatDayVi(period.end)})`;
}

/** Mẫu 05 of TT 20/2017: the six-month or annual summary of a response network member. */
export function mau05Model(data: Mau05Data): DocModel {
  const total = mau05Total(MAU05_ATTACK_TYPES.map((t) => data.rows[t] ?? EMPTY_CELLS));
  const list = (items: string[]) => ({
    kind: 'list' as const,
    items: items.length > 0 ? items : ['Không có'],
  });
  return {
    title: `${MAU05_TITLE} ${periodText(data.period)} — ${data.organisation}`,
    subject: 'Mẫu 05 — Thông tư 20/2017/TT-BTTTT',
    blocks: [
      { kind: 'form_line', text: 'Mẫu 05 — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT' },
      {
        kind: 'header',
        ...(data.parentBody ? { parentBody: data.parentBody } : {}),
        issuer: data.organisation,
        number: `Số: ${data.number?.trim() || '      '}/BC-UBND`,
        placeDate: placeDateLineVi(data.place, data.issuedAt),
      },
      {
        kind: 'title',
        text: MAU05_TITLE,
        subtitles: [`Tình hình sự cố an toàn thông tin mạng ${periodText(data.period)}`],
      },
      {
        kind: 'fields',
        rows: [
          ['Tên tổ chức', data.organisation],
          ['Mã thành viên mạng lưới', orDash(data.memberCode)],
          [
            'Kỳ báo cáo',
            `${data.period.label.vi}: ${formatDayVi(data.period.start)} – ${formatDayVi(data.period.end)}`,
          ],
          ['Hạn gửi', `trước ngày ${formatDayVi(data.period.dueBefore)}`],
        ],
      },
      { kind: 'heading', text: '1. Thống kê sự cố tấn công mạng' },
      {
        kind: 'table',
        headers: [...MAU05_COLUMNS],
        rows: mau05TableRows(data.rows),
        widths: [0.06, 0.26, 0.09, 0.09, 0.11, 0.11, 0.11, 0.17],
        boldRows: [MAU05_ATTACK_TYPES.length],
        size: 10,
      },
      {
        kind: 'paragraph',
        text: `Tổng thiệt hại ước tính: ${formatNumberVi(total.damage)} đồng (bằng chữ: ${amountInWordsVi(total.damage)}).`,
        italic: true,
      },
      ...(data.damageNotes ? [{ kind: 'paragraph' as const, text: data.damageNotes, indent: true }] : []),
      { kind: 'heading', text: '2. Danh sách tổ chức trong nước đã hỗ trợ xử lý sự cố' },
      list(data.helpersDomestic),
      { kind: 'heading', text: '3. Danh sách tổ chức nước ngoài đã hỗ trợ xử lý sự cố' },
      list(data.helpersForeign),
      { kind: 'heading', text: '4. Đề xuất, kiến nghị' },
      { kind: 'paragraph', text: orDash(data.proposals), indent: true },
      ...(data.notes
        ? [
            { kind: 'heading' as const, text: '5. Ghi chú' },
            { kind: 'paragraph' as const, text: data.notes, indent: true },
          ]
        : []),
      {
        kind: 'signature',
        authority: data.signer.authority,
        hint: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: data.signer.name,
      },
    ],
  };
}
