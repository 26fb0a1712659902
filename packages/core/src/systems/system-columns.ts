import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import {
  APPROVAL_STATUS_LABELS,
  BACKUP_STATUS_LABELS,
  DATA_SENSITIVITY_LABELS,
  HOSTING_KIND_LABELS,
  type InformationSystemInput,
  isIpAddress,
  SYSTEM_KIND_LABELS,
} from '@ungcuu/domain/systems/system.ts';
import type { Cell } from '../export/tabular-export.ts';
import { headerKey, pick, type TabularRow } from '../import/tabular.ts';
import { toDay } from '../shared/row-values.ts';
import type { exportSystems } from './system.repository.ts';

// The spreadsheet layout of the inventory, shared by export and import so that an exported file
// imports back unchanged. Headers are Vietnamese; English keys and codes are accepted too.

interface Column {
  header: string;
  aliases: string[];
}

const col = (header: string, ...aliases: string[]): Column => ({
  header,
  aliases: [headerKey(header), ...aliases],
});

export const SYSTEM_COLUMNS = {
  name: col('Tên hệ thống', 'name', 'ten'),
  kind: col('Loại hệ thống', 'kind', 'loai'),
  owner: col('Mã đơn vị chủ quản', 'owner_unit_code', 'don_vi_chu_quan'),
  operator: col('Mã đơn vị vận hành', 'operating_unit_code', 'don_vi_van_hanh'),
  level: col('Cấp độ', 'security_level', 'level'),
  approval: col('Tình trạng phê duyệt cấp độ', 'level_approval_status'),
  decisionRef: col('Số quyết định cấp độ', 'level_decision_ref', 'so_quyet_dinh'),
  decisionDate: col('Ngày quyết định cấp độ', 'level_decision_date', 'ngay_quyet_dinh'),
  critical: col('Hệ thống quan trọng quốc gia', 'national_critical'),
  sensitivity: col('Mức độ nhạy cảm dữ liệu', 'data_sensitivity'),
  hosting: col('Nơi đặt hệ thống', 'hosting'),
  hostingProvider: col('Nhà cung cấp hosting', 'hosting_provider'),
  securityProvider: col('Nhà cung cấp dịch vụ ATTT', 'security_provider'),
  connectivityProvider: col('Nhà cung cấp kết nối', 'connectivity_provider'),
  addresses: col('Địa chỉ (tên miền, IP, URL)', 'addresses', 'dia_chi'),
  software: col('Phần mềm (phiên bản)', 'software', 'phan_mem'),
  products: col('Sản phẩm', 'products', 'san_pham'),
  backup: col('Sao lưu', 'backup_status', 'backup'),
  restoreTest: col('Ngày thử khôi phục gần nhất', 'last_restore_test_at'),
  contacts: col('Người liên hệ', 'contacts', 'lien_he'),
  notes: col('Ghi chú', 'notes'),
} as const;
type Key = keyof typeof SYSTEM_COLUMNS;
const KEYS = Object.keys(SYSTEM_COLUMNS) as Key[];
export const SYSTEM_HEADERS = KEYS.map((k) => SYSTEM_COLUMNS[k].header);

/** A code given as itself or as its Vietnamese or English label. */
function codeOf<T extends string>(value: string | undefined, labels: Record<T, LocalizedText>): string {
  if (value === undefined) return '';
  const key = headerKey(value);
  for (const [code, label] of Object.entries(labels) as [T, LocalizedText][]) {
    if (key === headerKey(code) || key === headerKey(label.vi) || key === headerKey(label.en)) return code;
  }
  return value;
}

function yesNo(value: string | undefined): boolean | string {
  if (value === undefined) return false;
  const key = headerKey(value);
  if (['co', 'x', 'yes', 'true', '1', 'y'].includes(key)) return true;
  if (['khong', 'no', 'false', '0', 'n', ''].includes(key)) return false;
  return value;
}

function level(value: string | undefined): InformationSystemInput['securityLevel'] | string {
  if (value === undefined) return 'unclassified';
  const digit = /^(?:cap_do_|level_)?([1-5])$/.exec(headerKey(value));
  if (digit) return Number(digit[1]) as 1 | 2 | 3 | 4 | 5;
  const key = headerKey(value);
  return ['unclassified', 'chua_xac_dinh', 'chua_xac_dinh_cap_do'].includes(key) ? 'unclassified' : value;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function addressKind(value: string): 'url' | 'ip' | 'domain' {
  if (/^https?:\/\//i.test(value)) return 'url';
  return isIpAddress(value) ? 'ip' : 'domain';
}

/** "Nguyễn Văn A (0912345678, a@x.vn)" → contact. */
function contact(text: string) {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  const name = (match?.[1] ?? text).trim();
  const parts = (match?.[2] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const email = parts.find((p) => p.includes('@'));
  const phone = parts.find((p) => !p.includes('@'));
  return { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

/**
 * The inventory's structured product entries (what warnings match), one cell:
 * "vendor|product|version; vendor|product|version|cpe:2.3:…". A version may be empty.
 */
export function productsFromCell(value: string | undefined) {
  return list(value).map((entry) => {
    const [vendor = '', product = '', version = '', ...rest] = entry.split('|').map((s) => s.trim());
    const cpe = rest.join('|').trim();
    return { vendor, product, version: version || null, cpe: cpe || null };
  });
}

export function productsToCell(
  rows: readonly { vendor: string; product: string; version: string | null; cpe: string | null }[],
): string {
  return rows
    .map((p) => [p.vendor, p.product, p.version ?? '', ...(p.cpe ? [p.cpe] : [])].join('|'))
    .join('; ');
}

/** "IIS (10)" → { product: 'IIS', version: '10' }. */
function software(text: string) {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  return match?.[2] ? { product: match[1]!.trim(), version: match[2].trim() } : { product: text };
}

const get = (row: TabularRow, key: Key) => pick(row, ...SYSTEM_COLUMNS[key].aliases);

/** One spreadsheet row as a domain input; unit codes are returned apart, to be resolved. */
export function systemFromRow(row: TabularRow) {
  const provider = (k: Key) => get(row, k);
  const input = {
    name: get(row, 'name') ?? '',
    kind: codeOf(get(row, 'kind'), SYSTEM_KIND_LABELS),
    ownerUnitId: '',
    operatingUnitId: '',
    securityLevel: level(get(row, 'level')),
    levelApproval: {
      status: codeOf(get(row, 'approval'), APPROVAL_STATUS_LABELS) || 'draft',
      decisionRef: get(row, 'decisionRef') ?? null,
      decisionDate: get(row, 'decisionDate') ?? null,
    },
    nationalCritical: yesNo(get(row, 'critical')),
    dataSensitivity: codeOf(get(row, 'sensitivity'), DATA_SENSITIVITY_LABELS) || 'internal',
    hosting: {
      kind: codeOf(get(row, 'hosting'), HOSTING_KIND_LABELS) || 'on_premises',
      ...(provider('hostingProvider') ? { provider: provider('hostingProvider') } : {}),
    },
    providers: {
      ...(provider('securityProvider') ? { security: provider('securityProvider') } : {}),
      ...(provider('connectivityProvider') ? { connectivity: provider('connectivityProvider') } : {}),
    },
    addresses: list(get(row, 'addresses')).map((value) => ({ kind: addressKind(value), value })),
    software: list(get(row, 'software')).map(software),
    backup: {
      status: codeOf(get(row, 'backup'), BACKUP_STATUS_LABELS) || 'none',
      lastRestoreTestAt: get(row, 'restoreTest') ?? null,
    },
    contacts: list(get(row, 'contacts')).map(contact),
    ...(get(row, 'notes') ? { notes: get(row, 'notes') } : {}),
  };
  return {
    input: input as unknown as InformationSystemInput,
    products: productsFromCell(get(row, 'products')),
    ownerCode: get(row, 'owner') ?? '',
    operatorCode: get(row, 'operator') ?? '',
  };
}

type ExportRow = Awaited<ReturnType<typeof exportSystems>>[number];

/** The export row, in the order of SYSTEM_HEADERS, with Vietnamese labels for codes. */
export function systemToCells(
  row: ExportRow,
  products: readonly { vendor: string; product: string; version: string | null; cpe: string | null }[] = [],
): Cell[] {
  const label = <T extends string>(labels: Record<T, LocalizedText>, code: string) =>
    labels[code as T]?.vi ?? code;
  const providers = row.providers ?? {};
  const cells: Record<Key, Cell> = {
    name: row.name,
    kind: label(SYSTEM_KIND_LABELS, row.kind),
    owner: row.owner_unit_code,
    operator: row.operating_unit_code,
    level: row.security_level ?? 'Chưa xác định',
    approval: label(APPROVAL_STATUS_LABELS, row.level_approval_status),
    decisionRef: row.level_decision_ref,
    decisionDate: toDay(row.level_decision_date),
    critical: row.national_critical ? 'Có' : 'Không',
    sensitivity: label(DATA_SENSITIVITY_LABELS, row.data_sensitivity),
    hosting: label(HOSTING_KIND_LABELS, row.hosting),
    hostingProvider: row.hosting_provider,
    securityProvider: providers.security ?? null,
    connectivityProvider: providers.connectivity ?? null,
    addresses: (row.addresses ?? []).map((a) => a.value).join('; '),
    software: (row.software ?? [])
      .map((s) => (s.version ? `${s.product} (${s.version})` : s.product))
      .join('; '),
    products: productsToCell(products),
    backup: label(BACKUP_STATUS_LABELS, row.backup_status),
    restoreTest: toDay(row.last_restore_test_at),
    contacts: (row.contacts ?? [])
      .map((c) => {
        const extra = [c.phone, c.email].filter(Boolean).join(', ');
        return extra ? `${c.name} (${extra})` : c.name;
      })
      .join('; '),
    notes: row.notes,
  };
  return KEYS.map((k) => cells[k]);
}
