import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { isSubtype, SUBTYPE_LABELS, SUBTYPES, type Subtype } from '../incidents/taxonomy.ts';
import { effectiveLevel, type SecurityLevel, type SecurityLevelOrUnclassified } from '../systems/system.ts';
import { type DefaultRisk, defaultRiskFor } from './risk-scoring.ts';

/**
 * The four assessments of seed II.2, asked per information system as a guided questionnaire.
 * Defaults per level come from the level's definition (Luật ATTTM Điều 21, NĐ 85 examples) and
 * Chỉ thị 18/CT-TTg; current-state questions have no default on purpose, so that nobody accepts a
 * "yes, we have it" they never checked.
 */
export const ASSESSMENT_SECTIONS = ['current_state', 'threats', 'consequences', 'resources'] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];

export const ASSESSMENT_SECTION_LABELS: Record<AssessmentSection, LocalizedText> = {
  current_state: {
    vi: 'Đánh giá hiện trạng và khả năng bảo đảm an toàn thông tin mạng',
    en: 'Current state and ability to secure the system',
  },
  threats: {
    vi: 'Đánh giá, dự báo nguy cơ, sự cố, tấn công mạng có thể xảy ra',
    en: 'Threats, incidents and attacks likely to occur',
  },
  consequences: {
    vi: 'Đánh giá, dự báo hậu quả, thiệt hại, tác động nếu xảy ra sự cố',
    en: 'Consequences, damage and impact if an incident occurs',
  },
  resources: {
    vi: 'Đánh giá phương tiện, trang thiết bị, công cụ, nhân lực, vật lực phục vụ ứng cứu',
    en: 'Means, equipment, tools, people and material for the response',
  },
};

export const ANSWER_KINDS = [
  'yes_no',
  'yes_partial_no',
  'rating',
  'choice',
  'choices',
  'number',
  'text',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const AssessmentAnswerSchema = Type.Union([
  Type.String({ maxLength: 4000 }),
  Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
  Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 }),
]);
export type AssessmentAnswer = Static<typeof AssessmentAnswerSchema>;
export const AssessmentAnswersSchema = Type.Record(Type.String(), AssessmentAnswerSchema);
export type AssessmentAnswers = Static<typeof AssessmentAnswersSchema>;

export interface AnswerOption {
  value: string;
  label: LocalizedText;
}

export interface AssessmentQuestion {
  key: string;
  section: AssessmentSection;
  question: LocalizedText;
  help?: LocalizedText;
  kind: AnswerKind;
  options?: readonly AnswerOption[];
  /** For 'rating': which written scale (risk-scoring.ts) to show beside 1–5. */
  scale?: 'likelihood' | 'impact';
  /** Index 0 is level 1. Absent: the unit must answer itself. */
  defaultByLevel?: readonly [
    AssessmentAnswer,
    AssessmentAnswer,
    AssessmentAnswer,
    AssessmentAnswer,
    AssessmentAnswer,
  ];
}

const q = (question: AssessmentQuestion): AssessmentQuestion => question;
const opt = (value: string, vi: string, en: string): AnswerOption => ({ value, label: { vi, en } });

const LIKELY_BY_LEVEL: readonly Subtype[][] = [
  ['attack.phishing', 'attack.malware', 'failure.power', 'operator.software_config'],
  [
    'attack.phishing',
    'attack.malware',
    'attack.defacement',
    'attack.ransomware',
    'failure.power',
    'failure.internet',
  ],
  [
    'attack.phishing',
    'attack.malware',
    'attack.defacement',
    'attack.ransomware',
    'attack.intrusion',
    'attack.dos',
    'failure.power',
    'failure.internet',
    'failure.overload',
  ],
];
const likelyFor = (level: SecurityLevel): Subtype[] => {
  const base = LIKELY_BY_LEVEL[Math.min(level, 3) - 1] ?? [];
  return level >= 4 ? [...base, 'attack.espionage', 'attack.combined'] : [...base];
};

export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = [
  q({
    key: 'current.antivirus',
    section: 'current_state',
    kind: 'yes_partial_no',
    question: {
      vi: 'Tất cả máy tính, máy chủ của hệ thống đã cài phần mềm diệt virus còn bản quyền?',
      en: 'Do all computers and servers of the system run licensed antivirus?',
    },
    help: { vi: 'Kế hoạch mục IV.4.', en: 'Seed plan IV.4.' },
  }),
  q({
    key: 'current.firewall',
    section: 'current_state',
    kind: 'yes_partial_no',
    question: {
      vi: 'Hệ thống được bảo vệ bởi tường lửa (thiết bị hoặc phần mềm) đang hoạt động?',
      en: 'Is the system protected by a working firewall (appliance or software)?',
    },
  }),
  q({
    key: 'current.patching',
    section: 'current_state',
    kind: 'yes_partial_no',
    question: {
      vi: 'Hệ điều hành và phần mềm được cập nhật bản vá bảo mật thường xuyên?',
      en: 'Are operating systems and software patched regularly?',
    },
  }),
  q({
    key: 'current.backup',
    section: 'current_state',
    kind: 'yes_partial_no',
    question: {
      vi: 'Dữ liệu được sao lưu định kỳ và đã thử khôi phục thành công?',
      en: 'Is data backed up regularly and has a restore been tested?',
    },
  }),
  q({
    key: 'current.monitoring',
    section: 'current_state',
    kind: 'yes_partial_no',
    question: {
      vi: 'Hệ thống được giám sát, ghi nhật ký để phát hiện sớm bất thường?',
      en: 'Is the system monitored and logged so anomalies are detected early?',
    },
    help: { vi: 'Kế hoạch mục II.4.a: giám sát, phát hiện sớm.', en: 'Seed plan II.4.a: early detection.' },
  }),
  q({
    key: 'current.known_weaknesses',
    section: 'current_state',
    kind: 'text',
    question: {
      vi: 'Các điểm yếu, lỗ hổng đã biết chưa khắc phục',
      en: 'Known weaknesses or vulnerabilities not yet fixed',
    },
  }),
  q({
    key: 'threats.internet_exposed',
    section: 'threats',
    kind: 'yes_no',
    question: {
      vi: 'Hệ thống có cung cấp dịch vụ hoặc kết nối trực tiếp ra Internet?',
      en: 'Does the system serve or connect directly to the Internet?',
    },
    help: {
      vi: 'Hệ thống cấp độ 1 thường chỉ phục vụ nội bộ (NĐ 85).',
      en: 'Level 1 systems usually serve internal users only (NĐ 85).',
    },
    defaultByLevel: ['no', 'yes', 'yes', 'yes', 'yes'],
  }),
  q({
    key: 'threats.likely',
    section: 'threats',
    kind: 'choices',
    question: {
      vi: 'Các loại sự cố, tấn công có khả năng xảy ra với hệ thống',
      en: 'Kinds of incident or attack likely to hit the system',
    },
    options: SUBTYPES.map((s) => ({ value: s, label: SUBTYPE_LABELS[s] })),
    defaultByLevel: [likelyFor(1), likelyFor(2), likelyFor(3), likelyFor(4), likelyFor(5)],
  }),
  q({
    key: 'threats.recent_incidents',
    section: 'threats',
    kind: 'number',
    question: {
      vi: 'Số sự cố đã xảy ra với hệ thống trong 12 tháng qua',
      en: 'Incidents on this system in the last 12 months',
    },
  }),
  q({
    key: 'consequences.max_downtime',
    section: 'consequences',
    kind: 'choice',
    question: {
      vi: 'Thời gian gián đoạn tối đa có thể chấp nhận',
      en: 'Longest acceptable interruption',
    },
    options: [
      opt('4h', 'Dưới 4 giờ', 'Under 4 hours'),
      opt('1d', 'Dưới 1 ngày', 'Under 1 day'),
      opt('3d', 'Dưới 3 ngày', 'Under 3 days'),
      opt('1w', 'Dưới 1 tuần', 'Under 1 week'),
    ],
    defaultByLevel: ['1w', '3d', '1d', '4h', '4h'],
  }),
  q({
    key: 'consequences.users_affected',
    section: 'consequences',
    kind: 'choice',
    question: {
      vi: 'Số người dùng bị ảnh hưởng nếu hệ thống ngừng',
      en: 'Users affected if the system stops',
    },
    help: {
      vi: 'NĐ 85: cấp độ 2 phục vụ dưới 10.000 người dùng; cấp độ 3 trở lên từ 10.000.',
      en: 'NĐ 85: level 2 serves fewer than 10,000 users; level 3 and above 10,000 or more.',
    },
    options: [
      opt('internal', 'Chỉ cán bộ trong đơn vị', 'Unit staff only'),
      opt('lt10k', 'Dưới 10.000', 'Under 10,000'),
      opt('gte10k', 'Từ 10.000 trở lên', '10,000 or more'),
    ],
    defaultByLevel: ['internal', 'lt10k', 'gte10k', 'gte10k', 'gte10k'],
  }),
  q({
    key: 'consequences.disruption_impact',
    section: 'consequences',
    kind: 'rating',
    scale: 'impact',
    question: {
      vi: 'Mức tác động nếu dịch vụ bị gián đoạn (C1)',
      en: 'Impact if the service is interrupted (C1)',
    },
    defaultByLevel: [1, 2, 3, 4, 5],
  }),
  q({
    key: 'consequences.disclosure_impact',
    section: 'consequences',
    kind: 'rating',
    scale: 'impact',
    question: {
      vi: 'Mức tác động nếu dữ liệu bị lộ, lọt hoặc mất toàn vẹn (C2, C3)',
      en: 'Impact if data is disclosed or loses integrity (C2, C3)',
    },
    defaultByLevel: [1, 3, 4, 5, 5],
  }),
  q({
    key: 'resources.officer',
    section: 'resources',
    kind: 'yes_no',
    question: {
      vi: 'Đơn vị đã cử cán bộ phụ trách an toàn thông tin tham gia ứng cứu?',
      en: 'Has the unit appointed a security officer for the response?',
    },
    help: { vi: 'Kế hoạch mục II.1.d.', en: 'Seed plan II.1.d.' },
  }),
  q({
    key: 'resources.service_contract',
    section: 'resources',
    kind: 'yes_no',
    question: {
      vi: 'Có hợp đồng thuê dịch vụ bảo đảm an toàn thông tin, ứng cứu sự cố?',
      en: 'Is there a contract with a security or incident response provider?',
    },
    help: {
      vi: 'Kế hoạch mục II.4.b; nên có cho hệ thống cấp độ 3 trở lên.',
      en: 'Seed plan II.4.b; advisable for level 3 and above.',
    },
    defaultByLevel: ['no', 'no', 'yes', 'yes', 'yes'],
  }),
  q({
    key: 'resources.tools',
    section: 'resources',
    kind: 'choices',
    question: {
      vi: 'Công cụ, trang thiết bị sẵn có phục vụ ứng cứu',
      en: 'Tools and equipment available for the response',
    },
    options: [
      opt('spare_hardware', 'Thiết bị dự phòng', 'Spare hardware'),
      opt('offline_backup', 'Bản sao lưu ngoại tuyến', 'Offline backup'),
      opt('ups', 'Bộ lưu điện (UPS), máy phát', 'UPS or generator'),
      opt('scanner', 'Công cụ rà quét mã độc, lỗ hổng', 'Malware or vulnerability scanner'),
      opt('backup_link', 'Đường truyền dự phòng', 'Backup network link'),
    ],
  }),
  q({
    key: 'resources.scan_and_drill',
    section: 'resources',
    kind: 'choice',
    question: {
      vi: 'Tần suất rà quét, săn lùng mối đe dọa và diễn tập cần bảo đảm',
      en: 'Required frequency of scanning, threat hunting and drills',
    },
    help: {
      vi: 'Chỉ thị 18/CT-TTg: hệ thống cấp độ 3 trở lên rà quét ít nhất 6 tháng/lần, diễn tập ít nhất 1 năm/lần.',
      en: 'Chỉ thị 18/CT-TTg: level 3+ systems are scanned at least every 6 months and drilled at least yearly.',
    },
    options: [
      opt('yearly', 'Hằng năm, theo kế hoạch của đơn vị', 'Yearly, as the unit plans'),
      opt('ct18', 'Rà quét 6 tháng/lần, diễn tập hằng năm', 'Scan every 6 months, drill yearly'),
    ],
    defaultByLevel: ['yearly', 'yearly', 'ct18', 'ct18', 'ct18'],
  }),
];

/** Pre-filled answers for a system of this level; unclassified systems get level 3 defaults (README §3). */
export function assessmentDefaults(level: SecurityLevelOrUnclassified): AssessmentAnswers {
  const index = effectiveLevel(level) - 1;
  const answers: AssessmentAnswers = {};
  for (const question of ASSESSMENT_QUESTIONS) {
    const value = question.defaultByLevel?.[index];
    if (value !== undefined) answers[question.key] = Array.isArray(value) ? [...value] : value;
  }
  return answers;
}

const YES_NO = ['yes', 'no'];
const YES_PARTIAL_NO = ['yes', 'partial', 'no'];

export function isValidAnswer(question: AssessmentQuestion, value: AssessmentAnswer): boolean {
  const options = question.options?.map((o) => o.value) ?? [];
  switch (question.kind) {
    case 'yes_no':
      return typeof value === 'string' && YES_NO.includes(value);
    case 'yes_partial_no':
      return typeof value === 'string' && YES_PARTIAL_NO.includes(value);
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    case 'choice':
      return typeof value === 'string' && options.includes(value);
    case 'choices':
      return (
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((v) => options.includes(v))
      );
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
    case 'text':
      return typeof value === 'string';
  }
}

export interface AssessmentIssue {
  key: string;
  code: 'unknown_question' | 'invalid_answer' | 'unanswered';
}

/** Unknown keys and ill-typed answers are errors; `unanswered` lets the UI show progress per section. */
export function assessmentIssues(answers: AssessmentAnswers): AssessmentIssue[] {
  const byKey = new Map(ASSESSMENT_QUESTIONS.map((question) => [question.key, question]));
  const issues: AssessmentIssue[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) issues.push({ key, code: 'unknown_question' });
    else if (!isValidAnswer(question, value)) issues.push({ key, code: 'invalid_answer' });
  }
  for (const question of ASSESSMENT_QUESTIONS) {
    if (!(question.key in answers)) issues.push({ key: question.key, code: 'unanswered' });
  }
  return issues;
}

/** Risk register rows suggested from the "likely threats" answer, to be accepted or adjusted. */
export function suggestedRisks(
  level: SecurityLevelOrUnclassified,
  answers: AssessmentAnswers,
): (DefaultRisk & { subtype: Subtype })[] {
  const likely = answers['threats.likely'];
  const subtypes = Array.isArray(likely) ? likely.filter(isSubtype) : [];
  return subtypes.map((subtype) => ({ subtype, ...defaultRiskFor(level, subtype) }));
}
