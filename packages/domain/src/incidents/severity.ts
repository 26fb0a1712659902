import type { LocalizedText } from '../i18n-text.ts';
import type { ReportingRegime } from '../regimes/regime.ts';
import type { SecurityLevel } from '../systems/system.ts';
import { activeTriggers, CONSEQUENCE_TRIGGERS, HARM_TRIGGERS, type TriggerFlags } from './triggers.ts';

/**
 * Deterministic tiering of domain README §3. The tier is the product's internal priority; the legal
 * duty to notify is separate (TT 20/2017: every confirmed incident is notified) and is computed by
 * `deadlines.ts`. Recompute on every update and show `reasons`.
 */
export const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Record<Tier, LocalizedText> = {
  T0: { vi: 'Sự kiện (chỉ ghi nhận)', en: 'Event (log only)' },
  T1: { vi: 'Sự cố thông thường', en: 'Ordinary incident' },
  T2: { vi: 'Sự cố phải ứng phó', en: 'Must respond' },
  T3: { vi: 'Sự cố khẩn cấp', en: 'Emergency' },
  T4: { vi: 'Sự cố nghiêm trọng cấp quốc gia', en: 'National serious incident' },
};

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** Rule codes, in evaluation order: the first that matches wins. */
export const SEVERITY_RULES = [
  't4.serious',
  't4.national_security',
  't3.beyond_capacity',
  't3.state_secret',
  't3.harm_high_level',
  't2.harm',
  't1.cia_affected',
  't0.event',
] as const;
export type SeverityRule = (typeof SEVERITY_RULES)[number];

/**
 * The level the rules read (README §3: "L = approved level of the affected system"). A level that is
 * only proposed in a dossier still being drafted or awaiting approval does not count: until a
 * decision approves it the system is unclassified (treated as 3), so a draft level 1 can never lower
 * the priority of an incident, nor a draft level 5 raise it.
 */
export function approvedLevel(system: {
  securityLevel: number | null;
  approvalStatus: string;
}): SecurityLevel | null {
  if (system.approvalStatus !== 'approved' || system.securityLevel === null) return null;
  return system.securityLevel as SecurityLevel;
}

export interface SeverityInput {
  triggers: TriggerFlags;
  /** Approved level of the affected system (`approvedLevel`); null when no level is approved. */
  systemLevel: SecurityLevel | null;
  /** The level proposed in a dossier not approved yet, only to explain the assumption. */
  proposedLevel?: SecurityLevel | null;
  /** On the national list of critical information systems. */
  nationalCritical: boolean;
  /** Confidentiality, integrity or availability actually affected (otherwise it is an event). */
  ciaAffected: boolean;
  /** Signs of harm to national security or social order; T4 only where the regime says so (2026). */
  nationalSecurityHarm?: boolean;
  regime: Pick<ReportingRegime, 'severity'>;
}

export interface SeverityResult {
  tier: Tier;
  /** The legal "serious incident" of QĐ 05/2017 as the regime reads it; drives the serious deadlines. */
  serious: boolean;
  /** The system has no approved level and `effectiveLevel` is the regime's assumption. */
  unclassifiedLevel: boolean;
  effectiveLevel: SecurityLevel;
  rule: SeverityRule;
  /** Why: the matching rule first, then the facts that led to it. */
  reasons: LocalizedText[];
}

const list = (codes: readonly string[]) => codes.join(', ');

export function computeSeverity(input: SeverityInput): SeverityResult {
  const t = input.regime.severity;
  const unclassifiedLevel = input.systemLevel === null;
  // README §3: unknown level → assume the regime's value (3) so missing paperwork never lowers priority.
  const effectiveLevel = (input.systemLevel ?? t.unclassifiedLevel.value) as SecurityLevel;
  const flags = input.triggers;
  const active = activeTriggers(flags);
  const harm = HARM_TRIGGERS.filter((c) => flags[c]);
  const consequence = CONSEQUENCE_TRIGGERS.filter((c) => flags[c]);
  const seriousMin = t.seriousMinLevel.value;
  const emergencyMin = t.emergencyMinLevel.value;
  const highSystem = effectiveLevel >= seriousMin || input.nationalCritical;

  // QĐ 05/2017 serious incident: (level ≥ 4 or national list) with one of C1–C5, and/or C6.
  // Which connective applies could not be read exactly, so it is regime data (README §3).
  const consequenceHalf = highSystem && consequence.length > 0;
  const serious = t.seriousRequiresBoth.value ? consequenceHalf && flags.C6 : consequenceHalf || flags.C6;
  const nationalSecurity = input.nationalSecurityHarm === true && t.nationalSecurityHarmIsT4.value;

  const system: LocalizedText = input.nationalCritical
    ? {
        vi: `hệ thống cấp độ ${effectiveLevel}, thuộc danh mục hệ thống thông tin quan trọng quốc gia`,
        en: `level ${effectiveLevel} system on the national critical list`,
      }
    : { vi: `hệ thống cấp độ ${effectiveLevel}`, en: `level ${effectiveLevel} system` };

  let tier: Tier;
  let rule: SeverityRule;
  let why: LocalizedText;
  if (serious) {
    tier = 'T4';
    rule = 't4.serious';
    why = t.seriousRequiresBoth.value
      ? {
          vi: `Sự cố nghiêm trọng: ${system.vi} (ngưỡng cấp độ ${seriousMin}), có hậu quả ${list(consequence)} và chủ quản không đủ khả năng xử lý (C6).`,
          en: `Serious incident: ${system.en} (level threshold ${seriousMin}) with ${list(consequence)}, and the owner cannot handle it (C6).`,
        }
      : {
          vi: `Sự cố nghiêm trọng: ${consequenceHalf ? `${system.vi} (ngưỡng cấp độ ${seriousMin}) có hậu quả ${list(consequence)}` : 'chủ quản không đủ khả năng xử lý (C6)'}.`,
          en: `Serious incident: ${consequenceHalf ? `${system.en} (level threshold ${seriousMin}) with ${list(consequence)}` : 'the owner cannot handle it (C6)'}.`,
        };
  } else if (nationalSecurity) {
    tier = 'T4';
    rule = 't4.national_security';
    why = {
      vi: 'Có dấu hiệu xâm phạm an ninh quốc gia, trật tự an toàn xã hội.',
      en: 'Signs of harm to national security or social order.',
    };
  } else if (flags.C6) {
    tier = 'T3';
    rule = 't3.beyond_capacity';
    why = {
      vi: 'Chủ quản hệ thống không đủ khả năng kiểm soát, xử lý sự cố (C6).',
      en: 'The system owner cannot control or handle the incident (C6).',
    };
  } else if (flags.C2) {
    tier = 'T3';
    rule = 't3.state_secret';
    why = {
      vi: 'Dữ liệu tuyệt mật hoặc bí mật Nhà nước có khả năng bị tiết lộ (C2).',
      en: 'Top-secret or state-secret data may have been disclosed (C2).',
    };
  } else if (harm.length > 0 && effectiveLevel >= emergencyMin) {
    tier = 'T3';
    rule = 't3.harm_high_level';
    why = {
      vi: `${list(harm)} xảy ra trên ${system.vi} (ngưỡng khẩn cấp: cấp độ ${emergencyMin}).`,
      en: `${list(harm)} on a ${system.en} (emergency threshold: level ${emergencyMin}).`,
    };
  } else if (harm.length > 0) {
    tier = 'T2';
    rule = 't2.harm';
    why = {
      vi: `Có tiêu chí phải ứng phó: ${list(harm)}.`,
      en: `Response trigger present: ${list(harm)}.`,
    };
  } else if (input.ciaAffected) {
    tier = 'T1';
    rule = 't1.cia_affected';
    why = {
      vi: 'Tính bí mật, toàn vẹn hoặc sẵn sàng của thông tin đã bị ảnh hưởng, nhưng không có tiêu chí C1–C6.',
      en: 'Confidentiality, integrity or availability was affected, but none of C1–C6 holds.',
    };
  } else {
    tier = 'T0';
    rule = 't0.event';
    why = {
      vi: 'Không có thiệt hại thực tế (ví dụ: lượt dò quét đã bị chặn, thư giả mạo đã bị lọc): chỉ ghi nhận sự kiện.',
      en: 'No actual harm (e.g. a blocked scan, a filtered phishing mail): log the event only.',
    };
  }

  const reasons: LocalizedText[] = [why];
  reasons.push(
    active.length > 0
      ? {
          vi: `Tiêu chí ứng phó đã chọn: ${list(active)}.`,
          en: `Response triggers selected: ${list(active)}.`,
        }
      : { vi: 'Không chọn tiêu chí ứng phó nào (C1–C6).', en: 'No response trigger (C1–C6) selected.' },
  );
  if (unclassifiedLevel) {
    const proposed = input.proposedLevel ?? null;
    reasons.push(
      proposed === null
        ? {
            vi: `Hệ thống chưa được phê duyệt cấp độ: tạm tính là cấp độ ${effectiveLevel}.`,
            en: `The system has no approved security level: treated as level ${effectiveLevel}.`,
          }
        : {
            vi: `Hệ thống chưa được phê duyệt cấp độ (hồ sơ đề xuất cấp độ ${proposed}, chưa phê duyệt): tạm tính là cấp độ ${effectiveLevel}.`,
            en: `The system has no approved security level (level ${proposed} proposed, not approved): treated as level ${effectiveLevel}.`,
          },
    );
  }
  if (input.nationalSecurityHarm && !t.nationalSecurityHarmIsT4.value) {
    reasons.push({
      vi: 'Có dấu hiệu xâm phạm an ninh quốc gia: chế độ báo cáo đang áp dụng không tự nâng lên T4, nhưng cần báo ngay cơ quan công an.',
      en: 'Signs of harm to national security: the regime in force does not raise this to T4 by itself, but tell the police at once.',
    });
  }
  if (!t.seriousMinLevel.verified || !t.seriousRequiresBoth.verified) {
    reasons.push({
      vi: 'Ngưỡng xác định sự cố nghiêm trọng của chế độ báo cáo này chưa được xác minh.',
      en: "This regime's serious-incident thresholds are not verified.",
    });
  }
  return { tier, serious, unclassifiedLevel, effectiveLevel, rule, reasons };
}
