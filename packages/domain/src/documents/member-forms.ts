import { type DocModel, fields, orDash } from './document-model.ts';
import { placeDateLineVi } from './vietnamese-typography.ts';

/** A unit as Mẫu 01 and Mẫu 02 of TT 20/2017 print it; every text already in Vietnamese. */
export interface MemberFormData {
  unit: {
    name: string;
    ownerBody: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
    leaderName: string | null;
    leaderTitle: string | null;
    intakeEmail: string | null;
  };
  focalMain: FocalPoint | null;
  focalBackup: FocalPoint | null;
  team: { name: string; role: string | null; phone: string | null; email: string | null; skills: string[] }[];
  systems: { name: string; level: number | null }[];
  place: string;
  issuedAt: string;
}

export interface FocalPoint {
  name: string;
  title?: string | null;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
}

const FORM = (n: string) => ({
  kind: 'form_line' as const,
  text: `Mẫu ${n} — Ban hành kèm theo Thông tư số 20/2017/TT-BTTTT`,
});

function focalRows(label: string, f: FocalPoint | null) {
  return [
    { kind: 'heading' as const, text: label, level: 2 as const },
    fields([
      ['Họ và tên', f?.name],
      ['Chức vụ', f?.title],
      ['Điện thoại cố định', f?.phone],
      ['Điện thoại di động', f?.mobile],
      ['Thư điện tử', f?.email],
    ]),
  ];
}

function systemsByLevel(systems: MemberFormData['systems']): string[][] {
  const rows = [1, 2, 3, 4, 5].map((level) => {
    const names = systems.filter((s) => s.level === level).map((s) => s.name);
    return [`Cấp độ ${level}`, String(names.length), names.join('; ')];
  });
  const unclassified = systems.filter((s) => s.level === null).map((s) => s.name);
  if (unclassified.length > 0)
    rows.push(['Chưa xác định', String(unclassified.length), unclassified.join('; ')]);
  return rows;
}

function organisation(d: MemberFormData) {
  return fields([
    ['Tên cơ quan, tổ chức', d.unit.name],
    ['Cơ quan chủ quản', d.unit.ownerBody],
    ['Địa chỉ', d.unit.address],
    ['Điện thoại', d.unit.phone],
    ['Thư điện tử', d.unit.email],
    ['Trang thông tin điện tử', d.unit.website],
    [
      'Lãnh đạo phụ trách an toàn thông tin',
      [d.unit.leaderName, d.unit.leaderTitle].filter(Boolean).join(', '),
    ],
  ]);
}

/** Mẫu 01: the response network member profile, from the unit's own records. */
export function mau01Model(d: MemberFormData): DocModel {
  return {
    title: `Phiếu đăng ký thông tin thành viên mạng lưới ứng cứu sự cố — ${d.unit.name}`,
    blocks: [
      FORM('01'),
      {
        kind: 'header',
        ...(d.unit.ownerBody ? { parentBody: d.unit.ownerBody } : {}),
        issuer: d.unit.name,
        placeDate: placeDateLineVi(d.place, d.issuedAt),
      },
      {
        kind: 'title',
        text: 'PHIẾU ĐĂNG KÝ THÔNG TIN',
        subtitles: ['Thành viên mạng lưới ứng cứu sự cố an toàn thông tin mạng quốc gia'],
      },
      { kind: 'heading', text: '1. Thông tin tổ chức' },
      organisation(d),
      { kind: 'heading', text: '2. Đầu mối tiếp nhận thông báo sự cố' },
      fields([['Địa chỉ thư điện tử tiếp nhận sự cố', d.unit.intakeEmail ?? d.unit.email]]),
      { kind: 'heading', text: '3. Đầu mối liên lạc' },
      ...focalRows('a) Đầu mối chính', d.focalMain),
      ...focalRows('b) Đầu mối dự phòng', d.focalBackup),
      { kind: 'heading', text: '4. Cán bộ phụ trách an toàn thông tin, đội ứng cứu' },
      {
        kind: 'table',
        headers: ['STT', 'Họ và tên', 'Vai trò', 'Điện thoại', 'Thư điện tử'],
        widths: [0.07, 0.28, 0.23, 0.17, 0.25],
        rows: d.team.map((m, i) => [String(i + 1), m.name, orDash(m.role), orDash(m.phone), orDash(m.email)]),
        size: 11,
      },
      { kind: 'heading', text: '5. Hệ thống thông tin thuộc phạm vi quản lý, theo cấp độ' },
      {
        kind: 'table',
        headers: ['Cấp độ', 'Số lượng', 'Tên hệ thống'],
        widths: [0.18, 0.12, 0.7],
        rows: systemsByLevel(d.systems),
        size: 11,
      },
      {
        kind: 'signature',
        authority: ['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ'],
        hint: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: orDash(d.unit.leaderName),
      },
    ],
  };
}

/** Mẫu 02: the application to join the response network (organisation, capability, systems). */
export function mau02Model(d: MemberFormData): DocModel {
  const skills = [...new Set(d.team.flatMap((m) => m.skills))];
  return {
    title: `Đơn đăng ký tham gia mạng lưới ứng cứu sự cố — ${d.unit.name}`,
    blocks: [
      FORM('02'),
      {
        kind: 'header',
        ...(d.unit.ownerBody ? { parentBody: d.unit.ownerBody } : {}),
        issuer: d.unit.name,
        placeDate: placeDateLineVi(d.place, d.issuedAt),
      },
      {
        kind: 'title',
        text: 'ĐƠN ĐĂNG KÝ',
        subtitles: ['Tham gia mạng lưới ứng cứu sự cố an toàn thông tin mạng quốc gia'],
      },
      {
        kind: 'paragraph',
        text: 'Kính gửi: Cơ quan điều phối quốc gia về ứng cứu sự cố an toàn thông tin mạng.',
      },
      { kind: 'heading', text: '1. Thông tin tổ chức' },
      organisation(d),
      { kind: 'heading', text: '2. Năng lực ứng cứu sự cố' },
      fields([
        ['Số cán bộ tham gia ứng cứu sự cố', String(d.team.length)],
        ['Kỹ năng, chuyên môn', skills.join('; ')],
        [
          'Đầu mối chính',
          d.focalMain
            ? [d.focalMain.name, d.focalMain.mobile ?? d.focalMain.phone].filter(Boolean).join(', ')
            : null,
        ],
      ]),
      { kind: 'heading', text: '3. Hệ thống thông tin đang quản lý, vận hành' },
      {
        kind: 'table',
        headers: ['STT', 'Tên hệ thống', 'Cấp độ'],
        widths: [0.08, 0.7, 0.22],
        rows: d.systems.map((s, i) => [
          String(i + 1),
          s.name,
          s.level ? `Cấp độ ${s.level}` : 'Chưa xác định',
        ]),
        size: 11,
      },
      {
        kind: 'paragraph',
        text: `${d.unit.name} cam kết tuân thủ quy chế hoạt động của mạng lưới ứng cứu sự cố, cử đầu mối liên lạc sẵn sàng 24/7 và gửi báo cáo định kỳ theo quy định.`,
      },
      {
        kind: 'signature',
        authority: ['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ'],
        hint: '(Ký, ghi rõ họ tên, đóng dấu)',
        name: orDash(d.unit.leaderName),
      },
    ],
  };
}
