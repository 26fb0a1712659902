import type { Locale, LocalizedText } from '../i18n-text.ts';
import { INCIDENT_STATES, type IncidentState, STATE_LABELS } from '../incidents/lifecycle.ts';
import { TIER_LABELS, TIERS, type Tier } from '../incidents/severity.ts';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  type CauseGroup,
  isSubtype,
  SUBTYPE_LABELS,
} from '../incidents/taxonomy.ts';
import type { Breakdown } from './statistics-api.ts';

export const BREAKDOWN_LABELS: Record<Breakdown, LocalizedText> = {
  cause_group: { vi: 'Nhóm nguyên nhân', en: 'Cause group' },
  subtype: { vi: 'Loại sự cố', en: 'Incident type' },
  tier: { vi: 'Mức độ', en: 'Tier' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  system: { vi: 'Hệ thống thông tin', en: 'Information system' },
  month: { vi: 'Tháng', en: 'Month' },
  state: { vi: 'Trạng thái', en: 'State' },
};

const UNSET: LocalizedText = { vi: 'Chưa phân loại', en: 'Not classified' };
const NO_SYSTEM: LocalizedText = { vi: 'Không gắn hệ thống', en: 'No system' };

/** How a breakdown row is named to a person: a code's label, a unit/system name, 'mm/yyyy'. */
export function breakdownRowLabel(by: Breakdown, key: string, label: string | null, locale: Locale): string {
  if (label) return label;
  if (by === 'cause_group')
    return (CAUSE_GROUPS as readonly string[]).includes(key)
      ? CAUSE_GROUP_LABELS[key as CauseGroup][locale]
      : UNSET[locale];
  if (by === 'subtype') return isSubtype(key) ? SUBTYPE_LABELS[key][locale] : UNSET[locale];
  if (by === 'tier')
    return (TIERS as readonly string[]).includes(key) ? TIER_LABELS[key as Tier][locale] : key;
  if (by === 'state')
    return (INCIDENT_STATES as readonly string[]).includes(key)
      ? STATE_LABELS[key as IncidentState][locale]
      : key;
  if (by === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    return m ? `${m[2]}/${m[1]}` : key;
  }
  return by === 'system' ? NO_SYSTEM[locale] : key;
}

/** The last day of a 'yyyy-mm' month as 'yyyy-mm-dd' (a month bar opens the list of that month). */
export function monthRange(month: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
