import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * A reporting regime: who must be told, by when, on which form, and how severity is judged.
 * Domain README §0: the rules change (2017 regime, Bộ Công an from 1/3/2025, Luật An ninh mạng 2025
 * from 1/7/2026), so every rule is versioned data with an effective date, and every value says
 * whether it was verified in public material; unverified values are flagged in the UI.
 */

/** Kept here until `i18n-text.ts` grows a schema; `Static` of it equals `LocalizedText`. */
export const LocalizedTextSchema = Type.Object(
  { vi: Type.String({ minLength: 1, maxLength: 4000 }), en: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** A day of the year, MM-DD, for periodic report dates. */
const MonthDay = Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' });
const Code = Type.String({ pattern: '^[a-z][a-z0-9_.]*$', maxLength: 64 });
const Basis = Type.String({ minLength: 1, maxLength: 500 });
const Level = Type.Integer({ minimum: 1, maximum: 5 });

/** A value with its provenance: `verified` is false for [R] and [3P] values of domain README §0. */
const sourced = <T extends TSchema>(value: T) =>
  Type.Object({ value, verified: Type.Boolean(), basis: Basis }, { additionalProperties: false });

export const RECIPIENT_KINDS = [
  'owner',
  'national_coordinator',
  'dedicated_response_unit',
  'police',
  'data_protection_authority',
  'network_members',
  'ministry',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Who files a periodic report. */
export const FILER_KINDS = ['network_member', 'operating_unit', 'owner'] as const;
export type FilerKind = (typeof FILER_KINDS)[number];

/**
 * When a deadline rule applies. `any_incident` is every confirmed incident (tier ≥ T1, TT 20
 * Điều 9); `beyond_capacity` is trigger C6 (QĐ 05 Điều 11.1a); the others are legal categories.
 */
export const DEADLINE_CONDITIONS = [
  'any_incident',
  'beyond_capacity',
  'serious',
  'national_security_harm',
  'personal_data_breach',
] as const;
export type DeadlineCondition = (typeof DEADLINE_CONDITIONS)[number];

/** The clock starts at detection, or when the condition became known (C6 may appear days later). */
export const DEADLINE_ANCHORS = ['detection', 'condition_known'] as const;
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

export const FORM_PURPOSES = [
  'member_profile',
  'network_application',
  'initial_report',
  'final_report',
  'periodic_report',
] as const;
export type FormPurpose = (typeof FORM_PURPOSES)[number];

export const RecipientSchema = Type.Object(
  { kind: literals(RECIPIENT_KINDS), name: LocalizedTextSchema, verified: Type.Boolean(), basis: Basis },
  { additionalProperties: false },
);
export type Recipient = Static<typeof RecipientSchema>;

export const DeadlineRuleSchema = Type.Object(
  {
    code: Code,
    label: LocalizedTextSchema,
    when: literals(DEADLINE_CONDITIONS),
    /** 0 means "immediately". */
    withinHours: Type.Number({ minimum: 0, maximum: 24 * 366 }),
    anchor: literals(DEADLINE_ANCHORS),
    recipients: Type.Array(literals(RECIPIENT_KINDS), { minItems: 1 }),
    formCode: Type.Optional(Code),
    /** The rule binds only incidents detected on or after this date (a later law inside the regime). */
    appliesFrom: Type.Optional(IsoDate),
    verified: Type.Boolean(),
    basis: Basis,
  },
  { additionalProperties: false },
);
export type DeadlineRule = Static<typeof DeadlineRuleSchema>;

export const SeverityThresholdsSchema = Type.Object(
  {
    /** Level from which a system counts for "serious" (QĐ 05/2017: level 4 or 5) and tier T4. */
    seriousMinLevel: sourced(Level),
    /** Level from which C1/C3/C4/C5 raise the incident to T3 (product rule, README §3). */
    emergencyMinLevel: sourced(Level),
    /**
     * true: serious = (high level or national list) and one of C1–C5, AND C6.
     * false: serious = ((high level or national list) and one of C1–C5) OR C6.
     */
    seriousRequiresBoth: sourced(Type.Boolean()),
    /** Whether signs of harm to national security or social order alone make T4 (2026 regime). */
    nationalSecurityHarmIsT4: sourced(Type.Boolean()),
    /** Level assumed for a system without an approved level decision (README §3: 3). */
    unclassifiedLevel: sourced(Level),
  },
  { additionalProperties: false },
);
export type SeverityThresholds = Static<typeof SeverityThresholdsSchema>;

export const FormSchema = Type.Object(
  {
    code: Code,
    purpose: literals(FORM_PURPOSES),
    name: LocalizedTextSchema,
    verified: Type.Boolean(),
    basis: Basis,
  },
  { additionalProperties: false },
);
export type RegimeForm = Static<typeof FormSchema>;

export const PeriodicReportSchema = Type.Object(
  {
    code: Code,
    label: LocalizedTextSchema,
    /** Reporting period as days of the year; absent when the rule does not say. */
    periodStart: Type.Optional(MonthDay),
    periodEnd: Type.Optional(MonthDay),
    /** Must arrive before this day of the year. */
    dueBefore: MonthDay,
    filer: literals(FILER_KINDS),
    recipient: literals(RECIPIENT_KINDS),
    formCode: Type.Optional(Code),
    verified: Type.Boolean(),
    basis: Basis,
  },
  { additionalProperties: false },
);
export type PeriodicReport = Static<typeof PeriodicReportSchema>;

export const ReportingRegimeSchema = Type.Object(
  {
    id: Code,
    name: LocalizedTextSchema,
    /** First day (Vietnam time) on which incidents are judged under this regime. */
    effectiveFrom: IsoDate,
    legalBasis: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1 }),
    recipients: Type.Array(RecipientSchema, { minItems: 1 }),
    deadlines: Type.Array(DeadlineRuleSchema),
    severity: SeverityThresholdsSchema,
    forms: Type.Array(FormSchema),
    emailSubjectPrefix: sourced(Type.String({ minLength: 1, maxLength: 40 })),
    periodicReports: Type.Array(PeriodicReportSchema),
  },
  { additionalProperties: false },
);
export type ReportingRegime = Static<typeof ReportingRegimeSchema>;

export interface RegimeIssue {
  code: 'schema' | 'date.invalid' | 'duplicate_code' | 'recipient.undeclared' | 'form.undeclared';
  path: string;
  message?: string;
}

export type RegimeValidation = { ok: true; value: ReportingRegime } | { ok: false; issues: RegimeIssue[] };

export function isRealIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function duplicates(codes: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return dup;
}

/**
 * Validates a regime edited or added by an administrator: the schema, then what a schema cannot
 * say (real dates, unique codes, every referenced recipient and form declared in the regime).
 */
export function validateRegime(input: unknown): RegimeValidation {
  if (!Value.Check(ReportingRegimeSchema, input)) {
    const issues = [...Value.Errors(ReportingRegimeSchema, input)].map(
      (e): RegimeIssue => ({ code: 'schema', path: e.path, message: e.message }),
    );
    return { ok: false, issues };
  }
  const regime = input;
  const issues: RegimeIssue[] = [];
  if (!isRealIsoDate(regime.effectiveFrom)) issues.push({ code: 'date.invalid', path: '/effectiveFrom' });
  regime.deadlines.forEach((d, i) => {
    if (d.appliesFrom !== undefined && !isRealIsoDate(d.appliesFrom)) {
      issues.push({ code: 'date.invalid', path: `/deadlines/${i}/appliesFrom` });
    }
  });
  const lists = [
    ['deadlines', regime.deadlines],
    ['forms', regime.forms],
    ['periodicReports', regime.periodicReports],
  ] as const;
  for (const [key, list] of lists) {
    const dup = duplicates(list.map((x) => x.code));
    list.forEach((x, i) => {
      if (dup.has(x.code))
        issues.push({ code: 'duplicate_code', path: `/${key}/${i}/code`, message: x.code });
    });
  }
  const declared = new Set(regime.recipients.map((r) => r.kind));
  const forms = new Set(regime.forms.map((f) => f.code));
  const refs = [
    ...regime.deadlines.map((d, i) => ({ path: `/deadlines/${i}`, kinds: d.recipients, form: d.formCode })),
    ...regime.periodicReports.map((p, i) => ({
      path: `/periodicReports/${i}`,
      kinds: [p.recipient],
      form: p.formCode,
    })),
  ];
  for (const ref of refs) {
    for (const kind of ref.kinds) {
      if (!declared.has(kind)) issues.push({ code: 'recipient.undeclared', path: ref.path, message: kind });
    }
    if (ref.form !== undefined && !forms.has(ref.form)) {
      issues.push({ code: 'form.undeclared', path: `${ref.path}/formCode`, message: ref.form });
    }
  }
  return issues.length === 0 ? { ok: true, value: regime } : { ok: false, issues };
}

/** Vietnam has used UTC+7 without daylight saving since 1975; legal dates are Vietnam dates. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function parseInstant(value: string | Date, field = 'timestamp'): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${field}: invalid timestamp ${String(value)}`);
  return date;
}

/** The calendar date in Vietnam (YYYY-MM-DD) of an instant. */
export function vietnamDate(at: string | Date): string {
  return new Date(parseInstant(at).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The regime an incident is judged under: the one with the latest `effectiveFrom` on or before the
 * Vietnam date of detection (README §0). Undefined when none was in force yet.
 */
export function regimeInForce<R extends Pick<ReportingRegime, 'effectiveFrom'>>(
  regimes: readonly R[],
  detectedAt: string | Date,
): R | undefined {
  const day = vietnamDate(detectedAt);
  let best: R | undefined;
  for (const regime of regimes) {
    if (regime.effectiveFrom <= day && (best === undefined || regime.effectiveFrom > best.effectiveFrom)) {
      best = regime;
    }
  }
  return best;
}

/** Every value of a regime that is not verified, as JSON paths, for the "[chưa xác minh]" badges. */
export function unverifiedPaths(regime: ReportingRegime): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, `${path}/${i}`);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.verified === false) paths.push(path);
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    }
  };
  walk(regime, '');
  return paths;
}
