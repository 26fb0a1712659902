import type { LocalizedText } from '../i18n-text.ts';

/**
 * Roles follow the bodies of domain README §1 and seed section IV: the focal office coordinates,
 * leadership reads everything and approves, the finance office approves the budget (seed IV.3),
 * each unit's security officer reports and works on the unit's own records, responders (the
 * response team, possibly a contracted provider) do the technical work.
 */
export const ROLES = [
  'admin',
  'coordinator',
  'leader',
  'finance',
  'unit_officer',
  'responder',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  coordinator: { vi: 'Cơ quan đầu mối (điều phối)', en: 'Focal office (coordinator)' },
  leader: { vi: 'Lãnh đạo UBND', en: 'Leadership' },
  finance: { vi: 'Phòng Tài chính – Kế hoạch', en: 'Finance office' },
  unit_officer: { vi: 'Cán bộ phụ trách ATTT của đơn vị', en: 'Unit security officer' },
  responder: { vi: 'Thành viên đội ứng cứu sự cố', en: 'Incident responder' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
