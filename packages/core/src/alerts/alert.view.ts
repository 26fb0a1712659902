import {
  type AlertGroupStatus,
  type AlertSourceKind,
  type AlertStatus,
  DEFAULT_FINGERPRINT_FIELDS,
  type FingerprintField,
  severityOfRank,
} from '@ungcuu/domain/alerts/alert.ts';
import type {
  AlertDetail,
  AlertGroupView,
  AlertSourceView,
  AlertView,
  MaintenanceView,
  SuppressionView,
} from '@ungcuu/domain/alerts/alerts-api.ts';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { RequestActor } from '../shared/context.ts';
import type { AlertWithNames, GroupWithNames, SourceWithNames } from './alert.repository.ts';
import type { MaintenanceWithNames, SuppressionWithNames } from './alert-rules.repository.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function alertView(row: Omit<AlertWithNames, 'raw'>): AlertView {
  return {
    id: row.id,
    receivedAt: new Date(row.received_at).toISOString(),
    occurredAt: iso(row.occurred_at),
    sourceId: row.source_id,
    sourceName: row.source_name,
    sourceKind: row.source_kind as AlertSourceKind,
    externalId: row.external_id,
    fingerprint: row.fingerprint,
    severity: severityOfRank(row.severity),
    status: row.status as AlertStatus,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    category: row.category,
    host: row.host,
    ip: row.ip,
    srcIp: row.src_ip,
    destIp: row.dest_ip,
    url: row.url,
    agent: row.agent,
    message: row.message,
    resolved: row.resolved,
    hostKey: row.host_key,
    systemId: row.system_id,
    systemName: row.system_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    groupId: row.group_id,
  };
}

export function alertDetail(row: AlertWithNames): AlertDetail {
  return { ...alertView(row), raw: row.raw };
}

export function groupView(actor: RequestActor, row: GroupWithNames): AlertGroupView {
  const manage = can(actor, 'alert.manage');
  const actions: string[] = [];
  if (manage && !row.incident_id) actions.push('open_incident');
  if (manage && row.status !== 'closed') actions.push('close');
  if (manage) actions.push('suppress');
  return {
    id: row.id,
    sourceId: row.source_id,
    sourceName: row.source_name,
    sourceKind: row.source_kind as AlertSourceKind,
    fingerprint: row.fingerprint,
    status: row.status as AlertGroupStatus,
    severity: severityOfRank(row.severity),
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    category: row.category,
    hostKey: row.host_key,
    systemId: row.system_id,
    systemName: row.system_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    count: row.count,
    suppressedCount: row.suppressed_count,
    firstSeen: new Date(row.first_seen).toISOString(),
    lastSeen: new Date(row.last_seen).toISOString(),
    incidentId: row.incident_id,
    incidentCode: row.incident_code,
    allowedActions: actions,
  };
}

export function sourceView(row: SourceWithNames): AlertSourceView {
  const kind = row.kind as AlertSourceKind;
  return {
    id: row.id,
    kind,
    name: row.name,
    tokenId: row.token_id,
    tokenName: row.token_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    fingerprintFields: (row.fingerprint_fields?.length
      ? row.fingerprint_fields
      : DEFAULT_FINGERPRINT_FIELDS[kind]) as FingerprintField[],
    ratePerMinute: row.rate_per_minute,
    enabled: row.enabled,
    received: row.received,
    refused: row.refused,
    lastReceivedAt: iso(row.last_received_at),
    createdAt: new Date(row.created_at).toISOString(),
    webhookPath: kind === 'syslog' ? '' : `/api/alerts/${kind}`,
  };
}

export function suppressionView(row: SuppressionWithNames, now: Date): SuppressionView {
  return {
    id: row.id,
    sourceId: row.source_id,
    sourceName: row.source_name,
    ruleId: row.rule_id,
    host: row.host,
    fingerprint: row.fingerprint,
    reason: row.reason,
    expiresAt: iso(row.expires_at),
    active: row.expires_at === null || new Date(row.expires_at) > now,
    hits: row.hits,
    createdAt: new Date(row.created_at).toISOString(),
    createdByName: row.created_by_name,
  };
}

export function maintenanceView(row: MaintenanceWithNames, now: Date): MaintenanceView {
  return {
    id: row.id,
    systemId: row.system_id,
    systemName: row.system_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    reason: row.reason,
    active: new Date(row.starts_at) <= now && new Date(row.ends_at) > now,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
