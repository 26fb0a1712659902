import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { DEFAULT_INSPECTION_ITEMS } from './default-items.ts';

/**
 * Annual inspection checklist (seed IV.1: the focal office inspects every unit yearly). The template
 * is versioned data: an administrator adds a version when rules change, and every inspection keeps
 * the code and version it was answered against, so year-on-year comparison stays honest.
 */
export const INSPECTION_SECTIONS = [
  'organisation',
  'systems',
  'endpoints',
  'operations',
  'level3',
  'physical',
] as const;
export type InspectionSection = (typeof INSPECTION_SECTIONS)[number];

export const INSPECTION_SECTION_LABELS: Record<InspectionSection, LocalizedText> = {
  organisation: { vi: 'Tổ chức, nhân sự, quy chế', en: 'Organisation, people, rules' },
  systems: { vi: 'Quản lý hệ thống thông tin', en: 'Information systems management' },
  endpoints: { vi: 'Bảo vệ máy tính và mạng', en: 'Computer and network protection' },
  operations: { vi: 'Vận hành, sao lưu, nhật ký', en: 'Operations, backup, logs' },
  level3: { vi: 'Hệ thống cấp độ 3 trở lên', en: 'Level 3+ systems' },
  physical: { vi: 'An toàn vật lý', en: 'Physical security' },
};

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, LocalizedText> = {
  low: { vi: 'Thấp', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Cao', en: 'High' },
};

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Text = Type.Object(
  { vi: Type.String({ minLength: 1, maxLength: 2000 }), en: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const InspectionItemSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z0-9_.]+$', maxLength: 80 }),
    section: literals(INSPECTION_SECTIONS),
    /** Short name, used in reports and as the remediation task title. */
    title: Text,
    question: Text,
    guidance: Text,
    appliesTo: Type.Union([Type.Literal('all'), Type.Literal('level3plus')]),
    severity: literals(SEVERITIES),
    evidenceRequired: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type InspectionItem = Static<typeof InspectionItemSchema>;

export const InspectionTemplateSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 80 }),
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    title: Text,
    items: Type.Array(InspectionItemSchema, { minItems: 1, maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type InspectionTemplate = Static<typeof InspectionTemplateSchema>;

/**
 * Items come from the seed (II.1.d officer, II.4 prevention and readiness, IV.4 antivirus and
 * firewall) and domain README §7 (Chỉ thị 18/CT-TTg; TT 12/2022 inspection content).
 */
export const DEFAULT_INSPECTION_TEMPLATE: InspectionTemplate = {
  code: 'kiem-tra-attt-hang-nam',
  version: 1,
  title: {
    vi: 'Kiểm tra công tác bảo đảm an toàn thông tin mạng định kỳ hằng năm',
    en: 'Annual network information security inspection',
  },
  items: DEFAULT_INSPECTION_ITEMS,
};
