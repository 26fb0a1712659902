import { type Static, Type } from '@sinclair/typebox';
import { DayString, literals } from '../api-shapes.ts';
import type { LocalizedText } from '../i18n-text.ts';
import { ObservableKindSchema } from '../incidents/observables.ts';
import { UNIT_TYPES } from '../org/unit-types.ts';
import { RefId } from '../refs.ts';

// Warnings (cảnh báo) from the focal office to the units (seed II.4.a, II.1.d; issue 11): an
// advisory with affected products, CVE ids, indicators and required actions, sent to targeted
// units, each of which acknowledges and then reports what it did.

export const WARNING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

/** Traffic Light Protocol 2.0 (FIRST): who the warning may be shared with. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

export const WARNING_STATUSES = ['draft', 'published', 'closed'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

/** sent → acknowledged → done | not_applicable | cannot_do. */
export const TARGET_STATUSES = ['sent', 'acknowledged', 'done', 'not_applicable', 'cannot_do'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_OUTCOMES = ['done', 'not_applicable', 'cannot_do'] as const;
export type TargetOutcome = (typeof TARGET_OUTCOMES)[number];

export const TARGETING_MODES = ['all', 'unit_types', 'units', 'products'] as const;
export type TargetingMode = (typeof TARGETING_MODES)[number];

/** Why a unit is targeted (shown on the preview and the compliance table). */
export const TARGET_REASONS = ['all', 'unit_type', 'hand_picked', 'product'] as const;
export type TargetReason = (typeof TARGET_REASONS)[number];

export const WARNING_SEVERITY_LABELS: Record<WarningSeverity, LocalizedText> = {
  low: { vi: 'Thấp', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Cao', en: 'High' },
  critical: { vi: 'Nghiêm trọng', en: 'Critical' },
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, LocalizedText> = {
  sent: { vi: 'Đã gửi, chưa xác nhận', en: 'Sent, not acknowledged' },
  acknowledged: { vi: 'Đã xác nhận, đang xử lý', en: 'Acknowledged' },
  done: { vi: 'Đã thực hiện', en: 'Done' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  cannot_do: { vi: 'Không thực hiện được', en: 'Cannot do' },
};

const Text = (max: number) => Type.String({ maxLength: max });

export const AffectedProductSchema = Type.Object(
  {
    vendor: Type.String({ maxLength: 200 }),
    product: Type.String({ minLength: 1, maxLength: 200 }),
    /** "< 2.4.58", "2.4.0 - 2.4.57", ">= 1.0 < 2.0", "2.4.*", "*" (see product-match.ts). */
    versionRange: Type.String({ maxLength: 200 }),
    cpe: Type.Optional(Type.Union([Type.String({ maxLength: 400 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type AffectedProductInput = Static<typeof AffectedProductSchema>;

export const IndicatorInputSchema = Type.Object(
  { type: ObservableKindSchema, value: Type.String({ minLength: 1, maxLength: 2048 }) },
  { additionalProperties: false },
);

export const TargetingSchema = Type.Object(
  {
    mode: literals(TARGETING_MODES),
    unitTypes: Type.Optional(
      Type.Array(literals(UNIT_TYPES), { maxItems: UNIT_TYPES.length, uniqueItems: true }),
    ),
    unitIds: Type.Optional(Type.Array(RefId('unit'), { maxItems: 5000, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type Targeting = Static<typeof TargetingSchema>;

export const CVE_ID_PATTERN = '^CVE-[0-9]{4}-[0-9]{4,19}$';

/**
 * The input of a warning: what the focal office types, and what an imported advisory (CVE record,
 * MISP event, STIX bundle: the normalised advisory `{ title, description, tlp, severity?, cves,
 * indicators[{type,value}], products? }`) fills. Missing parts take their defaults.
 */
export const WarningDraftSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Text(20_000)),
    severity: Type.Optional(literals(WARNING_SEVERITIES)),
    tlp: literals(TLP_LEVELS),
    cves: Type.Optional(
      Type.Array(Type.String({ pattern: CVE_ID_PATTERN, maxLength: 30 }), {
        maxItems: 200,
        uniqueItems: true,
      }),
    ),
    indicators: Type.Optional(Type.Array(IndicatorInputSchema, { maxItems: 1000 })),
    products: Type.Optional(Type.Array(AffectedProductSchema, { maxItems: 200 })),
    requiredActions: Type.Optional(Text(10_000)),
    deadline: Type.Optional(Type.Union([DayString, Type.Null()])),
    targeting: Type.Optional(TargetingSchema),
    /** Where it came from (a CVE id, a MISP event uuid…), for the record. */
    sourceRef: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type WarningDraft = Static<typeof WarningDraftSchema>;

/** A draft filled with defaults: what is stored. */
export function completeDraft(d: WarningDraft) {
  return {
    title: d.title.trim(),
    description: d.description ?? '',
    severity: d.severity ?? ('medium' as WarningSeverity),
    tlp: d.tlp,
    cves: [...new Set((d.cves ?? []).map((c) => c.toUpperCase()))],
    indicators: d.indicators ?? [],
    products: d.products ?? [],
    requiredActions: d.requiredActions ?? '',
    deadline: d.deadline ?? null,
    targeting: d.targeting ?? ({ mode: 'products' } as Targeting),
    sourceRef: d.sourceRef ?? null,
  };
}

/**
 * TLP:RED is for named recipients only (TLP 2.0): such a warning is sent to hand-picked units,
 * never to "all units", a unit type or an inventory match.
 */
export function targetingAllowed(tlp: TlpLevel, targeting: Targeting): boolean {
  return tlp !== 'RED' || targeting.mode === 'units';
}

/** Next status of a unit's target for an action, or null when the move is not allowed. */
export function nextTargetStatus(
  from: TargetStatus,
  action: 'acknowledge' | TargetOutcome,
): TargetStatus | null {
  if (action === 'acknowledge') return from === 'sent' ? 'acknowledged' : null;
  // Reporting without a separate acknowledgement acknowledges too; a report may be corrected.
  return from === 'sent' || from === 'acknowledged' || (TARGET_OUTCOMES as readonly string[]).includes(from)
    ? action
    : null;
}

export function isOpenTarget(status: string): boolean {
  return status === 'sent' || status === 'acknowledged';
}

/** A target is overdue when it is still open after the deadline day (Vietnam calendar day `today`). */
export function targetOverdue(status: string, deadline: string | null, today: string): boolean {
  return deadline !== null && isOpenTarget(status) && today > deadline;
}

/** Days before the deadline when open targets are reminded. */
export const WARNING_REMINDER_DAYS = 2;

export interface UnitForTargeting {
  id: string;
  type: string;
}

export interface MatchedSystem {
  systemId: string;
  systemName: string;
  vendor: string;
  product: string;
  version: string | null;
  versionRange: string;
}

export interface PlannedTarget {
  unitId: string;
  reason: TargetReason;
  matchedSystems: MatchedSystem[];
}

/**
 * The units a warning goes to and why. `matches`: the inventory matches per unit (from
 * product-match.ts); under "products" targeting only units with a match are chosen, under the
 * other modes the matches are still shown (a unit told by type learns which of its systems run it).
 */
export function planTargets(
  targeting: Targeting,
  units: readonly UnitForTargeting[],
  matches: ReadonlyMap<string, MatchedSystem[]>,
): PlannedTarget[] {
  const chosen: PlannedTarget[] = [];
  const types = new Set<string>(targeting.unitTypes ?? []);
  const picked = new Set(targeting.unitIds ?? []);
  for (const u of units) {
    const matchedSystems = matches.get(u.id) ?? [];
    let reason: TargetReason | null = null;
    // The focal office sends the warning: "all units" means the others (it may still pick itself).
    if (targeting.mode === 'all') reason = u.type === 'focal_office' ? null : 'all';
    else if (targeting.mode === 'unit_types' && types.has(u.type)) reason = 'unit_type';
    else if (targeting.mode === 'units' && picked.has(u.id)) reason = 'hand_picked';
    else if (targeting.mode === 'products' && matchedSystems.length > 0) reason = 'product';
    if (reason) chosen.push({ unitId: u.id, reason, matchedSystems });
  }
  return chosen;
}

/** What each step on a warning's record reads as ({{name}} from the entry's data). */
export const WARNING_TIMELINE_LABELS: Record<string, LocalizedText> = {
  created: { vi: 'Soạn cảnh báo', en: 'Warning drafted' },
  imported: { vi: 'Nhập cảnh báo từ {{source}}', en: 'Warning imported from {{source}}' },
  updated: { vi: 'Sửa nội dung cảnh báo', en: 'Warning edited' },
  published: {
    vi: 'Phát hành cảnh báo tới {{targets}} đơn vị',
    en: 'Warning published to {{targets}} units',
  },
  closed: { vi: 'Đóng cảnh báo', en: 'Warning closed' },
  file_added: { vi: 'Đính kèm tệp {{filename}}', en: 'File attached: {{filename}}' },
  acknowledged: { vi: 'Đơn vị xác nhận đã nhận', en: 'Unit acknowledged' },
  responded: { vi: 'Đơn vị báo cáo: {{outcome}}', en: 'Unit reported: {{outcome}}' },
  reminded: { vi: 'Nhắc hạn thực hiện (hạn {{deadline}})', en: 'Reminded (due {{deadline}})' },
  escalated: {
    vi: 'Quá hạn: đã báo lãnh đạo đơn vị và cơ quan đầu mối',
    en: 'Overdue: unit leadership and focal office told',
  },
  indicator_hit: {
    vi: 'Dấu hiệu {{normalized}} xuất hiện trong sự cố {{incidentCode}}',
    en: 'Indicator {{normalized}} seen in incident {{incidentCode}}',
  },
};
