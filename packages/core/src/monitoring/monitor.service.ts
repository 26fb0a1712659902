import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  MONITOR_DEFAULTS,
  MONITOR_KIND_LABELS,
  type MonitorInput,
  type MonitorKind,
  monitorsForAddress,
  normaliseTarget,
  timeoutFits,
} from '@ungcuu/domain/monitoring/monitor.ts';
import type { MonitorListQuery, MonitorPatch } from '@ungcuu/domain/monitoring/monitoring-api.ts';
import type { SystemAddressValue } from '../db/schema-preparedness.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import * as repo from './monitor.repository.ts';
import { baselineDiff, monitorView, pointView } from './monitor.view.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Monitors of the units' public systems (issue 10): CRUD, inventory import, baselines, status pages. */
export function createMonitorService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function requireMonitor(actor: RequestActor, id: string) {
    const row = await repo.findMonitor(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'monitor' });
    requireReadable(actor, 'monitor.read', { unitIds: [row.unit_id] }, 'monitor');
    return row;
  }

  function requireManage(actor: RequestActor, unitId: string) {
    if (!can(actor, 'monitor.manage', { unitIds: [unitId] })) throw new DomainError('forbidden');
  }

  async function viewOf(actor: RequestActor, id: string) {
    const row = (await repo.findMonitor(db, id))!;
    const uptime = await repo.uptimeOf(db, [id], clock.now());
    return monitorView(actor, row, uptime.get(id));
  }

  function checkTarget(kind: MonitorKind, target: string) {
    const normal = normaliseTarget(kind, target);
    if (!normal) throw new DomainError('monitor.bad_target', { kind, target: target.slice(0, 100) });
    return normal;
  }

  /** The unit a monitor belongs to: its system's owner, else the one named, else the caller's. */
  async function owningUnit(actor: RequestActor, input: Pick<MonitorInput, 'systemId' | 'unitId'>) {
    if (input.systemId) {
      const ownerUnitId = await repo.systemOwnerUnit(db, input.systemId);
      if (!ownerUnitId) throw new DomainError('not_found', { entity: 'system' });
      return ownerUnitId;
    }
    const unitId = input.unitId ?? actor.unitId;
    if (!(await findUnitById(db, unitId))) throw new DomainError('not_found', { entity: 'unit' });
    return unitId;
  }

  return {
    async list(actor: RequestActor, query: MonitorListQuery) {
      const { rows, total } = await repo.listMonitors(db, query, readReach(actor, 'monitor.read'));
      const uptime = await repo.uptimeOf(
        db,
        rows.map((r) => r.id),
        clock.now(),
      );
      return { total, items: rows.map((r) => monitorView(actor, r, uptime.get(r.id))) };
    },

    async get(actor: RequestActor, id: string) {
      const row = await requireMonitor(actor, id);
      const now = clock.now();
      const [uptime, hourly, daily, recent] = await Promise.all([
        repo.uptimeOf(db, [id], now),
        repo.bucketsOf(db, id, 'hour', new Date(repo.hourStart(now).getTime() - 47 * HOUR_MS)),
        repo.bucketsOf(db, id, 'day', new Date(repo.dayStart(now).getTime() - 29 * DAY_MS)),
        repo.recentResults(db, id, 50),
      ]);
      return {
        ...monitorView(actor, row, uptime.get(id)),
        hourly: hourly.map(pointView),
        daily: daily.map(pointView),
        recent: recent.map((r) => ({
          checkedAt: new Date(r.checked_at).toISOString(),
          ok: r.ok,
          responseMs: r.response_ms,
          message: r.message,
          probeName: r.probe_name,
        })),
        lastDetail: row.last_detail,
        baselineApprovedAt: row.baseline_approved_at
          ? new Date(row.baseline_approved_at).toISOString()
          : null,
      };
    },

    async create(actor: RequestActor, input: MonitorInput) {
      const unitId = await owningUnit(actor, input);
      requireManage(actor, unitId);
      const target = checkTarget(input.kind, input.target);
      const defaults = MONITOR_DEFAULTS[input.kind];
      const intervalSeconds = input.intervalSeconds ?? defaults.intervalSeconds;
      const timeoutMs = input.timeoutMs ?? Math.min(defaults.timeoutMs, intervalSeconds * 800);
      if (!timeoutFits(intervalSeconds, timeoutMs)) throw new DomainError('monitor.timeout_too_long');
      if (await repo.targetTaken(db, unitId, input.kind, target)) throw new DomainError('monitor.duplicate');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const [row] = await repo.insertMonitors(trx, [
          {
            unit_id: unitId,
            system_id: input.systemId ?? null,
            name: input.name.trim(),
            kind: input.kind,
            target,
            config: JSON.stringify(input.config ?? {}),
            interval_seconds: intervalSeconds,
            timeout_ms: timeoutMs,
            fail_threshold: input.failThreshold ?? defaults.failThreshold,
            probes_required: input.probesRequired ?? 0,
            enabled: input.enabled ?? true,
            status: input.enabled === false ? 'paused' : 'pending',
            next_run_at: clock.now(),
            updated_at: clock.now(),
          },
        ]);
        if (!row) throw new DomainError('monitor.duplicate');
        const created = await repo.findMonitor(trx, row.id);
        await audit({
          action: 'monitor.create',
          entityType: 'monitor',
          entityId: row.id,
          unitId,
          after: created,
        });
        await announce({ entity: 'monitor', id: row.id, action: 'create', unitIds: [unitId] });
        return monitorView(actor, created!, undefined);
      });
    },

    async update(actor: RequestActor, id: string, patch: MonitorPatch, expectedVersion?: number) {
      const before = await requireMonitor(actor, id);
      requireManage(actor, before.unit_id);
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      const kind = before.kind as MonitorKind;
      const target = patch.target !== undefined ? checkTarget(kind, patch.target) : before.target;
      const interval = patch.intervalSeconds ?? before.interval_seconds;
      const timeout = patch.timeoutMs ?? before.timeout_ms;
      if (!timeoutFits(interval, timeout)) throw new DomainError('monitor.timeout_too_long');
      if (target !== before.target && (await repo.targetTaken(db, before.unit_id, kind, target, id)))
        throw new DomainError('monitor.duplicate');
      // A system of another unit would hand the monitor to that unit: the owner follows the system.
      const systemUnit =
        patch.systemId !== undefined && patch.systemId !== null
          ? await owningUnit(actor, { systemId: patch.systemId })
          : null;
      if (systemUnit && systemUnit !== before.unit_id) throw new DomainError('monitor.system_of_other_unit');
      const retarget = target !== before.target;
      const enabled = patch.enabled ?? before.enabled;
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.updateMonitor(trx, id, {
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(patch.systemId !== undefined ? { system_id: patch.systemId } : {}),
          ...(patch.config !== undefined ? { config: JSON.stringify(patch.config) } : {}),
          ...(patch.failThreshold !== undefined ? { fail_threshold: patch.failThreshold } : {}),
          ...(patch.probesRequired !== undefined ? { probes_required: patch.probesRequired } : {}),
          target,
          interval_seconds: interval,
          timeout_ms: timeout,
          enabled,
          // Paused, resumed or pointed elsewhere: the state starts again from the next check.
          ...(retarget || enabled !== before.enabled
            ? {
                status: enabled ? 'pending' : 'paused',
                consecutive_failures: 0,
                next_run_at: clock.now(),
                down_since: null,
                incident_id: null,
                incident_filing_at: null,
              }
            : {}),
          ...(retarget
            ? { baseline: null, last_snapshot: null, baseline_approved_at: null, baseline_approved_by: null }
            : {}),
          updated_at: clock.now(),
        });
        const after = await repo.findMonitor(trx, id);
        await audit({
          action: 'monitor.update',
          entityType: 'monitor',
          entityId: id,
          unitId: before.unit_id,
          before,
          after,
        });
        await announce({ entity: 'monitor', id, action: 'update', unitIds: [before.unit_id] });
        return null;
      }).then(() => viewOf(actor, id));
    },

    async remove(actor: RequestActor, id: string) {
      const before = await requireMonitor(actor, id);
      requireManage(actor, before.unit_id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteMonitor(trx, id);
        await audit({
          action: 'monitor.delete',
          entityType: 'monitor',
          entityId: id,
          unitId: before.unit_id,
          before,
        });
        await announce({ entity: 'monitor', id, action: 'delete', unitIds: [before.unit_id] });
        return { id, deleted: true };
      });
    },

    /** Asks for a check as soon as a checker is free (after a fix, to see it). */
    async checkNow(actor: RequestActor, id: string) {
      const before = await requireMonitor(actor, id);
      requireManage(actor, before.unit_id);
      await repo.scheduleNow(db, id, clock.now());
      return viewOf(actor, id);
    },

    /** Every address of the inventory the caller manages gets its monitors; existing ones are kept. */
    async fromInventory(actor: RequestActor, input: { systemIds?: string[] | undefined }) {
      const reach = readReach(actor, 'monitor.manage');
      const systems = await repo.systemsWithAddresses(db, reach, input.systemIds);
      const now = clock.now();
      const rows = systems.flatMap((s) =>
        ((s.addresses ?? []) as SystemAddressValue[]).flatMap((a) =>
          monitorsForAddress(a).map(({ kind, target }) => ({
            unit_id: s.owner_unit_id,
            system_id: s.id,
            name: `${s.name} – ${MONITOR_KIND_LABELS[kind].vi}`.slice(0, 200),
            kind,
            target,
            config: JSON.stringify({}),
            interval_seconds: MONITOR_DEFAULTS[kind].intervalSeconds,
            timeout_ms: MONITOR_DEFAULTS[kind].timeoutMs,
            fail_threshold: MONITOR_DEFAULTS[kind].failThreshold,
            next_run_at: now,
            updated_at: now,
          })),
        ),
      );
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const created = await repo.insertMonitors(trx, rows);
        const ids = new Set(created.map((c) => c.id));
        for (const id of ids) {
          const row = (await repo.findMonitor(trx, id))!;
          await audit({
            action: 'monitor.create',
            entityType: 'monitor',
            entityId: id,
            unitId: row.unit_id,
            after: row,
          });
          await announce({ entity: 'monitor', id, action: 'create', unitIds: [row.unit_id] });
        }
        return { created: created.length, skipped: rows.length - created.length, systems: systems.length };
      });
    },

    /** What changed between the approved baseline and the last page (or DNS answers) seen. */
    async diff(actor: RequestActor, id: string) {
      const row = await requireMonitor(actor, id);
      if (row.kind !== 'defacement' && row.kind !== 'dns') throw new DomainError('monitor.no_baseline_kind');
      const { parts, changed } = baselineDiff(row.baseline, row.last_snapshot);
      const detail = (row.last_detail ?? {}) as {
        similarity?: number;
        markers?: { kind: string; detail: string }[];
      };
      return {
        monitorId: id,
        kind: row.kind as MonitorKind,
        hasBaseline: row.baseline !== null,
        changed,
        baselineApprovedAt: row.baseline_approved_at
          ? new Date(row.baseline_approved_at).toISOString()
          : null,
        seenAt: row.last_checked_at ? new Date(row.last_checked_at).toISOString() : null,
        similarity: typeof detail.similarity === 'number' ? detail.similarity : null,
        markers: Array.isArray(detail.markers) ? detail.markers : [],
        parts,
      };
    },

    /** A person who read the diff makes the last page seen the new baseline (after a redesign, or after recovery). */
    async approveBaseline(actor: RequestActor, id: string, version: number) {
      const before = await requireMonitor(actor, id);
      requireManage(actor, before.unit_id);
      if (before.version !== version) throw new DomainError('conflict.stale');
      if (!before.last_snapshot) throw new DomainError('monitor.nothing_to_approve');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.updateMonitor(trx, id, {
          baseline: JSON.stringify(before.last_snapshot),
          baseline_approved_at: clock.now(),
          baseline_approved_by: actor.userId,
          // Checked again at once against the new baseline, which ends the outage if it holds.
          next_run_at: clock.now(),
          updated_at: clock.now(),
        });
        const summary = (b: typeof before.baseline) =>
          b
            ? b.kind === 'page'
              ? { title: b.page.title, lines: b.page.lines.length }
              : { answers: b.answers }
            : null;
        await audit({
          action: 'monitor.approve_baseline',
          entityType: 'monitor',
          entityId: id,
          unitId: before.unit_id,
          before: { baseline: summary(before.baseline), approvedAt: before.baseline_approved_at },
          after: { baseline: summary(before.last_snapshot) },
        });
        await announce({ entity: 'monitor', id, action: 'update', unitIds: [before.unit_id] });
        return null;
      }).then(() => viewOf(actor, id));
    },

    /** A unit's status page: every monitor of the unit, down first, with uptime. */
    async unitStatus(actor: RequestActor, unitId: string) {
      if (!can(actor, 'monitor.read', { unitIds: [unitId] })) throw new DomainError('forbidden');
      const unit = await findUnitById(db, unitId);
      if (!unit) throw new DomainError('not_found', { entity: 'unit' });
      const [counts, page] = await Promise.all([
        repo.statusCounts(db, unitId),
        repo.listMonitors(db, { unitId, limit: 500, offset: 0 }, { all: true }),
      ]);
      const uptime = await repo.uptimeOf(
        db,
        page.rows.map((r) => r.id),
        clock.now(),
      );
      return {
        unitId,
        unitName: unit.name,
        counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
        total: page.total,
        monitors: page.rows.map((r) => {
          const v = monitorView(actor, r, uptime.get(r.id));
          return {
            id: v.id,
            name: v.name,
            kind: v.kind,
            status: v.status,
            uptime24h: v.uptime.h24,
            uptime30d: v.uptime.d30,
            lastCheckedAt: v.lastCheckedAt,
            downSince: v.downSince,
          };
        }),
      };
    },
  };
}
export type MonitorService = ReturnType<typeof createMonitorService>;
