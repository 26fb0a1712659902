import { isDown, MONITOR_KIND_LABELS, type MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import { createIntakeService } from '../incidents/incident-intake.service.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import { type RequestActor, SYSTEM_ACTOR, type Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import {
  addToBuckets,
  applyServerResults,
  insertResults,
  type ResultRecord,
  type StateInput,
  setStatus,
  stateInputs,
  upsertProbeStates,
} from './monitor-results.repository.ts';

/** Changes of a monitor's state that people hear about (an outage opens, an outage ends). */
export interface Transition {
  kind: 'down' | 'up';
  monitor: StateInput;
  /** The outage's incident, for the recovery note. */
  incidentId: string | null;
  at: Date;
}

// State changes are audited under this label, as changes made by the monitoring itself.
export const MONITOR_ACTOR: RequestActor = { ...SYSTEM_ACTOR, label: 'monitor' };

/** The down rule applied to each monitor touched by a batch of results; rows are locked by the caller's transaction. */
async function settle(trx: Trx, ids: string[], now: Date): Promise<Transition[]> {
  const rows = await stateInputs(trx, [...new Set(ids)], now, true);
  const out: Transition[] = [];
  for (const m of rows) {
    if (!m.enabled) continue;
    const healthy = m.last_ok === true && m.consecutive_failures === 0;
    if (healthy) {
      if (m.status === 'up') continue;
      await setStatus(trx, m.id, {
        status: 'up',
        down_since: null,
        incident_id: null,
        incident_filing_at: null,
      });
      if (m.status === 'down') out.push({ kind: 'up', monitor: m, incidentId: m.incident_id, at: now });
      continue;
    }
    if (m.status === 'down') continue;
    const down = isDown({
      consecutiveFailures: m.consecutive_failures,
      failThreshold: m.fail_threshold,
      probesRequired: m.probes_required,
      probesFailing: Number(m.probes_failing),
    });
    if (!down) continue;
    await setStatus(trx, m.id, { status: 'down', down_since: now, incident_filing_at: now });
    out.push({ kind: 'down', monitor: m, incidentId: null, at: now });
  }
  return out;
}

function outageText(m: StateInput) {
  const kind = m.kind as MonitorKind;
  const defaced = kind === 'defacement';
  const title = defaced
    ? `Trang thông tin bị thay đổi giao diện (deface): ${m.name}`
    : `Hệ thống không hoạt động bình thường (${MONITOR_KIND_LABELS[kind].vi}): ${m.name}`;
  const description = [
    `Giám sát tự động phát hiện lúc ${new Date().toISOString()}.`,
    `Địa chỉ: ${m.target}`,
    `Kết quả kiểm tra: ${m.last_message ?? ''}`,
    `Số lần lỗi liên tiếp: ${m.consecutive_failures}`,
  ].join('\n');
  return {
    title: title.slice(0, 300),
    description,
    subtype: defaced ? ('attack.defacement' as const) : undefined,
  };
}

/**
 * Records results and turns state changes into incidents: one incident per outage, opened through
 * the normal intake (classification, tier, playbook, notices), and a timeline note on recovery.
 */
export function createMonitorEngine(deps: ServiceDeps) {
  const intake = createIntakeService(deps);

  async function openIncident(t: Transition): Promise<string | null> {
    const m = t.monitor;
    const text = outageText(m);
    const filed = await intake.reportFromMonitor(
      {
        title: text.title,
        description: text.description,
        detectedAt: t.at.toISOString(),
        systemId: m.system_id,
        systemText: m.system_id ? undefined : m.target.slice(0, 300),
      },
      m.unit_id,
      `monitor:${m.name.slice(0, 60)}`,
      text.subtype,
    );
    const id = filed.incident.id;
    // Only the outage still open without an incident takes it (a quick recovery may have closed it).
    await deps.db
      .updateTable('monitors')
      .set({ incident_id: id })
      .where('id', '=', m.id)
      .where('status', '=', 'down')
      .where('incident_id', 'is', null)
      .execute();
    return id;
  }

  return {
    /** A batch of results (server or probes) in one transaction; incidents are filed after commit. */
    async record(items: readonly ResultRecord[], now: Date): Promise<Transition[]> {
      if (items.length === 0) return [];
      const server = items.filter((r) => r.probeId === null);
      const probe = items.filter((r) => r.probeId !== null);
      const transitions = await mutate(deps, MONITOR_ACTOR, async ({ trx, audit, announce }) => {
        await insertResults(trx, items);
        await addToBuckets(trx, server);
        await applyServerResults(trx, server);
        await upsertProbeStates(trx, probe);
        const changes = await settle(
          trx,
          items.map((r) => r.monitorId),
          now,
        );
        for (const t of changes) {
          const m = t.monitor;
          await audit({
            action: `monitor.${t.kind}`,
            entityType: 'monitor',
            entityId: m.id,
            unitId: m.unit_id,
            before: { status: m.status },
            after: { status: t.kind, message: m.last_message, failures: m.consecutive_failures },
          });
          await announce({ entity: 'monitor', id: m.id, action: t.kind, unitIds: [m.unit_id] });
          if (t.kind === 'up' && t.incidentId)
            await addTimeline(trx, {
              incidentId: t.incidentId,
              at: now,
              kind: 'auto',
              event: 'monitor_recovered',
              actorUserId: null,
              actorLabel: MONITOR_ACTOR.label,
              text: `${m.name}: ${m.last_message ?? ''}`.slice(0, 500),
              data: { monitorId: m.id, name: m.name, target: m.target },
            });
        }
        return changes;
      });
      for (const t of transitions) if (t.kind === 'down') t.incidentId = await openIncident(t);
      return transitions;
    },

    /**
     * Outages whose incident was not filed (the process stopped between the commit and the
     * filing) get it now. Each row is claimed by moving its filing time, so two processes
     * sweeping at once file it once.
     */
    async fileMissingIncidents(now: Date): Promise<number> {
      const stale = new Date(now.getTime() - 5 * 60_000);
      const claimed = await deps.db
        .updateTable('monitors')
        .set({ incident_filing_at: now })
        .where('status', '=', 'down')
        .where('incident_id', 'is', null)
        .where('incident_filing_at', '<', stale)
        .returning('id')
        .execute();
      if (claimed.length === 0) return 0;
      const inputs = await stateInputs(
        deps.db,
        claimed.map((r) => r.id),
        now,
      );
      for (const m of inputs) await openIncident({ kind: 'down', monitor: m, incidentId: null, at: now });
      return inputs.length;
    },
  };
}
export type MonitorEngine = ReturnType<typeof createMonitorEngine>;
