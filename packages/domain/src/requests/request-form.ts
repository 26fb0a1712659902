import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import type { UnitType } from '../org/unit-types.ts';

/**
 * Requests to units (seed II.4.a, II.1.d): the focal office asks units to do something and report
 * it in a small form — "every unit runs a full malware scan by 30/6 and reports machines scanned /
 * infected / cleaned". The form travels with the request; answers are checked against it here, in
 * the browser and on the server alike.
 */
export const FIELD_TYPES = ['number', 'text', 'yes_no', 'date', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, LocalizedText> = {
  number: { vi: 'Số', en: 'Number' },
  text: { vi: 'Văn bản', en: 'Text' },
  yes_no: { vi: 'Có/Không', en: 'Yes/no' },
  date: { vi: 'Ngày', en: 'Date' },
  choice: { vi: 'Chọn một', en: 'Choice' },
};

export const MAX_FIELDS = 40;
export const MAX_TEXT_ANSWER = 4000;
const NUMBER_BOUND = 1e12;

export const RequestFieldSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$', maxLength: 40 }),
    label: Type.String({ minLength: 1, maxLength: 300 }),
    type: Type.Union(FIELD_TYPES.map((t) => Type.Literal(t))),
    required: Type.Boolean(),
    help: Type.Optional(Type.String({ maxLength: 1000 })),
    min: Type.Optional(Type.Number({ minimum: -NUMBER_BOUND, maximum: NUMBER_BOUND })),
    max: Type.Optional(Type.Number({ minimum: -NUMBER_BOUND, maximum: NUMBER_BOUND })),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50, uniqueItems: true }),
    ),
  },
  { additionalProperties: false },
);
export type RequestField = Static<typeof RequestFieldSchema>;

export const AnswerValueSchema = Type.Union([
  Type.Number({ minimum: -NUMBER_BOUND, maximum: NUMBER_BOUND }),
  Type.String({ maxLength: MAX_TEXT_ANSWER }),
  Type.Boolean(),
  Type.Null(),
]);
export const AnswersSchema = Type.Record(Type.String({ maxLength: 40 }), AnswerValueSchema, {
  maxProperties: MAX_FIELDS,
});
export type Answers = Static<typeof AnswersSchema>;

/** A problem with a form (as built by the focal office) or with an answer; `field` is its key. */
export interface FormIssue {
  field: string;
  problem: 'required' | 'type' | 'min' | 'max' | 'option' | 'unknown' | 'duplicate' | 'bounds' | 'options';
}

/** Is the form itself sound: unique keys, min ≤ max, a choice with options. */
export function formIssues(fields: readonly RequestField[]): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.key)) issues.push({ field: f.key, problem: 'duplicate' });
    seen.add(f.key);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      issues.push({ field: f.key, problem: 'bounds' });
    if (f.type === 'choice' && (f.options ?? []).length < 2)
      issues.push({ field: f.key, problem: 'options' });
  }
  return issues;
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/**
 * What is wrong with an answer. A draft may leave fields empty; a submitted answer must fill every
 * required one. Values of the wrong kind, out of range or outside the choices are wrong in both.
 */
export function answerIssues(
  fields: readonly RequestField[],
  answers: Answers,
  mode: 'draft' | 'submit',
): FormIssue[] {
  const issues: FormIssue[] = [];
  const keys = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) if (!keys.has(key)) issues.push({ field: key, problem: 'unknown' });
  for (const f of fields) {
    const value = answers[f.key];
    if (value === undefined || value === null || value === '') {
      if (mode === 'submit' && f.required) issues.push({ field: f.key, problem: 'required' });
      continue;
    }
    switch (f.type) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value))
          issues.push({ field: f.key, problem: 'type' });
        else if (f.min !== undefined && value < f.min) issues.push({ field: f.key, problem: 'min' });
        else if (f.max !== undefined && value > f.max) issues.push({ field: f.key, problem: 'max' });
        break;
      case 'text':
        if (typeof value !== 'string') issues.push({ field: f.key, problem: 'type' });
        else if (f.max !== undefined && value.length > f.max) issues.push({ field: f.key, problem: 'max' });
        break;
      case 'yes_no':
        if (typeof value !== 'boolean') issues.push({ field: f.key, problem: 'type' });
        break;
      case 'date':
        if (typeof value !== 'string' || !isDay(value)) issues.push({ field: f.key, problem: 'type' });
        break;
      case 'choice':
        if (typeof value !== 'string') issues.push({ field: f.key, problem: 'type' });
        else if (!(f.options ?? []).includes(value)) issues.push({ field: f.key, problem: 'option' });
        break;
    }
  }
  return issues;
}

/** Sums of every number field over the submitted answers (what the focal office reports upward). */
export function numberTotals(
  fields: readonly RequestField[],
  submitted: readonly Answers[],
): { key: string; label: string; total: number; answered: number }[] {
  return fields
    .filter((f) => f.type === 'number')
    .map((f) => {
      const values = submitted.map((a) => a[f.key]).filter((v): v is number => typeof v === 'number');
      return {
        key: f.key,
        label: f.label,
        total: values.reduce((s, v) => s + v, 0),
        answered: values.length,
      };
    });
}

export const ANSWER_STATUSES = ['pending', 'draft', 'submitted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Where a unit stands: answered, still in time, or overdue (deadline day passed, Vietnam time). */
export type Compliance = 'answered' | 'open' | 'overdue';
export function complianceOf(status: AnswerStatus, deadline: string, today: string): Compliance {
  if (status === 'submitted') return 'answered';
  return today > deadline ? 'overdue' : 'open';
}

/** The unit types "all units" means: the bodies that do the plan's work, not outside ones. */
export const REQUESTABLE_UNIT_TYPES: readonly UnitType[] = [
  'people_committee_office',
  'finance_office',
  'agency',
  'commune',
];

type TemplateField = Omit<RequestField, 'label' | 'help'> & { label: LocalizedText; help?: LocalizedText };
export interface RequestTemplate {
  code: 'scan_campaign' | 'focal_points' | 'systems_update';
  title: LocalizedText;
  instructions: LocalizedText;
  fields: TemplateField[];
}

/** The plan's periodic requests, built in (seed II.4.a scans; II.1.d focal points; inventory). */
export const REQUEST_TEMPLATES: readonly RequestTemplate[] = [
  {
    code: 'scan_campaign',
    title: { vi: 'Rà quét mã độc toàn bộ máy tính', en: 'Full malware scan of every computer' },
    instructions: {
      vi: 'Đề nghị đơn vị rà quét mã độc toàn bộ máy tính, máy chủ bằng phần mềm phòng chống mã độc đã cập nhật mẫu mới nhất và báo cáo kết quả.',
      en: 'Scan every computer and server with up-to-date anti-malware software and report the results.',
    },
    fields: [
      {
        key: 'scanned',
        label: { vi: 'Số máy đã quét', en: 'Machines scanned' },
        type: 'number',
        required: true,
        min: 0,
      },
      {
        key: 'infected',
        label: { vi: 'Số máy nhiễm mã độc', en: 'Machines infected' },
        type: 'number',
        required: true,
        min: 0,
      },
      {
        key: 'cleaned',
        label: { vi: 'Số máy đã xử lý sạch', en: 'Machines cleaned' },
        type: 'number',
        required: true,
        min: 0,
      },
      {
        key: 'tool',
        label: { vi: 'Phần mềm dùng để quét', en: 'Scanning software' },
        type: 'text',
        required: false,
        max: 200,
      },
      {
        key: 'notes',
        label: { vi: 'Ghi chú, khó khăn', en: 'Notes, difficulties' },
        type: 'text',
        required: false,
        max: 2000,
      },
    ],
  },
  {
    code: 'focal_points',
    title: { vi: 'Xác nhận đầu mối ứng cứu sự cố', en: 'Confirm incident response focal points' },
    instructions: {
      vi: 'Đề nghị đơn vị xác nhận cán bộ đầu mối chính và dự phòng (liên lạc được 24/7); cập nhật trong hồ sơ đơn vị nếu có thay đổi.',
      en: "Confirm the main and backup focal points (reachable 24/7); update the unit's record if they changed.",
    },
    fields: [
      {
        key: 'unchanged',
        label: { vi: 'Đầu mối không thay đổi', en: 'Focal points unchanged' },
        type: 'yes_no',
        required: true,
      },
      {
        key: 'main_name',
        label: { vi: 'Họ tên đầu mối chính', en: 'Main focal point' },
        type: 'text',
        required: true,
        max: 200,
      },
      {
        key: 'main_phone',
        label: { vi: 'Điện thoại đầu mối chính', en: 'Main focal point phone' },
        type: 'text',
        required: true,
        max: 30,
      },
      {
        key: 'backup_name',
        label: { vi: 'Họ tên đầu mối dự phòng', en: 'Backup focal point' },
        type: 'text',
        required: false,
        max: 200,
      },
      {
        key: 'confirmed_on',
        label: { vi: 'Ngày xác nhận', en: 'Confirmed on' },
        type: 'date',
        required: true,
      },
    ],
  },
  {
    code: 'systems_update',
    title: { vi: 'Cập nhật danh mục hệ thống thông tin', en: 'Update the information systems list' },
    instructions: {
      vi: 'Đề nghị đơn vị rà soát, cập nhật danh mục hệ thống thông tin (phần mềm, phiên bản, địa chỉ) trên hệ thống và xác nhận.',
      en: 'Review and update the information systems list (software, versions, addresses) and confirm.',
    },
    fields: [
      {
        key: 'updated',
        label: { vi: 'Đã cập nhật danh mục', en: 'List updated' },
        type: 'yes_no',
        required: true,
      },
      {
        key: 'systems',
        label: { vi: 'Số hệ thống đang vận hành', en: 'Systems in operation' },
        type: 'number',
        required: true,
        min: 0,
      },
      {
        key: 'status',
        label: { vi: 'Tình trạng', en: 'Status' },
        type: 'choice',
        required: true,
        options: ['Không thay đổi', 'Có hệ thống mới', 'Có hệ thống ngừng sử dụng'],
      },
      { key: 'notes', label: { vi: 'Ghi chú', en: 'Notes' }, type: 'text', required: false, max: 2000 },
    ],
  },
];

/** A template's form in one language, ready to send. */
export function templateFields(template: RequestTemplate, locale: 'vi' | 'en'): RequestField[] {
  return template.fields.map(({ label, help, ...f }) => ({
    ...f,
    label: label[locale],
    ...(help ? { help: help[locale] } : {}),
  }));
}
