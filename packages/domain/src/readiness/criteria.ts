import type { LocalizedText } from '../i18n-text.ts';
import { effectiveLevel, type SecurityLevelOrUnclassified } from '../systems/system.ts';
import { type CalendarDay, dayKey, formatDayVi, monthsBefore, vnDay, withinMonths } from './dates.ts';

/**
 * Readiness of a unit to respond (seed II.4.b "các điều kiện sẵn sàng ứng phó"), as a score from
 * explicit criteria. Every criterion says why it is met or not, with the dates and systems involved,
 * so the number can be argued with. Weights add up to 100; they are our judgement, kept as data.
 */
export const READINESS_CRITERION_CODES = [
  'officer_appointed',
  'antivirus_licence',
  'firewall_licence',
  'backup_restore_tested',
  'training_this_year',
  'drill_level3',
  'scan_level3',
  'inventory_updated',
  'focal_points',
] as const;
export type ReadinessCriterionCode = (typeof READINESS_CRITERION_CODES)[number];

export interface ReadinessCriterionDefinition {
  weight: number;
  label: LocalizedText;
  /** The rule the criterion checks. */
  basis: LocalizedText;
}

export const READINESS_CRITERIA: Record<ReadinessCriterionCode, ReadinessCriterionDefinition> = {
  officer_appointed: {
    weight: 15,
    label: { vi: 'Cử cán bộ phụ trách an toàn thông tin', en: 'Security officer appointed' },
    basis: { vi: 'Kế hoạch mục II.1.d', en: 'Seed plan II.1.d' },
  },
  antivirus_licence: {
    weight: 15,
    label: { vi: 'Bản quyền phần mềm diệt virus còn hiệu lực', en: 'Antivirus licence valid' },
    basis: { vi: 'Kế hoạch mục II.4.b, IV.4', en: 'Seed plan II.4.b, IV.4' },
  },
  firewall_licence: {
    weight: 10,
    label: { vi: 'Bản quyền tường lửa còn hiệu lực', en: 'Firewall licence valid' },
    basis: { vi: 'Kế hoạch mục II.4.b, IV.4', en: 'Seed plan II.4.b, IV.4' },
  },
  backup_restore_tested: {
    weight: 15,
    label: { vi: 'Đã thử khôi phục từ bản sao lưu', en: 'Backup restore tested' },
    basis: { vi: 'Kế hoạch mục II.4.b (sẵn sàng khắc phục)', en: 'Seed plan II.4.b (ready to recover)' },
  },
  training_this_year: {
    weight: 10,
    label: { vi: 'Tham gia tập huấn trong năm', en: 'Training attended this year' },
    basis: { vi: 'Kế hoạch mục II.4.b', en: 'Seed plan II.4.b' },
  },
  drill_level3: {
    weight: 10,
    label: {
      vi: 'Diễn tập trong năm cho hệ thống cấp độ 3 trở lên',
      en: 'Yearly drill for level 3+ systems',
    },
    basis: { vi: 'Chỉ thị 18/CT-TTg', en: 'Directive 18/CT-TTg' },
  },
  scan_level3: {
    weight: 10,
    label: {
      vi: 'Rà quét, săn lùng mối đe dọa 6 tháng/lần cho hệ thống cấp độ 3 trở lên',
      en: 'Scan or threat hunt every 6 months for level 3+ systems',
    },
    basis: { vi: 'Chỉ thị 18/CT-TTg', en: 'Directive 18/CT-TTg' },
  },
  inventory_updated: {
    weight: 10,
    label: { vi: 'Danh mục hệ thống thông tin được cập nhật', en: 'Systems inventory up to date' },
    basis: {
      vi: 'Chuẩn bị (P0): danh mục hệ thống và cấp độ',
      en: 'Preparation (P0): system register with levels',
    },
  },
  focal_points: {
    weight: 5,
    label: { vi: 'Khai báo đầu mối chính và dự phòng', en: 'Main and backup focal points registered' },
    basis: { vi: 'Mẫu 01, Thông tư 20/2017/TT-BTTTT', en: 'Form 01, Circular 20/2017/TT-BTTTT' },
  },
};

export interface ReadinessSystemFacts {
  id: string;
  name: string;
  level: SecurityLevelOrUnclassified;
  lastRestoreTestAt: string | null;
  lastDrillAt: string | null;
  lastScanAt: string | null;
}

/** What the service gathers about one unit; dates are ISO strings ('YYYY-MM-DD' or timestamps). */
export interface UnitReadinessFacts {
  securityOfficerName: string | null;
  antivirusLicenceExpiresAt: string | null;
  firewallLicenceExpiresAt: string | null;
  systems: readonly ReadinessSystemFacts[];
  lastTrainingAt: string | null;
  inventoryUpdatedAt: string | null;
  focalPoints: { main: boolean; backup: boolean };
}

export interface ReadinessParams {
  restoreTestMaxMonths: number;
  scanMaxMonths: number;
  inventoryMaxMonths: number;
}

/** Chỉ thị 18/CT-TTg sets the 6-month scan; the restore and inventory periods are our defaults. */
export const DEFAULT_READINESS_PARAMS: ReadinessParams = {
  restoreTestMaxMonths: 6,
  scanMaxMonths: 6,
  inventoryMaxMonths: 12,
};

export type CriterionStatus = 'met' | 'not_met' | 'not_applicable';

export interface CriterionResult {
  code: ReadinessCriterionCode;
  status: CriterionStatus;
  met: boolean;
  weight: number;
  label: LocalizedText;
  reason: LocalizedText;
}

export interface ReadinessResult {
  /** 0–100, rounded; weights of not-applicable criteria leave the denominator. */
  score: number;
  criteria: CriterionResult[];
}

type Evaluation = { status: CriterionStatus; reason: LocalizedText };

const met = (vi: string, en: string): Evaluation => ({ status: 'met', reason: { vi, en } });
const notMet = (vi: string, en: string): Evaluation => ({ status: 'not_met', reason: { vi, en } });
const notApplicable = (vi: string, en: string): Evaluation => ({
  status: 'not_applicable',
  reason: { vi, en },
});

const viDate = (iso: string) => formatDayVi(vnDay(iso));
const enDate = (iso: string) => dayKey(vnDay(iso));

function nameList(systems: readonly ReadinessSystemFacts[]): LocalizedText {
  const shown = systems.slice(0, 5).map((s) => s.name);
  const more = systems.length - shown.length;
  return {
    vi: shown.join(', ') + (more > 0 ? ` và ${more} hệ thống khác` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

function licence(expiresAt: string | null, now: CalendarDay, what: LocalizedText): Evaluation {
  if (!expiresAt) {
    return notMet(`Chưa ghi nhận bản quyền ${what.vi}.`, `No ${what.en} licence recorded.`);
  }
  // A licence is valid through its expiry day.
  if (dayKey(vnDay(expiresAt)) >= dayKey(now)) {
    return met(
      `Bản quyền ${what.vi} còn hiệu lực đến ngày ${viDate(expiresAt)}.`,
      `The ${what.en} licence is valid until ${enDate(expiresAt)}.`,
    );
  }
  return notMet(
    `Bản quyền ${what.vi} đã hết hạn ngày ${viDate(expiresAt)}; cần gia hạn.`,
    `The ${what.en} licence expired on ${enDate(expiresAt)}; renew it.`,
  );
}

/** Level-3+ systems; an unclassified system counts as level 3 (domain README §3). */
function level3Plus(facts: UnitReadinessFacts): ReadinessSystemFacts[] {
  return facts.systems.filter((s) => effectiveLevel(s.level) >= 3);
}

const NO_LEVEL3: [string, string] = [
  'Đơn vị không có hệ thống cấp độ 3 trở lên.',
  'The unit has no level 3+ system.',
];

function evaluate(
  code: ReadinessCriterionCode,
  facts: UnitReadinessFacts,
  now: CalendarDay,
  params: ReadinessParams,
): Evaluation {
  switch (code) {
    case 'officer_appointed': {
      const name = facts.securityOfficerName?.trim();
      return name
        ? met(`Đã cử cán bộ phụ trách an toàn thông tin: ${name}.`, `Security officer appointed: ${name}.`)
        : notMet('Chưa cử cán bộ phụ trách an toàn thông tin.', 'No security officer appointed.');
    }
    case 'antivirus_licence':
      return licence(facts.antivirusLicenceExpiresAt, now, { vi: 'phần mềm diệt virus', en: 'antivirus' });
    case 'firewall_licence':
      return licence(facts.firewallLicenceExpiresAt, now, { vi: 'tường lửa', en: 'firewall' });
    case 'backup_restore_tested': {
      if (facts.systems.length === 0) {
        return notApplicable(
          'Đơn vị chưa có hệ thống trong danh mục.',
          'The unit has no system in the inventory.',
        );
      }
      const months = params.restoreTestMaxMonths;
      const since = monthsBefore(now, months);
      const late = facts.systems.filter(
        (s) => !s.lastRestoreTestAt || !withinMonths(s.lastRestoreTestAt, now, months),
      );
      if (late.length === 0) {
        return met(
          `Tất cả ${facts.systems.length} hệ thống đã thử khôi phục từ bản sao lưu kể từ ngày ${formatDayVi(since)} (${months} tháng).`,
          `All ${facts.systems.length} systems had a restore test since ${dayKey(since)} (${months} months).`,
        );
      }
      const names = nameList(late);
      return notMet(
        `Chưa thử khôi phục từ bản sao lưu trong ${months} tháng qua: ${names.vi}.`,
        `No restore test in the last ${months} months: ${names.en}.`,
      );
    }
    case 'training_this_year': {
      const last = facts.lastTrainingAt;
      if (last && vnDay(last).year === now.year) {
        return met(`Đã tham gia tập huấn ngày ${viDate(last)}.`, `Training attended on ${enDate(last)}.`);
      }
      const previous = last
        ? { vi: ` (lần gần nhất: ${viDate(last)})`, en: ` (last: ${enDate(last)})` }
        : { vi: '', en: '' };
      return notMet(
        `Chưa tham gia tập huấn an toàn thông tin trong năm ${now.year}${previous.vi}.`,
        `No security training attended in ${now.year}${previous.en}.`,
      );
    }
    case 'drill_level3': {
      const systems = level3Plus(facts);
      if (systems.length === 0) return notApplicable(...NO_LEVEL3);
      const late = systems.filter((s) => !s.lastDrillAt || vnDay(s.lastDrillAt).year !== now.year);
      if (late.length === 0) {
        return met(
          `Tất cả ${systems.length} hệ thống cấp độ 3 trở lên đã diễn tập trong năm ${now.year}.`,
          `All ${systems.length} level 3+ systems were drilled in ${now.year}.`,
        );
      }
      const names = nameList(late);
      return notMet(
        `Chưa diễn tập trong năm ${now.year}: ${names.vi}.`,
        `Not drilled in ${now.year}: ${names.en}.`,
      );
    }
    case 'scan_level3': {
      const systems = level3Plus(facts);
      if (systems.length === 0) return notApplicable(...NO_LEVEL3);
      const months = params.scanMaxMonths;
      const late = systems.filter((s) => !s.lastScanAt || !withinMonths(s.lastScanAt, now, months));
      if (late.length === 0) {
        return met(
          `Tất cả ${systems.length} hệ thống cấp độ 3 trở lên đã được rà quét trong ${months} tháng qua.`,
          `All ${systems.length} level 3+ systems were scanned in the last ${months} months.`,
        );
      }
      const names = nameList(late);
      return notMet(
        `Chưa rà quét, săn lùng mối đe dọa trong ${months} tháng qua: ${names.vi}.`,
        `No scan or threat hunt in the last ${months} months: ${names.en}.`,
      );
    }
    case 'inventory_updated': {
      const months = params.inventoryMaxMonths;
      const updated = facts.inventoryUpdatedAt;
      if (!updated) {
        return notMet(
          'Danh mục hệ thống thông tin chưa từng được cập nhật.',
          'The systems inventory was never updated.',
        );
      }
      return withinMonths(updated, now, months)
        ? met(
            `Danh mục hệ thống cập nhật ngày ${viDate(updated)}.`,
            `Inventory updated on ${enDate(updated)}.`,
          )
        : notMet(
            `Danh mục hệ thống cập nhật lần cuối ngày ${viDate(updated)}, đã quá ${months} tháng.`,
            `Inventory last updated on ${enDate(updated)}, more than ${months} months ago.`,
          );
    }
    case 'focal_points': {
      const { main, backup } = facts.focalPoints;
      if (main && backup) {
        return met(
          'Đã khai báo đầu mối chính và dự phòng (Mẫu 01).',
          'Main and backup focal points registered (Form 01).',
        );
      }
      const missing = [main ? null : ['chính', 'main'], backup ? null : ['dự phòng', 'backup']].filter(
        (m): m is string[] => m !== null,
      );
      return notMet(
        `Chưa khai báo đầu mối ${missing.map((m) => m[0]).join(' và ')} (Mẫu 01).`,
        `No ${missing.map((m) => m[1]).join(' or ')} focal point registered (Form 01).`,
      );
    }
  }
}

/** Scores a unit's readiness at `now` (an ISO timestamp; judged on the Vietnamese calendar day). */
export function computeReadiness(
  facts: UnitReadinessFacts,
  options: { now: string; params?: Partial<ReadinessParams> },
): ReadinessResult {
  const now = vnDay(options.now);
  const params = { ...DEFAULT_READINESS_PARAMS, ...options.params };
  const criteria = READINESS_CRITERION_CODES.map((code): CriterionResult => {
    const { weight, label } = READINESS_CRITERIA[code];
    const { status, reason } = evaluate(code, facts, now, params);
    return { code, status, met: status === 'met', weight, label, reason };
  });
  const applicable = criteria.filter((c) => c.status !== 'not_applicable');
  const total = applicable.reduce((sum, c) => sum + c.weight, 0);
  const earned = applicable.filter((c) => c.met).reduce((sum, c) => sum + c.weight, 0);
  return { score: total === 0 ? 0 : Math.round((100 * earned) / total), criteria };
}
