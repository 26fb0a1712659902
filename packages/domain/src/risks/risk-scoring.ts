import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { SUBTYPE_LABELS, SUBTYPES, type Subtype } from '../incidents/taxonomy.ts';
import { RefId } from '../refs.ts';
import { effectiveLevel, type SecurityLevelOrUnclassified } from '../systems/system.ts';

/**
 * Risk register scoring for seed II.2 ("đánh giá, dự báo nguy cơ ... hậu quả") and domain README §7
 * (likelihood and impact). A classic 5×5 matrix: it is what provincial templates use and what a
 * unit officer can fill in without training.
 */
export const RISK_RATINGS = [1, 2, 3, 4, 5] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

export interface RatingMeaning {
  label: LocalizedText;
  meaning: LocalizedText;
}

export const LIKELIHOOD_MEANINGS: Record<RiskRating, RatingMeaning> = {
  1: {
    label: { vi: 'Hiếm khi', en: 'Rare' },
    meaning: {
      vi: 'Hầu như không xảy ra; chưa ghi nhận trường hợp tương tự trong 5 năm gần đây.',
      en: 'Hardly ever; no similar case recorded in the last 5 years.',
    },
  },
  2: {
    label: { vi: 'Ít khả năng', en: 'Unlikely' },
    meaning: {
      vi: 'Có thể xảy ra khoảng một lần trong vài năm.',
      en: 'Could happen about once every few years.',
    },
  },
  3: {
    label: { vi: 'Có thể xảy ra', en: 'Possible' },
    meaning: {
      vi: 'Có thể xảy ra khoảng một lần mỗi năm; đã xảy ra ở đơn vị khác trên địa bàn.',
      en: 'Could happen about once a year; has happened to other units in the area.',
    },
  },
  4: {
    label: { vi: 'Nhiều khả năng', en: 'Likely' },
    meaning: {
      vi: 'Xảy ra vài lần mỗi năm hoặc đã có cảnh báo cụ thể nhắm vào đơn vị.',
      en: 'Several times a year, or a specific warning targets the unit.',
    },
  },
  5: {
    label: { vi: 'Gần như chắc chắn', en: 'Almost certain' },
    meaning: {
      vi: 'Xảy ra hằng tháng hoặc đang diễn ra.',
      en: 'Monthly, or already happening.',
    },
  },
};

/** Impact wording follows the harm scale of Luật ATTTM 2015 Điều 21 and the triggers C1–C6 of seed II.1.c. */
export const IMPACT_MEANINGS: Record<RiskRating, RatingMeaning> = {
  1: {
    label: { vi: 'Không đáng kể', en: 'Negligible' },
    meaning: {
      vi: 'Ảnh hưởng nhỏ trong một bộ phận, khắc phục trong vài giờ, không lộ hay mất dữ liệu.',
      en: 'Minor effect within one team, fixed within hours, no data disclosed or lost.',
    },
  },
  2: {
    label: { vi: 'Nhỏ', en: 'Minor' },
    meaning: {
      vi: 'Gián đoạn dịch vụ nội bộ dưới 1 ngày; dữ liệu khôi phục được đầy đủ từ bản sao lưu.',
      en: 'Internal service down for less than a day; data fully restorable from backup.',
    },
  },
  3: {
    label: { vi: 'Trung bình', en: 'Moderate' },
    meaning: {
      vi: 'Gián đoạn dịch vụ công cho người dân (C1) hoặc lộ thông tin nội bộ; ảnh hưởng cả đơn vị.',
      en: 'Public service interrupted (C1) or internal information disclosed; the whole unit is affected.',
    },
  },
  4: {
    label: { vi: 'Lớn', en: 'Major' },
    meaning: {
      vi: 'Gián đoạn nhiều ngày, lộ dữ liệu cá nhân, mất quyền điều khiển hệ thống (C4) hoặc ảnh hưởng dây chuyền sang đơn vị khác (C5).',
      en: 'Down for days, personal data disclosed, loss of control (C4) or cascading to other units (C5).',
    },
  },
  5: {
    label: { vi: 'Nghiêm trọng', en: 'Severe' },
    meaning: {
      vi: 'Lộ bí mật nhà nước (C2), dữ liệu quan trọng mất toàn vẹn không khôi phục được (C3), tổn hại trật tự, an toàn xã hội hoặc vượt khả năng xử lý của chủ quản (C6).',
      en: 'State secrets disclosed (C2), important data irrecoverably corrupted (C3), harm to social order, or beyond the owner’s ability to handle (C6).',
    },
  },
};

const rating = Type.Union(RISK_RATINGS.map((r) => Type.Literal(r)));

export const RiskInputSchema = Type.Object(
  {
    systemId: RefId('system'),
    subtype: Type.Union(SUBTYPES.map((s) => Type.Literal(s))),
    likelihood: rating,
    impact: rating,
    vulnerability: Type.Optional(Type.String({ maxLength: 2000 })),
    mitigation: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type RiskInput = Static<typeof RiskInputSchema>;

export interface Rated {
  likelihood: RiskRating;
  impact: RiskRating;
}

export function riskScore(risk: Rated): number {
  return risk.likelihood * risk.impact;
}

/**
 * Bands: low 1–4, medium 5–9, high 10–16, critical 20–25. Products 17–19 cannot occur, so "critical"
 * means one axis at 5 and the other at least 4: almost certain and major, or likely and severe.
 * Medium starts at 5 so that a severe-impact risk (×5) is never "low", even when rare.
 */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export interface RiskBandInfo {
  min: number;
  max: number;
  label: LocalizedText;
  /** Mantine palette name for the UI, and a hex for exports (PDF, spreadsheets). */
  color: 'green' | 'yellow' | 'orange' | 'red';
  hex: string;
}

export const RISK_BAND_INFO: Record<RiskBand, RiskBandInfo> = {
  low: { min: 1, max: 4, label: { vi: 'Thấp', en: 'Low' }, color: 'green', hex: '#2f9e44' },
  medium: { min: 5, max: 9, label: { vi: 'Trung bình', en: 'Medium' }, color: 'yellow', hex: '#f08c00' },
  high: { min: 10, max: 16, label: { vi: 'Cao', en: 'High' }, color: 'orange', hex: '#e8590c' },
  critical: { min: 20, max: 25, label: { vi: 'Rất cao', en: 'Critical' }, color: 'red', hex: '#c92a2a' },
};

export function riskBand(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 1 || score > 25)
    throw new RangeError(`risk score out of range: ${score}`);
  if (score <= RISK_BAND_INFO.low.max) return 'low';
  if (score <= RISK_BAND_INFO.medium.max) return 'medium';
  if (score <= RISK_BAND_INFO.high.max) return 'high';
  return 'critical';
}

/** Counts per cell: `map[likelihood - 1][impact - 1]`; the UI decides which corner is up. */
export function heatMap(risks: readonly Rated[]): number[][] {
  const map = RISK_RATINGS.map(() => RISK_RATINGS.map(() => 0));
  for (const risk of risks) {
    const row = map[risk.likelihood - 1];
    if (row) row[risk.impact - 1] = (row[risk.impact - 1] ?? 0) + 1;
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Defaults a unit officer can accept. These are our judgement, not a legal table: keep them as data.

/** How often each threat reaches a small local-government unit (phishing and malware dominate reports). */
export const DEFAULT_LIKELIHOOD_BY_SUBTYPE: Record<Subtype, RiskRating> = {
  'attack.dos': 2,
  'attack.phishing': 4,
  'attack.malware': 4,
  'attack.intrusion': 3,
  'attack.defacement': 3,
  'attack.ransomware': 3,
  'attack.destruction': 2,
  'attack.espionage': 2,
  'attack.combined': 2,
  'attack.other': 2,
  'failure.power': 3,
  'failure.internet': 3,
  'failure.software_hardware': 3,
  'failure.overload': 2,
  'failure.other': 2,
  'operator.hardware_config': 2,
  'operator.software_config': 3,
  'operator.policy': 3,
  'operator.service_stop': 2,
  'operator.other': 2,
  'disaster.storm': 2,
  'disaster.flood': 2,
  'disaster.earthquake': 1,
  'disaster.fire': 1,
  'disaster.other': 1,
};

/**
 * Impact starts from the level, because the level *is* the degree of harm (Luật ATTTM Điều 21),
 * then moves by what the threat does: destroying or encrypting data, or taking control, is worse
 * than an outage that restores itself.
 */
export const DEFAULT_IMPACT_SHIFT_BY_SUBTYPE: Record<Subtype, -1 | 0 | 1> = {
  'attack.dos': 0,
  'attack.phishing': -1,
  'attack.malware': 0,
  'attack.intrusion': 1,
  'attack.defacement': -1,
  'attack.ransomware': 1,
  'attack.destruction': 1,
  'attack.espionage': 0,
  'attack.combined': 1,
  'attack.other': 0,
  'failure.power': -1,
  'failure.internet': -1,
  'failure.software_hardware': 0,
  'failure.overload': -1,
  'failure.other': -1,
  'operator.hardware_config': -1,
  'operator.software_config': -1,
  'operator.policy': 0,
  'operator.service_stop': -1,
  'operator.other': -1,
  'disaster.storm': 0,
  'disaster.flood': 1,
  'disaster.earthquake': 1,
  'disaster.fire': 1,
  'disaster.other': 0,
};

/**
 * Attackers pick exposed, valuable targets: level 1 systems (internal, public information only, NĐ 85)
 * are less attractive, level 4–5 systems more. Failures and disasters do not choose their victims.
 */
function exposureShift(level: 1 | 2 | 3 | 4 | 5, subtype: Subtype): number {
  if (!subtype.startsWith('attack.')) return 0;
  if (level === 1) return -1;
  return level >= 4 ? 1 : 0;
}

const clampRating = (n: number): RiskRating => Math.min(5, Math.max(1, n)) as RiskRating;

export interface DefaultRisk extends Rated {
  score: number;
  band: RiskBand;
  rationale: LocalizedText;
}

/** Suggested likelihood and impact for a threat against a system of a given level (unclassified → 3, §3). */
export function defaultRiskFor(level: SecurityLevelOrUnclassified, subtype: Subtype): DefaultRisk {
  const lvl = effectiveLevel(level);
  const likelihood = clampRating(DEFAULT_LIKELIHOOD_BY_SUBTYPE[subtype] + exposureShift(lvl, subtype));
  const impact = clampRating(lvl + DEFAULT_IMPACT_SHIFT_BY_SUBTYPE[subtype]);
  const score = likelihood * impact;
  const threat = SUBTYPE_LABELS[subtype];
  const levelNote: LocalizedText =
    level === 'unclassified'
      ? {
          vi: 'hệ thống chưa xác định cấp độ (tạm tính cấp độ 3)',
          en: 'an unclassified system (taken as level 3)',
        }
      : { vi: `hệ thống cấp độ ${lvl}`, en: `a level ${lvl} system` };
  return {
    likelihood,
    impact,
    score,
    band: riskBand(score),
    rationale: {
      vi: `Gợi ý mặc định cho "${threat.vi}" đối với ${levelNote.vi}: khả năng ${likelihood} (${LIKELIHOOD_MEANINGS[likelihood].label.vi}), tác động ${impact} (${IMPACT_MEANINGS[impact].label.vi}). Đơn vị có thể điều chỉnh theo thực tế.`,
      en: `Default for "${threat.en}" on ${levelNote.en}: likelihood ${likelihood} (${LIKELIHOOD_MEANINGS[likelihood].label.en}), impact ${impact} (${IMPACT_MEANINGS[impact].label.en}). The unit may adjust it.`,
    },
  };
}
