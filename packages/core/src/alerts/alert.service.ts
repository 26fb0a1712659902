import {
  ALERT_SETTINGS_DEFAULTS,
  type AlertSettings,
  DEFAULT_RATE_PER_MINUTE,
} from '@ungcuu/domain/alerts/alert.ts';
import type { ParsedItem } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type {
  AlertGroupListQuery,
  AlertListQuery,
  AlertSourceInput,
  AlertSourcePatch,
  IncidentAlertsQuery,
  MaintenanceInput,
  MaintenanceListQuery,
  MaintenancePatch,
  MapHost,
  OpenIncidentFromGroup,
  SuppressionInput,
  SuppressionPatch,
  UnmappedListQuery,
  WebhookKind,
} from '@ungcuu/domain/alerts/alerts-api.ts';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { scopeAllows } from '@ungcuu/domain/auth/token-scopes.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { getSetting, putSetting } from '../auth/settings.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import * as repo from './alert.repository.ts';
import {
  alertDetail,
  alertView,
  groupView,
  maintenanceView,
  sourceView,
  suppressionView,
} from './alert.view.ts';
import * as filingRepo from './alert-filing.repository.ts';
import { ALERT_SETTINGS_KEY, alertIntake } from './alert-intake.ts';
import * as rulesRepo from './alert-rules.repository.ts';

const DAY_MS = 86_400_000;

/** Alerts from the units' security tools (issue 10): webhooks, lists, groups, mapping, rules, sources. */
export function createAlertService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const intake = alertIntake(deps);

  function requireManage(actor: RequestActor) {
    if (!can(actor, 'alert.manage')) throw new DomainError('forbidden');
  }

  async function requireGroup(actor: RequestActor, id: string) {
    const row = await repo.findGroup(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'alert_group' });
    if (row.unit_id) requireReadable(actor, 'alert.read', { unitIds: [row.unit_id] }, 'alert_group');
    else if (readReach(actor, 'alert.read').all !== true)
      throw new DomainError('not_found', { entity: 'alert_group' });
    return row;
  }

  async function settings(): Promise<AlertSettings> {
    const stored = await getSetting<Partial<AlertSettings>>(db, ALERT_SETTINGS_KEY);
    return { ...ALERT_SETTINGS_DEFAULTS, ...(stored ?? {}) };
  }

  return {
    /** A webhook post: only API tokens with the alerts.write scope, of people who may send alerts. */
    async ingest(actor: RequestActor, kind: WebhookKind, items: readonly ParsedItem[]) {
      if (!actor.token || !scopeAllows(actor.tokenScopes ?? [], 'alerts.write'))
        throw new DomainError('alert.token_required');
      if (!can(actor, 'alert.ingest')) throw new DomainError('forbidden');
      const source = await intake.sourceForToken({ ...actor.token, unitId: actor.unitId }, kind);
      return intake.ingest(source, items);
    },

    async list(actor: RequestActor, query: AlertListQuery) {
      const { rows, total } = await repo.listAlerts(db, query, readReach(actor, 'alert.read'));
      return { items: rows.map(alertView), total, limit: query.limit, offset: query.offset };
    },

    async get(actor: RequestActor, id: string) {
      const row = await repo.findAlert(db, id);
      if (!row) throw new DomainError('not_found', { entity: 'alert' });
      if (row.unit_id) requireReadable(actor, 'alert.read', { unitIds: [row.unit_id] }, 'alert');
      else if (readReach(actor, 'alert.read').all !== true)
        throw new DomainError('not_found', { entity: 'alert' });
      return alertDetail(row);
    },

    async groups(actor: RequestActor, query: AlertGroupListQuery) {
      const { rows, total } = await repo.listGroups(db, query, readReach(actor, 'alert.read'));
      return { items: rows.map((r) => groupView(actor, r)), total, limit: query.limit, offset: query.offset };
    },

    async group(actor: RequestActor, id: string) {
      const row = await requireGroup(actor, id);
      const alerts = await repo.alertsOfGroups(db, [id], 100, 0);
      return { ...groupView(actor, row), alerts: alerts.rows.map(alertView) };
    },

    /** "Open incident from these alerts": through the normal intake, once per group. */
    async openIncident(actor: RequestActor, id: string, input: OpenIncidentFromGroup) {
      const row = await requireGroup(actor, id);
      requireManage(actor);
      if (row.incident_id)
        throw new DomainError('alert.group_has_incident', { code: row.incident_code ?? '' });
      const now = clock.now();
      const taken = await filingRepo.claimForManualFiling(db, id, now, new Date(now.getTime() - 5 * 60_000));
      if (!taken) throw new DomainError('alert.group_has_incident', { code: '' });
      await intake.fileIncidents([id], undefined, {
        title: input.title,
        unitId: input.unitId ?? actor.unitId,
        label: actor.label,
      });
      return groupView(actor, (await repo.findGroup(db, id))!);
    },

    async closeGroup(actor: RequestActor, id: string) {
      const row = await requireGroup(actor, id);
      requireManage(actor);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.closeGroup(trx, id, clock.now());
        await audit({
          action: 'alert.group_close',
          entityType: 'alert_group',
          entityId: id,
          unitId: row.unit_id ?? undefined,
          before: { status: row.status },
          after: { status: 'closed' },
        });
        await announce({
          entity: 'alert_group',
          id,
          action: 'close',
          unitIds: row.unit_id ? [row.unit_id] : [],
        });
      });
      return groupView(actor, (await repo.findGroup(db, id))!);
    },

    /** The alerts behind an incident (the incident's visibility was checked by the route's RefParams). */
    async incidentAlerts(actor: RequestActor, incidentId: string, query: IncidentAlertsQuery) {
      if (!can(actor, 'incident.read')) throw new DomainError('forbidden');
      const groups = await repo.groupsOfIncident(db, incidentId);
      const { rows, total } = await repo.alertsOfGroups(
        db,
        groups.map((g) => g.id),
        query.limit,
        query.offset,
      );
      return {
        groups: groups.map((g) => groupView(actor, g)),
        items: rows.map(alertView),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },

    async unmapped(actor: RequestActor, query: UnmappedListQuery) {
      requireManage(actor);
      const { rows, total } = await rulesRepo.listUnmapped(db, query);
      return {
        items: rows.map((r) => ({
          value: r.value,
          kind: r.kind as 'host' | 'ip' | 'url' | 'agent',
          count: r.count,
          firstSeen: new Date(r.first_seen).toISOString(),
          lastSeen: new Date(r.last_seen).toISOString(),
          lastSourceName: r.last_source_name,
        })),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    },

    /** Maps an unknown name to a system: later alerts map; the last 7 days' alerts and live groups too. */
    async mapHost(actor: RequestActor, input: MapHost) {
      requireManage(actor);
      const system = await rulesRepo.systemOwner(db, input.systemId);
      if (!system) throw new DomainError('not_found', { entity: 'system' });
      const value = input.value.trim().toLowerCase();
      const now = clock.now();
      const remapped = await mutate(deps, actor, async ({ trx, audit, announce }) => {
        await rulesRepo.insertAlias(trx, value, system.id, actor.userId);
        const counts = await rulesRepo.remapHost(
          trx,
          value,
          { id: system.id, unitId: system.owner_unit_id },
          new Date(now.getTime() - 7 * DAY_MS),
        );
        await rulesRepo.deleteUnmapped(trx, value);
        await audit({
          action: 'alert.map_host',
          entityType: 'information_system',
          entityId: system.id,
          unitId: system.owner_unit_id,
          after: { value, ...counts },
        });
        await announce({ entity: 'alert', id: system.id, action: 'map', unitIds: [system.owner_unit_id] });
        return counts;
      });
      intake.invalidate();
      return { value, systemId: system.id, remappedAlerts: remapped.alerts, remappedGroups: remapped.groups };
    },

    async aliases(actor: RequestActor) {
      requireManage(actor);
      const rows = await rulesRepo.listAliases(db);
      return {
        items: rows.map((r) => ({
          value: r.value,
          systemId: r.system_id,
          systemName: r.system_name,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },

    // --- suppressions ---
    async suppressions(actor: RequestActor) {
      requireManage(actor);
      const now = clock.now();
      return { items: (await rulesRepo.listSuppressions(db)).map((r) => suppressionView(r, now)) };
    },

    async createSuppression(actor: RequestActor, input: SuppressionInput) {
      requireManage(actor);
      if (!input.sourceId && !input.ruleId && !input.host && !input.fingerprint)
        throw new DomainError('alert.suppression_empty');
      const id = await mutate(deps, actor, async ({ trx, audit }) => {
        const row = await rulesRepo.insertSuppression(trx, {
          source_id: input.sourceId ?? null,
          rule_id: input.ruleId ?? null,
          host: input.host?.trim().toLowerCase() ?? null,
          fingerprint: input.fingerprint ?? null,
          reason: input.reason.trim(),
          expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
          created_by: actor.userId,
        });
        await audit({
          action: 'alert.suppression.create',
          entityType: 'alert_suppression',
          entityId: row.id,
          after: input,
        });
        return row.id;
      });
      intake.invalidate();
      return suppressionView((await rulesRepo.findSuppression(db, id))!, clock.now());
    },

    async updateSuppression(actor: RequestActor, id: string, patch: SuppressionPatch) {
      requireManage(actor);
      const before = await rulesRepo.findSuppression(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'alert_suppression' });
      const next = {
        sourceId: patch.sourceId !== undefined ? patch.sourceId : before.source_id,
        ruleId: patch.ruleId !== undefined ? patch.ruleId : before.rule_id,
        host: patch.host !== undefined ? patch.host : before.host,
        fingerprint: patch.fingerprint !== undefined ? patch.fingerprint : before.fingerprint,
      };
      if (!next.sourceId && !next.ruleId && !next.host && !next.fingerprint)
        throw new DomainError('alert.suppression_empty');
      await mutate(deps, actor, async ({ trx, audit }) => {
        await rulesRepo.updateSuppression(trx, id, {
          source_id: next.sourceId ?? null,
          rule_id: next.ruleId ?? null,
          host: next.host?.trim().toLowerCase() ?? null,
          fingerprint: next.fingerprint ?? null,
          ...(patch.reason !== undefined ? { reason: patch.reason.trim() } : {}),
          ...(patch.expiresAt !== undefined
            ? { expires_at: patch.expiresAt ? new Date(patch.expiresAt) : null }
            : {}),
          updated_at: clock.now(),
        });
        await audit({
          action: 'alert.suppression.update',
          entityType: 'alert_suppression',
          entityId: id,
          before,
          after: patch,
        });
      });
      intake.invalidate();
      return suppressionView((await rulesRepo.findSuppression(db, id))!, clock.now());
    },

    async removeSuppression(actor: RequestActor, id: string) {
      requireManage(actor);
      const before = await rulesRepo.findSuppression(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'alert_suppression' });
      await mutate(deps, actor, async ({ trx, audit }) => {
        await rulesRepo.deleteSuppression(trx, id);
        await audit({
          action: 'alert.suppression.delete',
          entityType: 'alert_suppression',
          entityId: id,
          before,
        });
      });
      intake.invalidate();
      return { id, deleted: true };
    },

    // --- maintenance windows ---
    async maintenance(actor: RequestActor, query: MaintenanceListQuery) {
      const now = clock.now();
      const rows = await rulesRepo.listMaintenance(db, query, readReach(actor, 'alert.read'), now);
      return { items: rows.map((r) => maintenanceView(r, now)) };
    },

    async createMaintenance(actor: RequestActor, input: MaintenanceInput) {
      requireManage(actor);
      const system = await rulesRepo.systemOwner(db, input.systemId);
      if (!system) throw new DomainError('not_found', { entity: 'system' });
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      if (endsAt <= startsAt) throw new DomainError('alert.window_order');
      const id = await mutate(deps, actor, async ({ trx, audit }) => {
        const row = await rulesRepo.insertMaintenance(trx, {
          system_id: system.id,
          unit_id: system.owner_unit_id,
          starts_at: startsAt,
          ends_at: endsAt,
          reason: input.reason.trim(),
          created_by: actor.userId,
        });
        await audit({
          action: 'alert.maintenance.create',
          entityType: 'maintenance_window',
          entityId: row.id,
          unitId: system.owner_unit_id,
          after: input,
        });
        return row.id;
      });
      intake.invalidate();
      return maintenanceView((await rulesRepo.findMaintenance(db, id))!, clock.now());
    },

    async updateMaintenance(actor: RequestActor, id: string, patch: MaintenancePatch) {
      requireManage(actor);
      const before = await rulesRepo.findMaintenance(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'maintenance_window' });
      const startsAt = patch.startsAt ? new Date(patch.startsAt) : new Date(before.starts_at);
      const endsAt = patch.endsAt ? new Date(patch.endsAt) : new Date(before.ends_at);
      if (endsAt <= startsAt) throw new DomainError('alert.window_order');
      await mutate(deps, actor, async ({ trx, audit }) => {
        await rulesRepo.updateMaintenance(trx, id, {
          starts_at: startsAt,
          ends_at: endsAt,
          ...(patch.reason ? { reason: patch.reason.trim() } : {}),
        });
        await audit({
          action: 'alert.maintenance.update',
          entityType: 'maintenance_window',
          entityId: id,
          unitId: before.unit_id,
          before,
          after: patch,
        });
      });
      intake.invalidate();
      return maintenanceView((await rulesRepo.findMaintenance(db, id))!, clock.now());
    },

    async removeMaintenance(actor: RequestActor, id: string) {
      requireManage(actor);
      const before = await rulesRepo.findMaintenance(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'maintenance_window' });
      await mutate(deps, actor, async ({ trx, audit }) => {
        await rulesRepo.deleteMaintenance(trx, id);
        await audit({
          action: 'alert.maintenance.delete',
          entityType: 'maintenance_window',
          entityId: id,
          unitId: before.unit_id,
          before,
        });
      });
      intake.invalidate();
      return { id, deleted: true };
    },

    // --- sources ---
    async sources(actor: RequestActor) {
      if (!can(actor, 'alert.manage') && readReach(actor, 'alert.read').all !== true)
        throw new DomainError('forbidden');
      return { items: (await repo.listSources(db)).map(sourceView) };
    },

    async createSource(actor: RequestActor, input: AlertSourceInput) {
      requireManage(actor);
      const token = await repo.tokenOwner(db, input.tokenId);
      if (!token) throw new DomainError('not_found', { entity: 'token' });
      if (await repo.findSourceByToken(db, token.id, input.kind))
        throw new DomainError('alert.source_duplicate');
      const id = await mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.insertSource(trx, {
          kind: input.kind,
          name: input.name.trim(),
          token_id: token.id,
          unit_id: token.unit_id,
          fingerprint_fields: input.fingerprintFields ?? null,
          rate_per_minute: input.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE,
          enabled: input.enabled ?? true,
        });
        await audit({
          action: 'alert.source.create',
          entityType: 'alert_source',
          entityId: row.id,
          after: input,
        });
        return row.id;
      });
      return sourceView((await repo.findSource(db, id))!);
    },

    async updateSource(actor: RequestActor, id: string, patch: AlertSourcePatch) {
      requireManage(actor);
      const before = await repo.findSource(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'alert_source' });
      await mutate(deps, actor, async ({ trx, audit }) => {
        await repo.updateSource(trx, id, {
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(patch.fingerprintFields !== undefined ? { fingerprint_fields: patch.fingerprintFields } : {}),
          ...(patch.ratePerMinute !== undefined ? { rate_per_minute: patch.ratePerMinute } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          updated_at: clock.now(),
        });
        await audit({
          action: 'alert.source.update',
          entityType: 'alert_source',
          entityId: id,
          before,
          after: patch,
        });
      });
      return sourceView((await repo.findSource(db, id))!);
    },

    /** A source with alerts is disabled rather than deleted (its alerts keep their origin). */
    async removeSource(actor: RequestActor, id: string) {
      requireManage(actor);
      const before = await repo.findSource(db, id);
      if (!before) throw new DomainError('not_found', { entity: 'alert_source' });
      const used = await repo.sourceHasGroups(db, id);
      await mutate(deps, actor, async ({ trx, audit }) => {
        if (used)
          await repo.updateSource(trx, id, { enabled: false, token_id: null, updated_at: clock.now() });
        else await repo.deleteSource(trx, id);
        await audit({ action: 'alert.source.delete', entityType: 'alert_source', entityId: id, before });
      });
      return { id, deleted: !used };
    },

    // --- settings ---
    async getSettings(actor: RequestActor) {
      requireManage(actor);
      return settings();
    },

    async putSettings(actor: RequestActor, next: AlertSettings) {
      if (!actor.roles.includes('admin')) throw new DomainError('forbidden');
      const before = await settings();
      await mutate(deps, actor, async ({ trx, audit }) => {
        await putSetting(trx, ALERT_SETTINGS_KEY, next, clock.now());
        await audit({
          action: 'settings.alerts',
          entityType: 'setting',
          entityId: ALERT_SETTINGS_KEY,
          before,
          after: next,
        });
      });
      intake.invalidate();
      return next;
    },
  };
}
export type AlertService = ReturnType<typeof createAlertService>;
