import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';
import { RefId } from '../refs.ts';

/**
 * Information systems inventory (phase P0 of domain README §6: "system register with levels").
 * The seed (II.1.b) names shared systems, specialised applications and databases; the other kinds
 * cover what a commune actually runs and has to declare in Mẫu 01/02.
 */
export const SYSTEM_KINDS = [
  'shared',
  'specialised_app',
  'database',
  'portal',
  'email',
  'network',
  'endpoint_group',
  'other',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const SYSTEM_KIND_LABELS: Record<SystemKind, LocalizedText> = {
  shared: { vi: 'Hệ thống thông tin dùng chung', en: 'Shared information system' },
  specialised_app: { vi: 'Ứng dụng chuyên ngành', en: 'Specialised application' },
  database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
  portal: { vi: 'Cổng/Trang thông tin điện tử', en: 'Web portal' },
  email: { vi: 'Hệ thống thư điện tử', en: 'Email system' },
  network: { vi: 'Hệ thống mạng (LAN, WAN, kết nối Internet)', en: 'Network (LAN, WAN, Internet link)' },
  endpoint_group: { vi: 'Nhóm máy tính người dùng', en: 'Group of user computers' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Levels 1–5 of Luật ATTTM 2015 Điều 21; 'unclassified' until a level decision exists. */
export const SECURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];
export type SecurityLevelOrUnclassified = SecurityLevel | 'unclassified';
export const SECURITY_LEVEL_CHOICES: readonly SecurityLevelOrUnclassified[] = [
  ...SECURITY_LEVELS,
  'unclassified',
];

export interface SecurityLevelInfo {
  label: LocalizedText;
  /** Degree of harm if the system is compromised (Luật ATTTM 2015 Điều 21). */
  harm: LocalizedText;
  /** Who approves the level decision (NĐ 85/2016 Điều 12; state management moved to Bộ Công an on 1/3/2025). */
  approvalAuthority: LocalizedText;
}

const SECURITY_MINISTRY: LocalizedText = {
  vi: 'Bộ quản lý nhà nước về an toàn thông tin mạng (Bộ TT&TT trước 1/3/2025, nay Bộ Công an)',
  en: 'Ministry in charge of network information security (MIC before 1/3/2025, now Ministry of Public Security)',
};

export const SECURITY_LEVEL_INFO: Record<SecurityLevelOrUnclassified, SecurityLevelInfo> = {
  1: {
    label: { vi: 'Cấp độ 1', en: 'Level 1' },
    harm: {
      vi: 'Khi bị phá hoại gây tổn hại tới quyền và lợi ích hợp pháp của cơ quan, tổ chức, cá nhân.',
      en: 'If compromised, harms the lawful rights and interests of organisations or individuals.',
    },
    approvalAuthority: {
      vi: 'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
      en: "The system owner's dedicated information security unit",
    },
  },
  2: {
    label: { vi: 'Cấp độ 2', en: 'Level 2' },
    harm: {
      vi: 'Gây tổn hại nghiêm trọng tới quyền và lợi ích hợp pháp của cơ quan, tổ chức, cá nhân hoặc gây tổn hại tới lợi ích công cộng nhưng không làm tổn hại tới quốc phòng, an ninh quốc gia.',
      en: 'Seriously harms the rights of organisations or individuals, or harms the public interest without harming defence or national security.',
    },
    approvalAuthority: {
      vi: 'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
      en: "The system owner's dedicated information security unit",
    },
  },
  3: {
    label: { vi: 'Cấp độ 3', en: 'Level 3' },
    harm: {
      vi: 'Gây tổn hại nghiêm trọng tới sản xuất, lợi ích công cộng và trật tự, an toàn xã hội hoặc gây tổn hại tới quốc phòng, an ninh quốc gia.',
      en: 'Seriously harms production, the public interest and social order, or harms defence or national security.',
    },
    approvalAuthority: { vi: 'Chủ quản hệ thống thông tin', en: 'The system owner' },
  },
  4: {
    label: { vi: 'Cấp độ 4', en: 'Level 4' },
    harm: {
      vi: 'Gây tổn hại đặc biệt nghiêm trọng tới lợi ích công cộng và trật tự, an toàn xã hội hoặc gây tổn hại nghiêm trọng tới quốc phòng, an ninh quốc gia.',
      en: 'Especially seriously harms the public interest and social order, or seriously harms defence or national security.',
    },
    approvalAuthority: {
      vi: `Chủ quản hệ thống thông tin phê duyệt sau khi ${SECURITY_MINISTRY.vi} thẩm định`,
      en: `The system owner, after appraisal by the ${SECURITY_MINISTRY.en}`,
    },
  },
  5: {
    label: { vi: 'Cấp độ 5', en: 'Level 5' },
    harm: {
      vi: 'Gây tổn hại đặc biệt nghiêm trọng tới quốc phòng, an ninh quốc gia.',
      en: 'Especially seriously harms defence or national security.',
    },
    approvalAuthority: {
      vi: `Thủ tướng Chính phủ, sau khi ${SECURITY_MINISTRY.vi} thẩm định`,
      en: `The Prime Minister, after appraisal by the ${SECURITY_MINISTRY.en}`,
    },
  },
  unclassified: {
    label: { vi: 'Chưa xác định cấp độ', en: 'Unclassified' },
    harm: {
      vi: 'Chưa có quyết định phê duyệt cấp độ; được xử lý như cấp độ 3 cho đến khi phê duyệt.',
      en: 'No approved level decision yet; treated as level 3 until one is approved.',
    },
    approvalAuthority: {
      vi: 'Xác định theo cấp độ đề xuất trong hồ sơ',
      en: 'Depends on the level proposed in the dossier',
    },
  },
};

/**
 * The level used by rules that need a number. Domain README §3: an unknown level is treated as 3
 * (and flagged "unclassified" by the caller) so that missing paperwork never lowers priority.
 */
export function effectiveLevel(level: SecurityLevelOrUnclassified): SecurityLevel {
  return level === 'unclassified' ? 3 : level;
}

export const APPROVAL_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, LocalizedText> = {
  draft: { vi: 'Đang lập hồ sơ', en: 'Draft' },
  submitted: { vi: 'Đã trình thẩm định/phê duyệt', en: 'Submitted for approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
};

export const DATA_SENSITIVITIES = ['public', 'internal', 'personal', 'confidential', 'secret'] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];
export const DATA_SENSITIVITY_LABELS: Record<DataSensitivity, LocalizedText> = {
  public: { vi: 'Thông tin công khai', en: 'Public information' },
  internal: { vi: 'Thông tin nội bộ', en: 'Internal information' },
  personal: { vi: 'Dữ liệu cá nhân', en: 'Personal data' },
  confidential: { vi: 'Thông tin hạn chế tiếp cận, không công khai', en: 'Confidential, restricted access' },
  secret: { vi: 'Bí mật nhà nước', en: 'State secret' },
};

export const HOSTING_KINDS = [
  'on_premises',
  'provincial_datacenter',
  'commercial_datacenter',
  'cloud',
  'other',
] as const;
export type HostingKind = (typeof HOSTING_KINDS)[number];
export const HOSTING_KIND_LABELS: Record<HostingKind, LocalizedText> = {
  on_premises: { vi: 'Tại cơ quan, đơn vị', en: 'On premises' },
  provincial_datacenter: { vi: 'Trung tâm dữ liệu của tỉnh', en: 'Provincial data centre' },
  commercial_datacenter: { vi: 'Thuê chỗ đặt tại doanh nghiệp (hosting)', en: 'Commercial hosting' },
  cloud: { vi: 'Điện toán đám mây', en: 'Cloud' },
  other: { vi: 'Khác', en: 'Other' },
};

export const BACKUP_STATUSES = ['none', 'irregular', 'regular'] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];
export const BACKUP_STATUS_LABELS: Record<BackupStatus, LocalizedText> = {
  none: { vi: 'Chưa sao lưu', en: 'No backup' },
  irregular: { vi: 'Sao lưu không định kỳ', en: 'Irregular backups' },
  regular: { vi: 'Sao lưu định kỳ', en: 'Regular backups' },
};

export const ADDRESS_KINDS = ['url', 'domain', 'ip'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

const literals = <T extends string | number>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));

const IsoDate = Type.String({ format: 'date' });
const ShortText = Type.String({ minLength: 1, maxLength: 200 });

export const SecurityLevelSchema = Type.Union([literals(SECURITY_LEVELS), Type.Literal('unclassified')]);

export const SystemAddressSchema = Type.Object(
  { kind: literals(ADDRESS_KINDS), value: Type.String({ minLength: 1, maxLength: 2048 }) },
  { additionalProperties: false },
);
export type SystemAddress = Static<typeof SystemAddressSchema>;

export const SystemContactSchema = Type.Object(
  {
    name: ShortText,
    title: Type.Optional(Type.String({ maxLength: 200 })),
    phone: Type.Optional(Type.String({ maxLength: 50 })),
    email: Type.Optional(Type.String({ maxLength: 320 })),
  },
  { additionalProperties: false },
);

export const InformationSystemInputSchema = Type.Object(
  {
    name: ShortText,
    kind: literals(SYSTEM_KINDS),
    ownerUnitId: RefId('unit'),
    operatingUnitId: RefId('unit'),
    securityLevel: SecurityLevelSchema,
    levelApproval: Type.Object(
      {
        status: literals(APPROVAL_STATUSES),
        decisionRef: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
        decisionDate: Type.Union([IsoDate, Type.Null()]),
      },
      { additionalProperties: false },
    ),
    nationalCritical: Type.Boolean(),
    dataSensitivity: literals(DATA_SENSITIVITIES),
    hosting: Type.Object(
      { kind: literals(HOSTING_KINDS), provider: Type.Optional(Type.String({ maxLength: 200 })) },
      { additionalProperties: false },
    ),
    // Mẫu 03 asks for the security service provider and the connectivity provider of the system.
    providers: Type.Object(
      {
        security: Type.Optional(Type.String({ maxLength: 200 })),
        connectivity: Type.Optional(Type.String({ maxLength: 200 })),
      },
      { additionalProperties: false },
    ),
    addresses: Type.Array(SystemAddressSchema, { maxItems: 100 }),
    software: Type.Array(
      Type.Object(
        { product: ShortText, version: Type.Optional(Type.String({ maxLength: 100 })) },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    backup: Type.Object(
      { status: literals(BACKUP_STATUSES), lastRestoreTestAt: Type.Union([IsoDate, Type.Null()]) },
      { additionalProperties: false },
    ),
    contacts: Type.Array(SystemContactSchema, { maxItems: 20 }),
    notes: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type InformationSystemInput = Static<typeof InformationSystemInputSchema>;

// ---------------------------------------------------------------------------------------------
// Address validation. Written by hand (no Node `net`, no URL-format plugin) to keep domain pure.

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);

export function isIPv4(value: string): boolean {
  return IPV4_RE.test(value);
}

export function isIPv6(value: string): boolean {
  let text = value;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text.length === 0 || text.length > 45) return false;
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
  let tailGroups = 0;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    text = `${text.slice(0, lastColon + 1)}0`;
    tailGroups = 1;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const group = /^[0-9a-fA-F]{1,4}$/;
  const parts = (h: string) => (h === '' ? [] : h.split(':'));
  const groups = halves.flatMap(parts);
  if (!groups.every((g) => group.test(g))) return false;
  const count = groups.length + tailGroups;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIpAddress(value: string): boolean {
  return isIPv4(value) || isIPv6(value);
}

const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A fully qualified host name: ≥ 2 labels, alphabetic TLD (punycode allowed), ≤ 253 characters. */
export function isDomain(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL_RE.test(l))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return /^[a-z]{2,63}$/i.test(tld) || /^xn--[a-z0-9-]{1,59}$/i.test(tld);
}

/** An http(s) URL whose host is a domain, `localhost` or an IP literal. */
export function isUrl(value: string): boolean {
  const match = /^https?:\/\/([^/?#]+)([/?#].*)?$/i.exec(value);
  const authority = match?.[1];
  if (!authority || /\s/.test(value)) return false;
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  let host = hostPort;
  let port: string | undefined;
  if (hostPort.startsWith('[')) {
    const end = hostPort.indexOf(']');
    if (end < 0) return false;
    host = hostPort.slice(1, end);
    const rest = hostPort.slice(end + 1);
    if (rest !== '' && !rest.startsWith(':')) return false;
    port = rest === '' ? undefined : rest.slice(1);
    if (!isIPv6(host)) return false;
  } else {
    const colon = hostPort.lastIndexOf(':');
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      port = hostPort.slice(colon + 1);
    }
    if (!(isDomain(host) || isIPv4(host) || host.toLowerCase() === 'localhost')) return false;
  }
  return port === undefined || (/^\d{1,5}$/.test(port) && Number(port) <= 65535);
}

export function isValidAddress(address: SystemAddress): boolean {
  const value = address.value.trim();
  if (address.kind === 'ip') return isIpAddress(value);
  if (address.kind === 'domain') return isDomain(value);
  return isUrl(value);
}

export type SystemInputIssueCode =
  | 'address.invalid'
  | 'level_approval.missing_decision'
  | 'level_approval.unclassified_approved';

export interface SystemInputIssue {
  code: SystemInputIssueCode;
  path: string;
  params?: Record<string, string>;
}

/**
 * Cross-field checks that a JSON schema cannot express. An approved level needs its decision
 * reference and date, since Mẫu 01/02 and the inspection ask for them.
 */
export function systemInputIssues(input: InformationSystemInput): SystemInputIssue[] {
  const issues: SystemInputIssue[] = [];
  input.addresses.forEach((address, i) => {
    if (!isValidAddress(address)) {
      issues.push({
        code: 'address.invalid',
        path: `/addresses/${i}/value`,
        params: { kind: address.kind, value: address.value },
      });
    }
  });
  const approval = input.levelApproval;
  if (approval.status === 'approved') {
    if (input.securityLevel === 'unclassified') {
      issues.push({ code: 'level_approval.unclassified_approved', path: '/levelApproval/status' });
    }
    if (!approval.decisionRef?.trim() || !approval.decisionDate) {
      issues.push({ code: 'level_approval.missing_decision', path: '/levelApproval' });
    }
  }
  return issues;
}
