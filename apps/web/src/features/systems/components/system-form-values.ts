import {
  type ApprovalStatus,
  type BackupStatus,
  type DataSensitivity,
  type HostingKind,
  type InformationSystemInput,
  isIpAddress,
  type SecurityLevelOrUnclassified,
  type SystemAddress,
  type SystemKind,
  systemInputIssues,
} from '@ungcuu/domain/systems/system.ts';
import { nullableText, optionalText } from '../../../lib/format.ts';
import type { SystemView } from '../system-types.ts';

/** The inventory form: flat strings for inputs, lists for addresses, software and contacts. */
export interface SystemFormValues {
  name: string;
  kind: SystemKind | null;
  ownerUnitId: string | null;
  operatingUnitId: string | null;
  securityLevel: string;
  approvalStatus: ApprovalStatus;
  decisionRef: string;
  decisionDate: string;
  nationalCritical: boolean;
  dataSensitivity: DataSensitivity;
  hostingKind: HostingKind;
  hostingProvider: string;
  securityProvider: string;
  connectivityProvider: string;
  addresses: string[];
  software: { product: string; version: string }[];
  backupStatus: BackupStatus;
  lastRestoreTestAt: string;
  contacts: { name: string; title: string; phone: string; email: string }[];
  notes: string;
}

export function systemFormValues(system?: SystemView, unitId?: string | null): SystemFormValues {
  return {
    name: system?.name ?? '',
    kind: system?.kind ?? null,
    ownerUnitId: system?.ownerUnitId ?? unitId ?? null,
    operatingUnitId: system?.operatingUnitId ?? unitId ?? null,
    securityLevel: String(system?.securityLevel ?? 'unclassified'),
    approvalStatus: system?.levelApproval.status ?? 'draft',
    decisionRef: system?.levelApproval.decisionRef ?? '',
    decisionDate: system?.levelApproval.decisionDate ?? '',
    nationalCritical: system?.nationalCritical ?? false,
    dataSensitivity: system?.dataSensitivity ?? 'internal',
    hostingKind: system?.hosting.kind ?? 'on_premises',
    hostingProvider: system?.hosting.provider ?? '',
    securityProvider: system?.providers.security ?? '',
    connectivityProvider: system?.providers.connectivity ?? '',
    addresses: system?.addresses.map((a) => a.value) ?? [],
    software: system?.software.map((s) => ({ product: s.product, version: s.version ?? '' })) ?? [],
    backupStatus: system?.backup.status ?? 'none',
    lastRestoreTestAt: system?.backup.lastRestoreTestAt ?? '',
    contacts:
      system?.contacts.map((c) => ({
        name: c.name,
        title: c.title ?? '',
        phone: c.phone ?? '',
        email: c.email ?? '',
      })) ?? [],
    notes: system?.notes ?? '',
  };
}

/** An address's kind from its text, the way the spreadsheet import reads it. */
export function addressOf(value: string): SystemAddress {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return { kind: 'url', value: text };
  return { kind: isIpAddress(text) ? 'ip' : 'domain', value: text };
}

function levelOf(value: string): SecurityLevelOrUnclassified {
  const n = Number(value);
  return n >= 1 && n <= 5 ? (n as 1 | 2 | 3 | 4 | 5) : 'unclassified';
}

export function systemInput(v: SystemFormValues): InformationSystemInput {
  const provider = optionalText(v.hostingProvider);
  const security = optionalText(v.securityProvider);
  const connectivity = optionalText(v.connectivityProvider);
  const notes = optionalText(v.notes);
  return {
    name: v.name.trim(),
    kind: v.kind ?? 'other',
    ownerUnitId: v.ownerUnitId ?? '',
    operatingUnitId: v.operatingUnitId ?? '',
    securityLevel: levelOf(v.securityLevel),
    levelApproval: {
      status: v.approvalStatus,
      decisionRef: nullableText(v.decisionRef),
      decisionDate: nullableText(v.decisionDate),
    },
    nationalCritical: v.nationalCritical,
    dataSensitivity: v.dataSensitivity,
    hosting: { kind: v.hostingKind, ...(provider ? { provider } : {}) },
    providers: { ...(security ? { security } : {}), ...(connectivity ? { connectivity } : {}) },
    addresses: v.addresses.map(addressOf).filter((a) => a.value !== ''),
    software: v.software
      .filter((s) => s.product.trim() !== '')
      .map((s) => {
        const version = optionalText(s.version);
        return { product: s.product.trim(), ...(version ? { version } : {}) };
      }),
    backup: { status: v.backupStatus, lastRestoreTestAt: nullableText(v.lastRestoreTestAt) },
    contacts: v.contacts
      .filter((c) => c.name.trim() !== '')
      .map((c) => {
        const [title, phone, email] = [optionalText(c.title), optionalText(c.phone), optionalText(c.email)];
        return {
          name: c.name.trim(),
          ...(title ? { title } : {}),
          ...(phone ? { phone } : {}),
          ...(email ? { email } : {}),
        };
      }),
    ...(notes ? { notes } : {}),
  };
}

export interface SystemFormMessages {
  required: string;
  address: (value: string) => string;
  decision: string;
  unclassifiedApproved: string;
}

/** Field errors: required fields, then the domain's cross-field checks (addresses, level decision). */
export function systemFormErrors(v: SystemFormValues, m: SystemFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors.name = m.required;
  if (!v.kind) errors.kind = m.required;
  if (!v.ownerUnitId) errors.ownerUnitId = m.required;
  if (!v.operatingUnitId) errors.operatingUnitId = m.required;
  for (const issue of systemInputIssues(systemInput(v))) {
    if (issue.code === 'address.invalid') errors.addresses = m.address(issue.params?.value ?? '');
    else if (issue.code === 'level_approval.unclassified_approved')
      errors.approvalStatus = m.unclassifiedApproved;
    else errors.decisionRef = m.decision;
  }
  return errors;
}
