import { type AlertSourceKind, type AlertSourceRef, subtypeForAlert } from '@ungcuu/domain/alerts/alert.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { createIntakeService } from '../incidents/incident-intake.service.ts';
import type { Executor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { type IndicatorHit, linkHits } from '../warnings/indicator-hits.ts';
import * as repo from './alert.repository.ts';
import * as filingRepo from './alert-filing.repository.ts';

/** A claimed incident filing not finished after this is taken over by the sweep. */
const STALE_FILING_MS = 5 * 60_000;

/**
 * Incidents of alert groups, filed after the intake's commit through the normal incident intake
 * (one transaction each, the group linked in it), and the sweep of filings that stopped half-way.
 */
export function createAlertFiling(deps: ServiceDeps) {
  const { db, clock } = deps;
  const intake = createIntakeService(deps);

  /** Files one incident per claimed group through the normal intake, linking it in the same transaction. */
  async function fileIncidents(
    groupIds: string[],
    source?: AlertSourceRef,
    manual?: { title?: string; unitId?: string; label: string },
    hitsByGroup?: ReadonlyMap<string, readonly IndicatorHit[]>,
  ): Promise<string[]> {
    const out: string[] = [];
    for (const g of await repo.findGroups(db, groupIds)) {
      if (g.incident_id) continue;
      const kind = g.source_kind as AlertSourceKind;
      const where = g.system_name ?? g.host_key ?? '';
      const rule = g.rule_name ?? g.rule_id ?? '?';
      const filed = await intake.reportFromAlerts(
        {
          title:
            manual?.title ?? `Cảnh báo ${g.source_name}: ${rule}${where ? ` (${where})` : ''}`.slice(0, 300),
          description: [
            `Nhóm cảnh báo từ ${g.source_name} (${kind}): ${g.count} cảnh báo, lần đầu ${new Date(g.first_seen).toISOString()}.`,
            `Quy tắc: ${g.rule_id ?? '-'} ${g.rule_name ?? ''}`.trim(),
            g.host_key ? `Máy/địa chỉ: ${g.host_key}` : '',
            g.category ? `Loại: ${g.category}` : '',
          ]
            .filter(Boolean)
            .join('\n')
            .slice(0, 5000),
          detectedAt: new Date(g.first_seen).toISOString(),
          systemId: g.system_id ?? undefined,
          systemText: g.system_id ? undefined : (g.host_key ?? undefined),
        },
        g.unit_id ?? manual?.unitId ?? source?.unitId ?? g.source_unit_id,
        manual?.label ?? `alerts:${g.source_name}`.slice(0, 80),
        subtypeForAlert(kind, { ruleName: g.rule_name, category: g.category, message: null }),
        async ({ trx, audit, announce }, row) => {
          const linked = await filingRepo.setGroupIncident(trx, g.id, row.id, clock.now());
          // Someone opened it by hand meanwhile: this filing is undone with its transaction.
          if (!linked) throw new DomainError('alert.group_has_incident', { code: row.code });
          const hits = hitsByGroup?.get(g.id);
          if (hits) await linkHits(trx, row, hits, clock.now());
          await audit({
            action: 'alert.group_incident',
            entityType: 'alert_group',
            entityId: g.id,
            unitId: row.reporting_unit_id,
            after: { incidentId: row.id, code: row.code, count: linked.count },
          });
          await announce({ entity: 'alert_group', id: g.id, action: 'incident', unitIds: row.unit_ids });
        },
      );
      out.push(filed.incident.id);
    }
    return out;
  }

  /** Groups whose filing stopped half-way (the process died after the commit), claimed again. */
  async function reclaimFilings(executor: Executor = db): Promise<string[]> {
    const now = clock.now();
    return filingRepo.reclaimStaleFilings(executor, new Date(now.getTime() - STALE_FILING_MS), now);
  }

  return { fileIncidents, reclaimFilings };
}
