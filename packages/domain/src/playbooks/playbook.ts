import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { LocalizedText } from '../i18n-text.ts';
import { RoleCodeSchema } from '../incidents/roles.ts';
import { SUBTYPES } from '../incidents/taxonomy.ts';
import { LocalizedTextSchema } from '../regimes/regime.ts';

/**
 * Response playbooks: one per incident subtype (seed II.3.b asks for a response plan per
 * situation), written as steps a unit officer without security training can follow. Steps are
 * grouped by the response phases of domain README §6 (NIST SP 800-61 shape).
 */
export const PHASES = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, { label: LocalizedText; produces: LocalizedText }> = {
  P0: {
    label: { vi: 'Chuẩn bị', en: 'Preparation' },
    produces: {
      vi: 'Kế hoạch, danh bạ đầu mối, danh mục hệ thống và cấp độ, sao lưu, bản quyền, hợp đồng, tập huấn',
      en: 'Plan, focal-point register, system register with levels, backups, licences, contracts, training',
    },
  },
  P1: {
    label: { vi: 'Phát hiện, tiếp nhận', en: 'Detect, receive' },
    produces: {
      vi: 'Hồ sơ sự cố, thời điểm phát hiện, nguồn tin, người báo; xác nhận tiếp nhận cho người báo',
      en: 'Incident record, detection time, source, reporter; acknowledgement to the reporter',
    },
  },
  P2: {
    label: { vi: 'Xác minh, phân tích, phân loại', en: 'Verify, analyse, classify' },
    produces: {
      vi: 'Loại sự cố, nhóm nguyên nhân, tầng ưu tiên, cờ nghiêm trọng, thời hạn',
      en: 'Type, cause group, tier, serious flag, deadlines',
    },
  },
  P3: {
    label: { vi: 'Thông báo, báo cáo ban đầu', en: 'Notify' },
    produces: {
      vi: 'Mẫu 03 gửi mọi nơi nhận; báo cáo khẩn với sự cố T3/T4',
      en: 'Form 03 to all recipients; emergency report for T3/T4',
    },
  },
  P4: {
    label: { vi: 'Ngăn chặn', en: 'Contain' },
    produces: {
      vi: 'Biện pháp cô lập, bảo toàn chứng cứ, báo cáo tiến độ',
      en: 'Isolation actions, evidence preservation, progress reports',
    },
  },
  P5: {
    label: { vi: 'Xử lý, khôi phục', en: 'Eradicate, recover' },
    produces: {
      vi: 'Phương án ứng cứu, đề nghị hỗ trợ, biên bản khôi phục',
      en: 'Response plan, support requests, restoration record',
    },
  },
  P6: {
    label: { vi: 'Kết thúc', en: 'Close' },
    produces: { vi: 'Báo cáo kết thúc (Mẫu 04)', en: 'Final report (Form 04)' },
  },
  P7: {
    label: { vi: 'Rút kinh nghiệm', en: 'Lessons learned' },
    produces: {
      vi: 'Bài học, rủi ro và kế hoạch được cập nhật; số liệu cho Mẫu 05',
      en: 'Lessons, updated risks and plan; figures for Form 05',
    },
  },
};

/** Every playbook must walk the incident from intake to lessons (README §6); P0 is optional. */
export const REQUIRED_PHASE_GROUPS: readonly (readonly Phase[])[] = [
  ['P1'],
  ['P2'],
  ['P3'],
  ['P4', 'P5'],
  ['P6'],
  ['P7'],
];

export const PhaseSchema = Type.Union(PHASES.map((p) => Type.Literal(p)));

export const StepSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 64 }),
    phase: PhaseSchema,
    title: LocalizedTextSchema,
    instructions: LocalizedTextSchema,
    defaultRole: RoleCodeSchema,
    expectedMinutes: Type.Integer({ minimum: 1, maximum: 60 * 24 * 30 }),
    /** What the step produces (a record, a document, a photo), so the UI can ask for it. */
    evidence: LocalizedTextSchema,
  },
  { additionalProperties: false },
);
export type Step = Static<typeof StepSchema>;

export const PlaybookSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9_.-]*$', maxLength: 80 }),
    subtype: Type.Union(SUBTYPES.map((s) => Type.Literal(s))),
    /** Built-in playbooks are version 1; each saved edit by an administrator increments it. */
    version: Type.Integer({ minimum: 1 }),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    steps: Type.Array(StepSchema, { minItems: 1, maxItems: 40 }),
  },
  { additionalProperties: false },
);
export type Playbook = Static<typeof PlaybookSchema>;

export interface PlaybookIssue {
  code: 'schema' | 'step.duplicate_key' | 'phase.missing';
  path: string;
  message?: string;
}

export type PlaybookValidation = { ok: true; value: Playbook } | { ok: false; issues: PlaybookIssue[] };

/** Required phase groups not covered, e.g. `['P4|P5']`. */
export function missingPhases(playbook: Pick<Playbook, 'steps'>): string[] {
  const present = new Set(playbook.steps.map((s) => s.phase));
  return REQUIRED_PHASE_GROUPS.filter((group) => !group.some((p) => present.has(p))).map((g) => g.join('|'));
}

/** Validates a playbook edited by an administrator: schema, unique step keys, phase coverage. */
export function validatePlaybook(input: unknown): PlaybookValidation {
  if (!Value.Check(PlaybookSchema, input)) {
    const issues = [...Value.Errors(PlaybookSchema, input)].map(
      (e): PlaybookIssue => ({ code: 'schema', path: e.path, message: e.message }),
    );
    return { ok: false, issues };
  }
  const issues: PlaybookIssue[] = [];
  const seen = new Set<string>();
  input.steps.forEach((step, i) => {
    if (seen.has(step.key))
      issues.push({ code: 'step.duplicate_key', path: `/steps/${i}/key`, message: step.key });
    seen.add(step.key);
  });
  for (const group of missingPhases(input))
    issues.push({ code: 'phase.missing', path: '/steps', message: group });
  return issues.length === 0 ? { ok: true, value: input } : { ok: false, issues };
}
