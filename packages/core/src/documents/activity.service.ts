import { can } from '@ungcuu/domain/auth/permissions.ts';
import {
  type ActivityPeriod,
  activityRange,
  activityReportModel,
} from '@ungcuu/domain/documents/activity-report.ts';
import type { DocFormat } from '@ungcuu/domain/documents/documents-api.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { TIERS } from '@ungcuu/domain/incidents/severity.ts';
import { CAUSE_GROUP_LABELS, CAUSE_GROUPS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { RISK_BAND_INFO, RISK_BANDS } from '@ungcuu/domain/risks/risk-scoring.ts';
import { createReadinessService } from '../readiness/readiness.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toInt } from '../shared/row-values.ts';
import {
  activityBudget,
  activityIncidents,
  activityInspections,
  activityResponseTimes,
  activityWarnings,
} from './activity.repository.ts';
import { issuingBodies } from './mau05.service.ts';
import { planRiskBands } from './plan-facts.repository.ts';
import { type RenderedFile, renderDocument } from './render.ts';

const INSPECTION_STATUS_VI: Record<string, string> = {
  planned: 'đã lên kế hoạch',
  in_progress: 'đang tiến hành',
  completed: 'đã hoàn thành',
};

/**
 * The month / quarter / year activity report for leadership (seed IV: the focal office reports on
 * implementation): incidents by cause and tier, response times, inspections, readiness, budget use,
 * warnings sent to units and their answers, open risks.
 */
export function createActivityReportService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const readiness = createReadinessService(deps);
  return {
    async render(
      actor: RequestActor,
      kind: ActivityPeriod,
      year: number,
      n: number,
      format: DocFormat,
    ): Promise<RenderedFile> {
      if (!can(actor, 'report.read')) throw new DomainError('forbidden');
      const range = activityRange(kind, year, n);
      if (!range) throw new DomainError('request.invalid', { detail: `no ${kind} ${n}` });
      const from = new Date(`${range.start}T00:00:00+07:00`);
      const to = new Date(`${range.end}T00:00:00+07:00`);
      const [bodies, incidents, response, warnings, inspections, budget, risks, ready] = await Promise.all([
        issuingBodies(db),
        activityIncidents(db, from, to),
        activityResponseTimes(db, from, to),
        activityWarnings(db, from, to),
        activityInspections(db, year),
        activityBudget(db, year, range.start, range.end),
        planRiskBands(db),
        readiness.page(actor, { limit: 200, offset: 0 }),
      ]);
      const model = activityReportModel({
        kind,
        year,
        n,
        organisation: bodies.committee,
        focalOffice: bodies.focal?.name ?? 'Cơ quan đầu mối',
        place: bodies.place,
        issuedAt: clock.now().toISOString(),
        range,
        incidents: [...CAUSE_GROUPS, null].map((g) => ({
          group: g ? CAUSE_GROUP_LABELS[g].vi : 'Chưa phân loại',
          tiers: TIERS.map((tier) =>
            toInt(incidents.find((r) => r.cause_group === g && r.tier === tier)?.count ?? 0),
          ),
        })),
        response: {
          closed: toInt(response?.closed ?? 0),
          medianHours:
            response?.median_hours === null || response?.median_hours === undefined
              ? null
              : Number(response.median_hours),
          p90Hours:
            response?.p90_hours === null || response?.p90_hours === undefined
              ? null
              : Number(response.p90_hours),
        },
        warnings: {
          issued: toInt(warnings.issued),
          fullyAnswered: toInt(warnings.fully_answered),
          targets: toInt(warnings.targets),
          answered: toInt(warnings.answered),
        },
        inspections: inspections.map((i) => ({
          status: INSPECTION_STATUS_VI[i.status] ?? i.status,
          count: toInt(i.count),
        })),
        readiness: ready.items.map((u) => ({ unit: u.unitName, score: u.score })),
        budget: { approved: toInt(budget.approved), spent: toInt(budget.spent) },
        risks: RISK_BANDS.map((b) => ({
          band: RISK_BAND_INFO[b].label.vi,
          count: toInt(risks.find((r) => r.band === b)?.count ?? 0),
        })).filter((r) => r.count > 0),
      });
      await mutate(deps, actor, async ({ audit }) => {
        await audit({
          action: 'report.activity_export',
          entityType: 'periodic_report',
          entityId: null,
          after: { kind, year, n, format },
        });
      });
      return renderDocument(model, format, `Bao-cao-hoat-dong-${kind}-${year}-${n}`);
    },
  };
}
