import { type DocModel, EMPTY } from './document-model.ts';
import { formatDayVi, formatDongVi, formatNumberVi, placeDateLineVi } from './vietnamese-typography.ts';

export const ACTIVITY_PERIODS = ['month', 'quarter', 'year'] as const;
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];

/** The Vietnam calendar days [start, endExclusive) of month n, quarter n or the year; null if n is out of range. */
export function activityRange(
  kind: ActivityPeriod,
  year: number,
  n: number,
): { start: string; end: string } | null {
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const count = 12 / months;
  if (!Number.isInteger(n) || n < 1 || n > count) return null;
  const first = (n - 1) * months + 1;
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
  const endMonth = first + months;
  return { start: day(year, first), end: endMonth > 12 ? day(year + 1, 1) : day(year, endMonth) };
}

export function activityLabel(kind: ActivityPeriod, year: number, n: number): string {
  if (kind === 'month') return `tháng ${n} năm ${year}`;
  if (kind === 'quarter') return `quý ${['I', 'II', 'III', 'IV'][n - 1]} năm ${year}`;
  return `năm ${year}`;
}

export interface ActivityData {
  kind: ActivityPeriod;
  year: number;
  n: number;
  organisation: string;
  focalOffice: string;
  place: string;
  issuedAt: string;
  range: { start: string; end: string };
  /** Rows: cause group label, then counts per tier T0–T4, then the total. */
  incidents: { group: string; tiers: number[] }[];
  response: { closed: number; medianHours: number | null; p90Hours: number | null };
  /**
   * Warnings published in the period: how many, how many reached every unit's answer, units
   * targeted and units that answered (null leaves the section out).
   */
  warnings: { issued: number; fullyAnswered: number; targets: number; answered: number } | null;
  inspections: { status: string; count: number }[];
  readiness: { unit: string; score: number }[];
  budget: { approved: number; spent: number };
  risks: { band: string; count: number }[];
}

const hours = (h: number | null) => (h === null ? EMPTY : `${formatNumberVi(h, 1)} giờ`);

/** The activity report for leadership (seed IV: the focal office reports on implementation). */
export function activityReportModel(d: ActivityData): DocModel {
  const label = activityLabel(d.kind, d.year, d.n);
  const tierTotals = [0, 1, 2, 3, 4].map((i) => d.incidents.reduce((s, r) => s + (r.tiers[i] ?? 0), 0));
  const total = tierTotals.reduce((a, b) => a + b, 0);
  const endInclusive = new Date(`${d.range.end}T00:00:00Z`);
  endInclusive.setUTCDate(endInclusive.getUTCDate() - 1);
  return {
    title: `Báo cáo tình hình bảo đảm an toàn thông tin mạng ${label}`,
    blocks: [
      {
        kind: 'header',
        issuer: d.focalOffice,
        parentBody: d.organisation,
        number: 'Số:       /BC',
        placeDate: placeDateLineVi(d.place, d.issuedAt),
      },
      {
        kind: 'title',
        text: 'BÁO CÁO',
        subtitles: [`Tình hình ứng phó sự cố, bảo đảm an toàn thông tin mạng ${label}`],
      },
      {
        kind: 'paragraph',
        text: `Kỳ báo cáo: từ ngày ${formatDayVi(d.range.start)} đến ngày ${formatDayVi(endInclusive.toISOString().slice(0, 10))}.`,
        italic: true,
      },
      { kind: 'heading', text: '1. Sự cố theo nguyên nhân và mức độ' },
      {
        kind: 'table',
        headers: ['Nhóm nguyên nhân', 'T0', 'T1', 'T2', 'T3', 'T4', 'Tổng'],
        widths: [0.4, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
        rows: [
          ...d.incidents.map((r) => [
            r.group,
            ...r.tiers.map((c) => formatNumberVi(c)),
            formatNumberVi(r.tiers.reduce((a, b) => a + b, 0)),
          ]),
          ['Tổng cộng', ...tierTotals.map((c) => formatNumberVi(c)), formatNumberVi(total)],
        ],
        boldRows: [d.incidents.length],
        size: 11,
      },
      { kind: 'heading', text: '2. Thời gian xử lý' },
      {
        kind: 'fields',
        rows: [
          ['Số sự cố đã kết thúc trong kỳ', formatNumberVi(d.response.closed)],
          ['Thời gian từ phát hiện đến kết thúc (trung vị)', hours(d.response.medianHours)],
          ['Thời gian từ phát hiện đến kết thúc (90% sự cố)', hours(d.response.p90Hours)],
        ],
      },
      ...(d.warnings
        ? [
            { kind: 'heading' as const, text: '3. Cảnh báo an toàn thông tin' },
            {
              kind: 'fields' as const,
              rows: [
                ['Số cảnh báo đã phát hành', formatNumberVi(d.warnings.issued)],
                ['Lượt đơn vị nhận cảnh báo', formatNumberVi(d.warnings.targets)],
                ['Lượt đơn vị đã xác nhận, báo cáo xử lý', formatNumberVi(d.warnings.answered)],
                ['Số cảnh báo mọi đơn vị nhận đã xác nhận', formatNumberVi(d.warnings.fullyAnswered)],
              ] as [string, string][],
            },
          ]
        : []),
      { kind: 'heading', text: `${d.warnings ? 4 : 3}. Kiểm tra, sẵn sàng ứng cứu` },
      {
        kind: 'fields',
        rows: [
          ...d.inspections.map((i): [string, string] => [
            `Cuộc kiểm tra năm ${d.year} — ${i.status}`,
            formatNumberVi(i.count),
          ]),
          ...d.readiness.map((r): [string, string] => [`Mức sẵn sàng — ${r.unit}`, `${r.score}%`]),
        ],
      },
      { kind: 'heading', text: `${d.warnings ? 5 : 4}. Kinh phí` },
      {
        kind: 'fields',
        rows: [
          [`Dự toán đã phê duyệt năm ${d.year}`, formatDongVi(d.budget.approved)],
          ['Đã chi trong kỳ', formatDongVi(d.budget.spent)],
        ],
      },
      { kind: 'heading', text: `${d.warnings ? 6 : 5}. Rủi ro đang theo dõi` },
      d.risks.length > 0
        ? {
            kind: 'fields',
            rows: d.risks.map((r): [string, string] => [`Mức ${r.band}`, formatNumberVi(r.count)]),
          }
        : { kind: 'paragraph', text: 'Không có rủi ro đang mở.' },
      {
        kind: 'signature',
        authority: [d.focalOffice.toUpperCase()],
        hint: '(Ký, ghi rõ họ tên)',
        name: '',
        recipients: ['Lãnh đạo UBND;', 'Lưu: VT.'],
      },
    ],
  };
}
