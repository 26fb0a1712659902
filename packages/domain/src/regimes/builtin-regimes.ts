import type { DeadlineRule, RegimeForm, ReportingRegime } from './regime.ts';

/**
 * The two regimes shipped with the product (domain README §0, §3, §4). Values marked [V] in the
 * README have `verified: true`; [R] and [3P] values have `verified: false` so the UI flags them and
 * an administrator can correct them without a release.
 */

const QD05 = 'QĐ 05/2017/QĐ-TTg';
const TT20 = 'TT 20/2017/TT-BTTTT';
const PRODUCT_RULE = 'Quy tắc phân tầng của sản phẩm (domain README §3)';
const NEW_DECREES =
  'Luật An ninh mạng 2025 (116/2025/QH15) và nghị định hướng dẫn (NĐ 331/2026) — mẫu không chính thức [3P]';

const TT20_FORMS: RegimeForm[] = [
  {
    code: 'mau_01',
    purpose: 'member_profile',
    name: { vi: 'Mẫu 01 — Thông tin thành viên mạng lưới', en: 'Form 01 — Network member profile' },
    verified: true,
    basis: `${TT20}, Phụ lục`,
  },
  {
    code: 'mau_02',
    purpose: 'network_application',
    name: {
      vi: 'Mẫu 02 — Đăng ký tham gia mạng lưới ứng cứu sự cố',
      en: 'Form 02 — Application to join the network',
    },
    verified: true,
    basis: `${TT20}, Phụ lục`,
  },
  {
    code: 'mau_03',
    purpose: 'initial_report',
    name: { vi: 'Mẫu 03 — Báo cáo ban đầu sự cố mạng', en: 'Form 03 — Initial incident report' },
    verified: true,
    basis: `${TT20}, Phụ lục`,
  },
  {
    code: 'mau_04',
    purpose: 'final_report',
    name: { vi: 'Mẫu 04 — Báo cáo kết thúc ứng phó sự cố', en: 'Form 04 — Final incident response report' },
    verified: true,
    basis: `${TT20}, Phụ lục`,
  },
  {
    code: 'mau_05',
    purpose: 'periodic_report',
    name: {
      vi: 'Mẫu 05 — Báo cáo tổng hợp 06 tháng/01 năm',
      en: 'Form 05 — Six-month/annual summary report',
    },
    verified: true,
    basis: `${TT20}, Phụ lục`,
  },
];

const notification2017: DeadlineRule = {
  code: 'notification',
  label: { vi: 'Thông báo sự cố (Mẫu 03)', en: 'Incident notification (Form 03)' },
  when: 'any_incident',
  withinHours: 5 * 24,
  anchor: 'detection',
  recipients: ['owner', 'national_coordinator', 'dedicated_response_unit', 'network_members'],
  formCode: 'mau_03',
  verified: true,
  basis: `${TT20} Điều 9: thông báo trong vòng 05 ngày kể từ khi phát hiện`,
};

const emergency2017: DeadlineRule = {
  code: 'emergency',
  label: { vi: 'Báo cáo khẩn (vượt khả năng xử lý)', en: 'Emergency report (beyond capacity)' },
  when: 'beyond_capacity',
  withinHours: 0,
  anchor: 'condition_known',
  recipients: ['owner', 'dedicated_response_unit', 'national_coordinator'],
  formCode: 'mau_03',
  verified: true,
  basis: `${QD05} Điều 11.1a: báo cáo khẩn ngay khi sự cố có thể vượt khả năng xử lý`,
};

export const REGIME_2017: ReportingRegime = {
  id: 'vn_2017',
  name: {
    vi: 'Chế độ báo cáo 2017 (QĐ 05/2017/QĐ-TTg, TT 20/2017/TT-BTTTT)',
    en: '2017 regime (Decision 05/2017/QĐ-TTg, Circular 20/2017/TT-BTTTT)',
  },
  effectiveFrom: '2017-01-01',
  legalBasis: [QD05, TT20, 'NĐ 85/2016/NĐ-CP', 'TT 12/2022/TT-BTTTT', 'NĐ 15/2020/NĐ-CP Điều 78'],
  recipients: [
    {
      kind: 'owner',
      name: { vi: 'Chủ quản hệ thống thông tin', en: 'System owner' },
      verified: true,
      basis: `${TT20} Điều 9`,
    },
    {
      kind: 'national_coordinator',
      name: {
        vi: 'Cơ quan điều phối quốc gia (VNCERT/CC; từ 1/3/2025 thuộc Bộ Công an)',
        en: 'National coordinator (VNCERT/CC; under the Ministry of Public Security from 1/3/2025)',
      },
      verified: true,
      basis: `${TT20} Điều 9`,
    },
    {
      kind: 'dedicated_response_unit',
      name: {
        vi: 'Đơn vị chuyên trách ứng cứu sự cố cùng cấp (từ 1/3/2025: Công an tỉnh, PA05)',
        en: 'Dedicated response unit of the same level (from 1/3/2025: provincial police, PA05)',
      },
      verified: true,
      basis: `${TT20} Điều 9; chuyển giao quản lý nhà nước về ATTT cho Bộ Công an từ 1/3/2025`,
    },
    {
      kind: 'network_members',
      name: { vi: 'Thành viên mạng lưới ứng cứu sự cố liên quan', en: 'Response network members concerned' },
      verified: true,
      basis: `${TT20} Điều 9`,
    },
    {
      kind: 'police',
      name: {
        vi: 'Cơ quan công an (A05 Bộ Công an, PA05 Công an tỉnh)',
        en: 'Police (A05 ministry, PA05 province)',
      },
      verified: true,
      basis: 'Quản lý nhà nước về ATTT mạng chuyển cho Bộ Công an từ 1/3/2025',
    },
    {
      kind: 'data_protection_authority',
      name: {
        vi: 'Cơ quan bảo vệ dữ liệu cá nhân (Cục A05, Bộ Công an)',
        en: 'Personal data protection authority (A05, Ministry of Public Security)',
      },
      verified: false,
      basis: 'NĐ 13/2023/NĐ-CP Điều 23 [R]',
    },
  ],
  deadlines: [
    notification2017,
    emergency2017,
    {
      code: 'personal_data',
      label: { vi: 'Thông báo vi phạm dữ liệu cá nhân', en: 'Personal data breach notification' },
      when: 'personal_data_breach',
      withinHours: 72,
      anchor: 'detection',
      recipients: ['data_protection_authority'],
      appliesFrom: '2023-07-01',
      verified: false,
      basis: 'NĐ 13/2023/NĐ-CP Điều 23 (từ 1/1/2026: Luật 91/2025/QH15 Điều 23) [R]',
    },
  ],
  severity: {
    seriousMinLevel: { value: 4, verified: true, basis: `${QD05}: hệ thống cấp độ 4 trở lên` },
    emergencyMinLevel: { value: 3, verified: true, basis: PRODUCT_RULE },
    // README §3: whether both halves must hold "could not be read exactly"; the tier table uses both.
    seriousRequiresBoth: {
      value: true,
      verified: false,
      basis: `${QD05}, định nghĩa sự cố nghiêm trọng [R]`,
    },
    nationalSecurityHarmIsT4: { value: false, verified: true, basis: PRODUCT_RULE },
    unclassifiedLevel: { value: 3, verified: true, basis: PRODUCT_RULE },
  },
  forms: TT20_FORMS,
  emailSubjectPrefix: { value: '[TBSC]', verified: true, basis: TT20 },
  periodicReports: [
    {
      code: 'six_month',
      label: { vi: 'Báo cáo tổng hợp 06 tháng', en: 'Six-month summary report' },
      dueBefore: '06-20',
      filer: 'network_member',
      recipient: 'national_coordinator',
      formCode: 'mau_05',
      verified: true,
      basis: `${TT20}, Mẫu 05`,
    },
    {
      code: 'annual',
      label: { vi: 'Báo cáo tổng hợp năm', en: 'Annual summary report' },
      dueBefore: '12-15',
      filer: 'network_member',
      recipient: 'national_coordinator',
      formCode: 'mau_05',
      verified: true,
      basis: `${TT20}, Mẫu 05`,
    },
  ],
};

const unverifiedCopy = (rule: DeadlineRule, note: string): DeadlineRule => ({
  ...rule,
  verified: false,
  basis: `${rule.basis} — ${note}`,
});

const CARRIED_OVER = 'giả định vẫn áp dụng sau 1/7/2026, cần kiểm tra';

export const REGIME_2026: ReportingRegime = {
  id: 'vn_2026',
  name: {
    vi: 'Chế độ báo cáo 2026 (Luật An ninh mạng 2025) — có giá trị chưa xác minh',
    en: '2026 regime (Cybersecurity Law 2025) — contains unverified values',
  },
  effectiveFrom: '2026-07-01',
  legalBasis: ['Luật An ninh mạng 2025 (116/2025/QH15)', 'NĐ 331/2026 [3P]', 'Luật 91/2025/QH15', TT20],
  recipients: [
    {
      kind: 'owner',
      name: { vi: 'Chủ quản hệ thống thông tin', en: 'System owner' },
      verified: true,
      basis: 'Luật An ninh mạng 2025',
    },
    {
      kind: 'police',
      name: {
        vi: 'Lực lượng chuyên trách bảo vệ an ninh mạng, Bộ Công an (A05/PA05)',
        en: 'Specialised cybersecurity force, Ministry of Public Security (A05/PA05)',
      },
      verified: false,
      basis: NEW_DECREES,
    },
    {
      kind: 'national_coordinator',
      name: {
        vi: 'Cơ quan điều phối quốc gia (Bộ Công an)',
        en: 'National coordinator (Ministry of Public Security)',
      },
      verified: false,
      basis: `${TT20} — ${CARRIED_OVER}`,
    },
    {
      kind: 'dedicated_response_unit',
      name: {
        vi: 'Đơn vị chuyên trách ứng cứu sự cố (Công an tỉnh)',
        en: 'Dedicated response unit (provincial police)',
      },
      verified: false,
      basis: `${TT20} — ${CARRIED_OVER}`,
    },
    {
      kind: 'network_members',
      name: { vi: 'Thành viên mạng lưới ứng cứu sự cố liên quan', en: 'Response network members concerned' },
      verified: false,
      basis: `${TT20} — ${CARRIED_OVER}`,
    },
    {
      kind: 'ministry',
      name: {
        vi: 'Bộ Công an (báo cáo năm của chủ quản)',
        en: "Ministry of Public Security (owner's annual report)",
      },
      verified: false,
      basis: NEW_DECREES,
    },
    {
      kind: 'data_protection_authority',
      name: {
        vi: 'Cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an)',
        en: 'Personal data protection authority (Ministry of Public Security)',
      },
      verified: false,
      basis: 'Luật 91/2025/QH15 Điều 23 [3P]',
    },
  ],
  deadlines: [
    {
      code: 'national_security',
      label: {
        vi: 'Báo cáo ngay dấu hiệu xâm phạm an ninh quốc gia, trật tự an toàn xã hội',
        en: 'Immediate report of signs of harm to national security or social order',
      },
      when: 'national_security_harm',
      withinHours: 0,
      anchor: 'condition_known',
      recipients: ['police'],
      verified: false,
      basis: NEW_DECREES,
    },
    {
      code: 'serious_initial',
      label: { vi: 'Thông báo ban đầu sự cố nghiêm trọng', en: 'Initial notification of a serious incident' },
      when: 'serious',
      withinHours: 24,
      anchor: 'detection',
      recipients: ['police', 'owner'],
      formCode: 'mau_03',
      verified: false,
      basis: NEW_DECREES,
    },
    {
      code: 'serious_report',
      label: {
        vi: 'Báo cáo nguyên nhân, phạm vi, biện pháp khắc phục sự cố nghiêm trọng',
        en: 'Report on cause, scope and remedies of a serious incident',
      },
      when: 'serious',
      withinHours: 72,
      anchor: 'detection',
      recipients: ['police', 'owner'],
      verified: false,
      basis: NEW_DECREES,
    },
    unverifiedCopy(notification2017, CARRIED_OVER),
    unverifiedCopy(emergency2017, CARRIED_OVER),
    {
      code: 'personal_data',
      label: { vi: 'Thông báo vi phạm dữ liệu cá nhân', en: 'Personal data breach notification' },
      when: 'personal_data_breach',
      withinHours: 72,
      anchor: 'detection',
      recipients: ['data_protection_authority'],
      verified: false,
      basis: 'Luật 91/2025/QH15 Điều 23 [3P]',
    },
  ],
  severity: {
    seriousMinLevel: { value: 4, verified: false, basis: `${QD05} — ${CARRIED_OVER}` },
    emergencyMinLevel: { value: 3, verified: true, basis: PRODUCT_RULE },
    seriousRequiresBoth: { value: true, verified: false, basis: `${QD05} — ${CARRIED_OVER}` },
    nationalSecurityHarmIsT4: { value: true, verified: false, basis: NEW_DECREES },
    unclassifiedLevel: { value: 3, verified: true, basis: PRODUCT_RULE },
  },
  forms: TT20_FORMS.map((f) => ({ ...f, verified: false, basis: `${f.basis} — ${CARRIED_OVER}` })),
  emailSubjectPrefix: { value: '[TBSC]', verified: false, basis: `${TT20} — ${CARRIED_OVER}` },
  periodicReports: [
    {
      code: 'annual_unit',
      label: {
        vi: 'Báo cáo năm của đơn vị vận hành gửi chủ quản',
        en: "Operating unit's annual report to the owner",
      },
      periodStart: '12-15',
      periodEnd: '12-14',
      dueBefore: '12-20',
      filer: 'operating_unit',
      recipient: 'owner',
      verified: false,
      basis: NEW_DECREES,
    },
    {
      code: 'annual_owner',
      label: { vi: 'Báo cáo năm của chủ quản gửi Bộ Công an', en: "Owner's annual report to the ministry" },
      periodStart: '12-15',
      periodEnd: '12-14',
      dueBefore: '12-25',
      filer: 'owner',
      recipient: 'ministry',
      verified: false,
      basis: NEW_DECREES,
    },
  ],
};

export const BUILTIN_REGIMES: readonly ReportingRegime[] = [REGIME_2017, REGIME_2026];
