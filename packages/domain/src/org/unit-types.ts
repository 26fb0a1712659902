import type { LocalizedText } from '../i18n-text.ts';

/** Kinds of bodies in the seed plan and domain README §1. */
export const UNIT_TYPES = [
  'focal_office',
  'people_committee_office',
  'finance_office',
  'agency',
  'commune',
  'external',
  'service_provider',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABELS: Record<UnitType, LocalizedText> = {
  focal_office: { vi: 'Cơ quan đầu mối', en: 'Focal office' },
  people_committee_office: { vi: 'Văn phòng HĐND và UBND', en: "People's Committee office" },
  finance_office: { vi: 'Phòng Tài chính – Kế hoạch', en: 'Finance office' },
  agency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
  commune: { vi: 'UBND xã, phường', en: 'Commune / ward' },
  external: { vi: 'Cơ quan bên ngoài (cấp trên, điều phối)', en: 'External body' },
  service_provider: { vi: 'Nhà cung cấp dịch vụ', en: 'Service provider' },
};

export function isUnitType(value: string): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value);
}
