import type { IncidentReportInput, PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import { noTriggers, type TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import type { ParseKeys } from 'i18next';
import { isEmail, isPhone } from '../../lib/validators.ts';
import { fromLocalInput, toLocalInput } from './datetime.ts';

// The incident report form's values and rules, shared by the signed-in report page (a unit's
// officer) and the public page (a citizen without an account). They differ in what is required
// and what is asked: see REPORT_RULES and the `variant` of components/report-form.tsx.

export type ReportVariant = 'signed-in' | 'public';

export interface ReportValues {
  title: string;
  description: string;
  detectedAt: string;
  /** Signed-in only: the system from the inventory, or free text when it is not there. */
  systemId: string | null;
  systemText: string;
  triggers: TriggerFlags;
  personalData: boolean;
  /** Signed-in only, for people who may report for any unit. */
  reportingUnitId: string | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** Public only: the honeypot a person never sees and leaves empty. */
  website: string;
}

export interface ContactDefaults {
  name: string;
  phone: string | null;
  email: string | null;
}

export function initialReportValues(contact?: ContactDefaults, now = new Date()): ReportValues {
  return {
    title: '',
    description: '',
    detectedAt: toLocalInput(now),
    systemId: null,
    systemText: '',
    triggers: noTriggers(),
    personalData: false,
    reportingUnitId: null,
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    contactEmail: contact?.email ?? '',
    website: '',
  };
}

// The server refuses a detection time more than a few minutes ahead (clock drift allowance).
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A citizen must say more than an officer, who is reachable through the account anyway. */
const REPORT_RULES = {
  'signed-in': { descriptionMin: 0, nameMin: 0, messages: 'report' },
  public: { descriptionMin: 10, nameMin: 2, messages: 'publicReport' },
} as const;

/** The message key of each field in error; an empty object when the report may be sent. */
export function validateReport(
  v: ReportValues,
  variant: ReportVariant,
  now = Date.now(),
): Partial<Record<keyof ReportValues, ParseKeys>> {
  const rules = REPORT_RULES[variant];
  const errors: Partial<Record<keyof ReportValues, ParseKeys>> = {};
  if (v.title.trim().length < 3) errors.title = `${rules.messages}.titleTooShort`;
  if (v.description.trim().length < rules.descriptionMin)
    errors.description = 'publicReport.descriptionTooShort';
  const detected = fromLocalInput(v.detectedAt);
  if (!detected) errors.detectedAt = 'errors.required';
  else if (new Date(detected).getTime() > now + FUTURE_TOLERANCE_MS) {
    errors.detectedAt = `${rules.messages}.detectedInFuture`;
  }
  if (v.contactName.trim().length < rules.nameMin) errors.contactName = 'publicReport.nameTooShort';
  if (v.contactPhone.trim() !== '' && !isPhone(v.contactPhone)) errors.contactPhone = 'errors.phone';
  if (v.contactEmail.trim() !== '' && !isEmail(v.contactEmail)) errors.contactEmail = 'errors.email';
  return errors;
}

const given = <K extends string>(key: K, value: string) => {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
};

/** POST /api/incidents/report: only what was given; the contact as typed (the server trims). */
export function toIncidentReport(v: ReportValues): IncidentReportInput {
  return {
    title: v.title.trim(),
    ...given('description', v.description),
    detectedAt: fromLocalInput(v.detectedAt)!,
    ...(v.systemId ? { systemId: v.systemId } : given('systemText', v.systemText)),
    ...(v.reportingUnitId ? { reportingUnitId: v.reportingUnitId } : {}),
    triggers: v.triggers,
    personalData: v.personalData,
    contact: { name: v.contactName.trim(), phone: v.contactPhone.trim(), email: v.contactEmail.trim() },
  };
}

/** POST /api/public/report: the honeypot goes along untouched so that the server can judge it. */
export function toPublicReport(v: ReportValues, unitCode: string | null): PublicIncidentReportInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    detectedAt: fromLocalInput(v.detectedAt)!,
    ...(unitCode ? { unitCode } : {}),
    reporterName: v.contactName.trim(),
    ...given('reporterPhone', v.contactPhone),
    ...given('reporterEmail', v.contactEmail),
    website: v.website,
  };
}
