import { type Actor, can } from '@ungcuu/domain/auth/permissions.ts';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { Tier } from '@ungcuu/domain/incidents/severity.ts';
import { BREAKDOWN_LABELS, breakdownRowLabel } from '@ungcuu/domain/statistics/statistics.ts';
import type {
  BreakdownQuery,
  BreakdownResult,
  Decisions,
  InspectionResults,
  OverdueResult,
  ResponseTimes,
  StatisticsExportQuery,
  StatisticsFilter,
  UptimeResult,
} from '@ungcuu/domain/statistics/statistics-api.ts';
import {
  type Cell,
  CSV_TYPE,
  type ExportFile,
  writeCsv,
  writeXlsx,
  XLSX_TYPE,
} from '../export/tabular-export.ts';
import { regimeById } from '../incidents/regime.service.ts';
import { deadlinesOf } from '../incidents/severity-assessment.ts';
import { countOpenProposals } from '../proposals/proposal.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { readReach } from '../shared/read-reach.ts';
import { toIso } from '../shared/row-values.ts';
import * as repo from './statistics.repository.ts';

const PAGE = 2000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const hours = (value: number | undefined) => (value === undefined ? null : Math.round(value * 10) / 10);
const ratio = (ok: number, checks: number) =>
  checks > 0 ? Math.round((10_000 * ok) / checks) / 10_000 : null;

/**
 * The dashboards' figures (issue 12), within what the caller may read: a unit's people see their
 * unit's incidents, leaders and the focal office the whole town. Every figure is an SQL aggregate;
 * only the legal deadlines of open incidents are computed here, since they come from the regime's
 * rules (domain), and only open incidents have running clocks.
 */
export function createStatisticsService(deps: ServiceDeps) {
  const reachOf = (actor: Actor) => readReach(actor, 'incident.read');

  /** Overdue legal reports of open incidents, walking them in keyset pages. */
  async function overdueDeadlines(actor: Actor, filter: StatisticsFilter, minTier?: 'T3') {
    const now = deps.clock.now();
    const found: {
      row: { id: string; code: string; tier: string };
      code: string;
      label: { vi: string; en: string };
      dueAt: string;
    }[] = [];
    let afterId = FIRST_ID;
    for (;;) {
      const rows = await repo.openIncidentsPage(deps.db, filter, reachOf(actor), {
        afterId,
        limit: PAGE,
        minTier,
      });
      for (const row of rows) {
        const regime = await regimeById(deps.db, row.regime_id);
        for (const d of deadlinesOf(row, regime, now)) {
          if (d.status === 'overdue' || d.status === 'due_now')
            found.push({ row, code: d.code, label: d.label, dueAt: d.dueAt });
        }
      }
      if (rows.length < PAGE) break;
      afterId = rows[rows.length - 1]!.id;
    }
    return found;
  }

  const service = {
    async breakdown(actor: RequestActor, query: BreakdownQuery): Promise<BreakdownResult> {
      const { by, ...filter } = query;
      const items = await repo.incidentBreakdown(deps.db, by, filter, reachOf(actor));
      // Totals of the unit dimension would count an incident once per unit: sum another way.
      const totals =
        by === 'unit' ? await repo.incidentBreakdown(deps.db, 'tier', filter, reachOf(actor)) : items;
      const sum = (k: 'total' | 'open' | 'closed') => totals.reduce((s, r) => s + r[k], 0);
      return { by, total: sum('total'), open: sum('open'), closed: sum('closed'), items };
    },

    async responseTimes(actor: RequestActor, filter: StatisticsFilter): Promise<ResponseTimes> {
      const rows = await repo.responseTimes(deps.db, filter, reachOf(actor));
      return {
        items: rows.map((r) => ({
          month: r.month,
          acknowledge: { n: r.ack_n, medianHours: hours(r.ack?.[0]), p90Hours: hours(r.ack?.[1]) },
          contain: { n: r.contain_n, medianHours: hours(r.contain?.[0]), p90Hours: hours(r.contain?.[1]) },
          close: { n: r.close_n, medianHours: hours(r.close?.[0]), p90Hours: hours(r.close?.[1]) },
        })),
      };
    },

    async overdue(actor: RequestActor, filter: StatisticsFilter): Promise<OverdueResult> {
      const [tasks, deadlines] = await Promise.all([
        repo.overdueTasksByUnit(deps.db, filter, reachOf(actor), deps.clock.now()),
        overdueDeadlines(actor, filter),
      ]);
      const byReport = new Map<string, { code: string; label: { vi: string; en: string }; n: number }>();
      for (const d of deadlines) {
        const entry = byReport.get(d.code) ?? { code: d.code, label: d.label, n: 0 };
        entry.n++;
        byReport.set(d.code, entry);
      }
      return {
        tasks: tasks.reduce((s, r) => s + r.n, 0),
        tasksByUnit: tasks.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, n: r.n })),
        deadlines: deadlines.length,
        deadlinesByReport: [...byReport.values()].sort((a, b) => b.n - a.n),
      };
    },

    async uptime(actor: RequestActor, filter: StatisticsFilter): Promise<UptimeResult> {
      const result = await repo.uptimeByMonitor(deps.db, filter, readReach(actor, 'monitor.read'));
      return {
        checks: result.checks,
        ok: result.ok,
        uptime: ratio(result.ok, result.checks),
        items: result.rows.map((r) => ({
          monitorId: r.monitor_id,
          name: r.name,
          unitId: r.unit_id,
          unitName: r.unit_name,
          systemId: r.system_id,
          checks: r.checks,
          ok: r.ok,
          uptime: ratio(r.ok, r.checks),
        })),
      };
    },

    async inspections(
      actor: RequestActor,
      query: { year?: number; unitId?: string[] },
    ): Promise<InspectionResults> {
      const now = deps.clock.now();
      const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      const year = query.year ?? Number(today.slice(0, 4));
      const result = await repo.inspectionResults(
        deps.db,
        year,
        query.unitId,
        readReach(actor, 'inspection.read'),
        today,
      );
      return {
        year,
        byStatus: result.byStatus,
        remediationByUnit: result.remediation.map((r) => ({
          unitId: r.unit_id,
          unitName: r.unit_name,
          open: r.open,
          overdue: r.overdue,
        })),
      };
    },

    /** The leader's page: what needs a decision now. */
    async decisions(actor: RequestActor): Promise<Decisions> {
      const reach = reachOf(actor);
      const since = new Date(deps.clock.now().getTime() - 30 * 86_400_000);
      const [incidents, escalations, reports, budget, proposals] = await Promise.all([
        repo.decisionIncidents(deps.db, reach, 50),
        repo.recentEscalations(deps.db, reach, since, 20),
        overdueDeadlines(actor, {}, 'T3'),
        can(actor, 'budget.read')
          ? repo.budgetAwaitingDecision(deps.db, readReach(actor, 'budget.read'), 50)
          : [],
        countOpenProposals(deps.db, readReach(actor, 'proposal.read')),
      ]);
      return {
        incidents: incidents.map((r) => ({
          id: r.id,
          code: r.code,
          title: r.title,
          tier: r.tier as Tier,
          state: r.state as IncidentState,
          detectedAt: toIso(r.detected_at)!,
          unitName: r.unit_name,
        })),
        escalations: escalations.map((e) => ({
          id: e.id,
          incidentId: e.incident_id,
          incidentCode: e.incident_code,
          toUnitName: e.to_unit_name,
          sentAt: toIso(e.sent_at)!,
          summary: e.summary,
        })),
        overdueReports: reports.slice(0, 50).map((d) => ({
          incidentId: d.row.id,
          incidentCode: d.row.code,
          tier: d.row.tier as Tier,
          code: d.code,
          label: d.label,
          dueAt: d.dueAt,
        })),
        budgetAwaiting: budget.map((b) => ({
          id: b.id,
          fiscalYear: b.fiscal_year,
          title: b.title,
          unitName: b.unit_name,
          amount: Number(b.amount),
        })),
        openProposals: proposals,
      };
    },

    /** A tile's table as CSV or XLSX, with Vietnamese headings (the figures a leader files). */
    async export(actor: RequestActor, query: StatisticsExportQuery): Promise<ExportFile> {
      const { tile, format, by, ...filter } = query;
      let headers: string[];
      let rows: Cell[][];
      if (tile === 'breakdown') {
        const dim = by ?? 'cause_group';
        const result = await service.breakdown(actor, { ...filter, by: dim });
        headers = [BREAKDOWN_LABELS[dim].vi, 'Tổng số', 'Đang xử lý', 'Đã kết thúc'];
        rows = result.items.map((r) => [
          breakdownRowLabel(dim, r.key, r.label, 'vi'),
          r.total,
          r.open,
          r.closed,
        ]);
      } else if (tile === 'response_times') {
        const result = await service.responseTimes(actor, filter);
        headers = [
          'Tháng',
          'Tiếp nhận: trung vị (giờ)',
          'Tiếp nhận: p90 (giờ)',
          'Ngăn chặn: trung vị (giờ)',
          'Ngăn chặn: p90 (giờ)',
          'Kết thúc: trung vị (giờ)',
          'Kết thúc: p90 (giờ)',
        ];
        rows = result.items.map((r) => [
          breakdownRowLabel('month', r.month, null, 'vi'),
          r.acknowledge.medianHours,
          r.acknowledge.p90Hours,
          r.contain.medianHours,
          r.contain.p90Hours,
          r.close.medianHours,
          r.close.p90Hours,
        ]);
      } else if (tile === 'overdue') {
        const result = await service.overdue(actor, filter);
        headers = ['Đơn vị được giao', 'Nhiệm vụ quá hạn'];
        rows = result.tasksByUnit.map((r) => [r.unitName ?? '—', r.n]);
      } else {
        const result = await service.uptime(actor, filter);
        headers = ['Giám sát', 'Đơn vị', 'Số lần kiểm tra', 'Số lần đạt', 'Tỉ lệ hoạt động (%)'];
        rows = result.items.map((r) => [
          r.name,
          r.unitName,
          r.checks,
          r.ok,
          r.uptime === null ? null : Math.round(r.uptime * 10_000) / 100,
        ]);
      }
      const name = `thong-ke-${tile.replace('_', '-')}${by && tile === 'breakdown' ? `-${by.replace('_', '-')}` : ''}`;
      return format === 'csv'
        ? { filename: `${name}.csv`, contentType: CSV_TYPE, bytes: writeCsv(headers, rows) }
        : {
            filename: `${name}.xlsx`,
            contentType: XLSX_TYPE,
            bytes: await writeXlsx('Thống kê', headers, rows),
          };
    },
  };
  return service;
}
