import type { LocalizedText } from '../i18n-text.ts';
import { TRIGGERS } from '../incidents/triggers.ts';
import type { DocBlock, DocModel } from './document-model.ts';
import { cellText, markupBlocks } from './plan-markup.ts';
import { amountInWordsVi, formatDayVi, formatNumberVi, placeDateLineVi } from './vietnamese-typography.ts';

/**
 * The annual plan "Kế hoạch phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng" in the
 * structure of the seed plan: sections in the seed's order, each generated from live data as
 * editable text (plan-markup.ts), versioned by the server, and put together here.
 */
export const PLAN_SECTION_KEYS = [
  'basis',
  'purpose',
  'scope',
  'principles',
  'roles',
  'risks',
  'scenarios',
  'prevention',
  'budget',
  'organisation',
  'closing',
] as const;
export type PlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];

export const PLAN_SECTION_LABELS: Record<PlanSectionKey, LocalizedText> = {
  basis: { vi: 'Căn cứ ban hành', en: 'Legal basis' },
  purpose: { vi: 'I. Mục đích, yêu cầu', en: 'I. Purpose and requirements' },
  scope: { vi: 'II.1.a–b Phạm vi, đối tượng, hệ thống thông tin', en: 'II.1.a–b Scope and systems' },
  principles: {
    vi: 'II.1.c Nguyên tắc ứng phó (sáu trường hợp)',
    en: 'II.1.c Response principles (six triggers)',
  },
  roles: { vi: 'II.1.d Chức năng, nhiệm vụ các lực lượng', en: 'II.1.d Roles of the focal office and units' },
  risks: { vi: 'II.2 Đánh giá nguy cơ, sự cố', en: 'II.2 Risk assessment' },
  scenarios: { vi: 'II.3 Phương án ứng cứu theo tình huống', en: 'II.3 Response options per scenario' },
  prevention: { vi: 'II.4 Phòng ngừa, giám sát, sẵn sàng', en: 'II.4 Prevention, monitoring, readiness' },
  budget: { vi: 'III. Kinh phí', en: 'III. Budget' },
  organisation: { vi: 'IV. Tổ chức thực hiện', en: 'IV. Organisation of implementation' },
  closing: { vi: 'Kết luận', en: 'Closing' },
};

/** What the generator reads from the live data; every text already in Vietnamese. */
export interface PlanFacts {
  /** The plan's year (next year, N+1). */
  year: number;
  /** "thị xã Mỹ Hào": the area the plan covers, as written after "trên địa bàn". */
  area: string;
  /** "UBND thị xã Mỹ Hào": the issuing People's Committee. */
  committee: string;
  focalOffice: string;
  committeeOffice: string | null;
  financeOffice: string | null;
  /** Agencies and communes, with their security officer when known. */
  units: { name: string; officer: string | null }[];
  systems: { name: string; unit: string; level: number | null }[];
  risks: { title: string; unit: string; score: number; band: string }[];
  riskBands: { band: string; count: number }[];
  scenarios: { group: string; subtypes: { label: string; summary: string; steps: string[] }[] }[];
  tasks: { what: string; who: string; due: string | null }[];
  budget: { title: string; unit: string; category: string; amount: number; status: string }[];
  /** Incidents of the current year by cause group, for the risk section. */
  incidentsByGroup: { group: string; count: number }[];
}

const bullets = (items: readonly string[]) => items.map((i) => `- ${cellText(i)}`).join('\n');

function basis(f: PlanFacts): string {
  return [
    `Căn cứ Kế hoạch chuyển đổi số ${f.area} năm ${f.year} và các quy định hiện hành về bảo đảm an toàn thông tin mạng.`,
    '',
    `Nhằm đảm bảo an toàn an ninh mạng cho hệ thống thông tin đang được sử dụng tại các cơ quan, đơn vị, địa phương trên địa bàn ${f.area}; ${f.committee} ban hành Kế hoạch phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng trong hoạt động cơ quan Nhà nước trên địa bàn ${f.area} năm ${f.year}, như sau:`,
  ].join('\n');
}

function purpose(f: PlanFacts): string {
  return [
    '# I. MỤC ĐÍCH, YÊU CẦU',
    '## 1. Mục đích',
    bullets([
      `Đảm bảo an toàn thông tin cho các hệ thống thông tin quan trọng trên địa bàn ${f.area}; đảm bảo khả năng thích ứng một cách chủ động, linh hoạt và giảm thiểu các nguy cơ đe dọa mất an toàn thông tin trên mạng; đề ra các giải pháp ứng phó khi gặp sự cố mất an toàn thông tin mạng.`,
      'Tạo chuyển biến trong nhận thức về an toàn thông tin đối với lực lượng cán bộ, công chức, viên chức trong các cơ quan Nhà nước.',
      'Đảm bảo các nguồn lực và các điều kiện cần thiết để sẵn sàng triển khai một cách kịp thời, hiệu quả các phương án ứng cứu khẩn cấp sự cố an toàn thông tin mạng.',
    ]),
    '## 2. Yêu cầu',
    bullets([
      'Căn cứ trên kết quả đánh giá các nguy cơ, sự cố mất an toàn thông tin mạng của hệ thống thông tin của các cơ quan Nhà nước để đưa ra các phương án ứng phó, ứng cứu sự cố kịp thời, phù hợp.',
      'Các phương án ứng phó, ứng cứu sự cố an toàn thông tin mạng phải đặt ra được các tiêu chí để có thể nhanh chóng xác định được tính chất, mức độ nghiêm trọng của sự cố khi xảy ra.',
      'Thường xuyên trao đổi thông tin, chia sẻ kinh nghiệm trong công tác đảm bảo an toàn thông tin giữa các cơ quan Nhà nước; tăng cường sự phối hợp, hỗ trợ của các cơ quan, đơn vị chuyên môn có thẩm quyền.',
      'Xác định cụ thể các nguồn lực đảm bảo, giải pháp tổ chức thực hiện và kinh phí để triển khai các nội dung.',
    ]),
  ].join('\n');
}

function scope(f: PlanFacts): string {
  const rows = f.systems.map(
    (s, i) =>
      `| ${i + 1} | ${cellText(s.name)} | ${cellText(s.unit)} | ${s.level ? `Cấp độ ${s.level}` : 'Chưa xác định'} |`,
  );
  return [
    '# II. NỘI DUNG KẾ HOẠCH',
    '## 1. Các quy định chung',
    '### a) Phạm vi và đối tượng của Kế hoạch',
    `Kế hoạch này quy định việc phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng trong hoạt động ứng dụng công nghệ thông tin của các cơ quan, đơn vị, địa phương trên địa bàn ${f.area}.`,
    '### b) Đối tượng áp dụng',
    bullets([
      'Các cơ quan, đơn vị, địa phương sử dụng các hệ thống thông tin dùng chung, các ứng dụng, cơ sở dữ liệu chuyên ngành.',
      `Cá nhân là cán bộ, công chức, viên chức, người lao động của cơ quan, đơn vị, địa phương trên địa bàn ${f.area} và cá nhân khác có liên quan.`,
    ]),
    `Các hệ thống thông tin thuộc phạm vi Kế hoạch (${formatNumberVi(f.systems.length)} hệ thống):`,
    '',
    ...(rows.length > 0
      ? ['| STT | Hệ thống thông tin | Đơn vị vận hành | Cấp độ |', ...rows]
      : ['Chưa có hệ thống thông tin nào trong danh mục.']),
  ].join('\n');
}

function principles(): string {
  return [
    '### c) Nguyên tắc, phương châm ứng phó sự cố',
    'Sự cố an toàn thông tin mạng, hệ thống thông tin cần ứng phó khi bị một trong các sự cố sau:',
    bullets(TRIGGERS.map((t) => `${t.label.vi}.`)),
  ].join('\n');
}

function roles(f: PlanFacts): string {
  const units = f.units.map((u) =>
    u.officer
      ? `${u.name}: cử ${u.officer} phụ trách an toàn thông tin, tham gia ứng cứu sự cố.`
      : `${u.name}: cử cán bộ phụ trách an toàn thông tin, tham gia ứng cứu sự cố.`,
  );
  return [
    '### d) Chức năng, nhiệm vụ, trách nhiệm và cơ chế, quy trình phối hợp giữa các lực lượng tham gia ứng cứu sự cố',
    bullets([
      `${f.focalOffice} là cơ quan đầu mối, chủ trì ứng cứu sự cố an toàn thông tin mạng của ${f.area}, có trách nhiệm tham gia hoạt động ứng cứu sự cố khẩn cấp đảm bảo an toàn thông tin mạng nội bộ khi có yêu cầu từ các cơ quan, đơn vị, địa phương.`,
      `Các cơ quan, đơn vị, địa phương trên địa bàn ${f.area} có trách nhiệm cử cán bộ, công chức phụ trách an toàn thông tin tham gia ứng cứu sự cố an toàn thông tin khi xảy ra sự cố.`,
    ]),
    ...(units.length > 0
      ? ['', 'Cán bộ phụ trách an toàn thông tin của các cơ quan, đơn vị:', bullets(units)]
      : []),
  ].join('\n');
}

function risks(f: PlanFacts): string {
  const bands = f.riskBands.map((b) => `${b.band}: ${formatNumberVi(b.count)}`).join('; ');
  const incidents = f.incidentsByGroup.map((g) => `${g.group}: ${formatNumberVi(g.count)}`).join('; ');
  const top = f.risks.map(
    (r, i) => `| ${i + 1} | ${cellText(r.title)} | ${cellText(r.unit)} | ${r.score} | ${cellText(r.band)} |`,
  );
  return [
    '## 2. Đánh giá các nguy cơ, sự cố an toàn thông tin mạng',
    bullets([
      'Đánh giá hiện trạng và khả năng đảm bảo an toàn thông tin mạng của các hệ thống thông tin và các đối tượng cần bảo vệ.',
      'Đánh giá, dự báo nguy cơ, sự cố, tấn công mạng có thể xảy ra với các hệ thống thông tin và các đối tượng cần bảo vệ.',
      'Đánh giá, dự báo hậu quả, thiệt hại, tác động có thể có nếu xảy ra sự cố.',
      'Đánh giá về hiện trạng, phương tiện, trang thiết bị, công cụ hỗ trợ, nhân lực, vật lực phục vụ đối phó, ứng cứu, khắc phục sự cố.',
    ]),
    `Sổ đăng ký rủi ro hiện có ${formatNumberVi(f.riskBands.reduce((s, b) => s + b.count, 0))} rủi ro đang theo dõi${bands ? ` (${bands})` : ''}.`,
    ...(incidents ? [`Sự cố đã ghi nhận trong năm ${f.year - 1}: ${incidents}.`] : []),
    '',
    ...(top.length > 0
      ? ['Các rủi ro cao nhất:', '', '| STT | Rủi ro | Đơn vị | Điểm | Mức |', ...top]
      : ['Chưa có rủi ro nào trong sổ đăng ký.']),
  ].join('\n');
}

function scenarios(f: PlanFacts): string {
  const lines = [
    '## 3. Phương án đối phó, ứng cứu sự cố đối với một số tình huống cụ thể',
    '### a) Tiêu chí xây dựng các phương án đối phó, ứng cứu sự cố an toàn thông tin mạng',
    'Phương án đối phó, ứng cứu sự cố an toàn thông tin mạng phải đặt ra các tiêu chí để có thể nhanh chóng xác định được tính chất, mức độ nghiêm trọng của sự cố khi sự cố xảy ra; phương pháp, cách thức để xác định nhanh chóng, kịp thời nguyên nhân, nguồn gốc sự cố nhằm áp dụng phương án đối phó, ứng cứu, khắc phục sự cố phù hợp.',
    '### b) Phương án đối phó, ứng cứu, khắc phục sự cố đối với một hoặc nhiều tình huống',
  ];
  for (const group of f.scenarios) {
    lines.push('', `Tình huống sự cố do ${group.group.charAt(0).toLowerCase()}${group.group.slice(1)}:`);
    lines.push(
      bullets(
        group.subtypes.map(
          (s) =>
            `${s.label}: ${s.summary}${s.steps.length > 0 ? ` Các bước chính: ${s.steps.join('; ')}.` : ''}`,
        ),
      ),
    );
  }
  return lines.join('\n');
}

function prevention(f: PlanFacts): string {
  const rows = f.tasks.map(
    (t, i) =>
      `| ${i + 1} | ${cellText(t.what)} | ${cellText(t.who)} | ${t.due ? formatDayVi(t.due) : 'Trong năm'} |`,
  );
  return [
    '## 4. Triển khai phòng ngừa sự cố, giám sát phát hiện, đảm bảo các điều kiện sẵn sàng ứng phó, khắc phục sự cố',
    '### a) Các nội dung, nhiệm vụ cụ thể cần triển khai nhằm phòng ngừa sự cố, đảm bảo các điều kiện sẵn sàng ứng phó, khắc phục sự cố',
    bullets([
      'Thực hiện nghiêm công tác giám sát, phát hiện sớm nguy cơ sự cố.',
      'Kiểm tra, đánh giá an toàn thông tin và rà quét, bóc gỡ, phân tích, xử lý mã độc (ít nhất 06 tháng một lần với hệ thống cấp độ 3 trở lên).',
      'Phòng ngừa sự cố, quản lý rủi ro; nghiên cứu, phân tích, xác minh, cảnh báo sự cố, rủi ro an toàn thông tin mạng, phần mềm độc hại.',
      'Xây dựng, áp dụng quy trình, quy định, tiêu chuẩn về an toàn thông tin; tuyên truyền, nâng cao nhận thức về nguy cơ, sự cố tấn công mạng.',
    ]),
    '### b) Các điều kiện sẵn sàng ứng phó, khắc phục sự cố',
    bullets([
      'Trang bị, nâng cấp thiết bị, công cụ, phương tiện, gia hạn bản quyền phần mềm phục vụ việc ứng cứu, khắc phục sự cố.',
      'Thuê dịch vụ đảm bảo an toàn thông tin, chuẩn bị các nguồn lực sẵn sàng để ứng phó khắc phục khi sự cố xảy ra.',
      'Tham gia các lớp tập huấn, các hoạt động của mạng lưới ứng cứu sự cố.',
    ]),
    `Nhiệm vụ cụ thể và thời hạn năm ${f.year}:`,
    '',
    ...(rows.length > 0
      ? ['| STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn |', ...rows]
      : ['Chưa có nhiệm vụ có thời hạn.']),
  ].join('\n');
}

function budget(f: PlanFacts): string {
  const total = f.budget.reduce((s, b) => s + b.amount, 0);
  const rows = f.budget.map(
    (b, i) =>
      `| ${i + 1} | ${cellText(b.title)} | ${cellText(b.unit)} | ${cellText(b.category)} | ${formatNumberVi(b.amount)} | ${cellText(b.status)} |`,
  );
  return [
    '# III. KINH PHÍ',
    `Kinh phí thực hiện Kế hoạch từ nguồn ngân sách ${f.area}. Khuyến khích việc huy động các nguồn kinh phí ngoài ngân sách để triển khai các nội dung Kế hoạch này.`,
    '',
    ...(rows.length > 0
      ? [
          '| STT | Nội dung | Đơn vị | Loại | Số tiền (đồng) | Trạng thái |',
          ...rows,
          `|  | Tổng cộng |  |  | ${formatNumberVi(total)} |  |`,
          '',
          `Tổng kinh phí dự kiến: ${formatNumberVi(total)} đồng (bằng chữ: ${amountInWordsVi(total)}).`,
        ]
      : [`Chưa có dòng dự toán kinh phí cho năm ${f.year}.`]),
  ].join('\n');
}

function organisation(f: PlanFacts): string {
  const lines = [
    '# IV. TỔ CHỨC THỰC HIỆN',
    `## 1. ${f.focalOffice}`,
    bullets([
      'Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương triển khai thực hiện các nội dung tại Kế hoạch này.',
      'Là đầu mối, tổ chức thực hiện việc tiếp nhận và xử lý các sự cố về an toàn thông tin.',
      'Xây dựng nội dung, lập dự toán kinh phí, nhân lực, vật lực thường trực sẵn sàng ứng cứu sự cố; triển khai điều hành, phối hợp tổ chức ứng cứu và thực hiện ứng cứu, xử lý, ngăn chặn, khắc phục sự cố lồng ghép vào Kế hoạch chuyển đổi số hàng năm.',
      'Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tiến hành kiểm tra công tác đảm bảo an toàn thông tin mạng định kỳ hàng năm hoặc theo hướng dẫn của cơ quan chuyên môn.',
    ]),
  ];
  let n = 2;
  if (f.committeeOffice) {
    lines.push(
      `## ${n++}. ${f.committeeOffice}`,
      `Phối hợp với ${f.focalOffice} trong công tác phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng trong hoạt động cơ quan Nhà nước trên địa bàn ${f.area}.`,
    );
  }
  if (f.financeOffice) {
    lines.push(
      `## ${n++}. ${f.financeOffice}`,
      `Tham mưu ${f.committee} cân đối, bố trí nguồn kinh phí để thực hiện Kế hoạch này.`,
    );
  }
  lines.push(
    `## ${n}. Các cơ quan, đơn vị, UBND các xã, phường`,
    bullets([
      `Căn cứ nội dung tại Kế hoạch và tình hình thực tế tại cơ quan, đơn vị mình triển khai các nhiệm vụ cụ thể bảo đảm an toàn thông tin mạng theo thẩm quyền quản lý. Đồng thời phối hợp với ${f.focalOffice} thực hiện các nhiệm vụ được giao trong Kế hoạch và các nhiệm vụ phát sinh khi có sự cố an toàn thông tin mạng.`,
      'Chủ động cài đặt phần mềm diệt virus, tường lửa cho hệ thống máy tính, hệ thống mạng, hệ thống thông tin tại cơ quan, đơn vị mình.',
    ]),
  );
  return lines.join('\n');
}

function closing(f: PlanFacts): string {
  return `Trên đây là Kế hoạch phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng trong hoạt động cơ quan Nhà nước trên địa bàn ${f.area} năm ${f.year}. ${f.committee} yêu cầu thủ trưởng các cơ quan, đơn vị liên quan, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu gặp khó khăn, vướng mắc kịp thời báo cáo, đề xuất lãnh đạo ${f.committee} xem xét, giải quyết./.`;
}

const GENERATORS: Record<PlanSectionKey, (f: PlanFacts) => string> = {
  basis,
  purpose,
  scope,
  principles: () => principles(),
  roles,
  risks,
  scenarios,
  prevention,
  budget,
  organisation,
  closing,
};

/** A section's text generated from the live data ("Khôi phục từ dữ liệu" regenerates one). */
export function generatePlanSection(key: PlanSectionKey, facts: PlanFacts): string {
  return GENERATORS[key](facts);
}

export const PLAN_TITLE = 'KẾ HOẠCH';

export function planSubtitle(area: string, year: number): string {
  return `Phối hợp ứng phó sự cố, bảo đảm an toàn thông tin mạng trong hoạt động cơ quan Nhà nước trên địa bàn ${area} năm ${year}`;
}

export interface PlanDocumentData {
  year: number;
  area: string;
  place: string;
  parentBody: string | null;
  committee: string;
  number: string | null;
  issuedAt: string;
  signerName: string | null;
  signerTitle: string | null;
  recipients: string[];
  sections: { key: PlanSectionKey; body: string }[];
}

/** The whole plan: header, title, the sections in the seed's order, "Nơi nhận" and the signature. */
export function annualPlanModel(data: PlanDocumentData): DocModel {
  const byKey = new Map(data.sections.map((s) => [s.key, s.body]));
  const blocks: DocBlock[] = [
    {
      kind: 'header',
      ...(data.parentBody ? { parentBody: data.parentBody } : {}),
      issuer: data.committee,
      number: `Số: ${data.number?.trim() || '      '}/KH-UBND`,
      placeDate: placeDateLineVi(data.place, data.issuedAt),
    },
    { kind: 'title', text: PLAN_TITLE, subtitles: [planSubtitle(data.area, data.year)] },
  ];
  for (const key of PLAN_SECTION_KEYS) {
    const body = byKey.get(key);
    if (body !== undefined && body.trim() !== '') blocks.push(...markupBlocks(body));
  }
  const signerTitle = data.signerTitle?.trim() || 'PHÓ CHỦ TỊCH';
  blocks.push({
    kind: 'signature',
    recipients: data.recipients,
    authority: [
      'TM. ỦY BAN NHÂN DÂN',
      ...(/^CHỦ TỊCH$/i.test(signerTitle) ? [] : ['KT. CHỦ TỊCH']),
      signerTitle.toUpperCase(),
    ],
    name: data.signerName?.trim() || '',
  });
  return { title: `${PLAN_TITLE} ${planSubtitle(data.area, data.year)}`, subject: data.committee, blocks };
}

/** The seed's "Nơi nhận" list. */
export function defaultRecipients(committee: string, focalOfficeShort: string): string[] {
  return [
    `Chủ tịch, các Phó Chủ tịch ${committee};`,
    'Các cơ quan, đơn vị liên quan;',
    'UBND các xã, phường;',
    `Lưu: VT, ${focalOfficeShort}.`,
  ];
}
