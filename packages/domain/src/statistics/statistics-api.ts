import { type Static, Type } from '@sinclair/typebox';
import {
  DateTimeString,
  DayString,
  Items,
  LocalizedTextSchema,
  literals,
  Nullable,
  Uuid,
} from '../api-shapes.ts';
import { INCIDENT_STATES } from '../incidents/lifecycle.ts';
import { TIERS } from '../incidents/severity.ts';
import { CAUSE_GROUPS } from '../incidents/taxonomy.ts';
import { RefId } from '../refs.ts';

/**
 * Dashboard statistics (issue 12): one request per tile, aggregated by the database. Every figure
 * carries what the list behind it is filtered by, so a click opens the same records.
 */

/** Incident states still being worked on; the rest (closed, rejected, duplicate, merged) are done. */
export const OPEN_INCIDENT_STATES = ['new', 'triaged', 'responding', 'contained', 'recovered'] as const;

export const BREAKDOWNS = ['cause_group', 'subtype', 'tier', 'unit', 'system', 'month', 'state'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The filters every tile takes: Vietnam calendar days (inclusive), units, cause group. */
export const StatisticsFilterSchema = Type.Object({
  from: Type.Optional(DayString),
  to: Type.Optional(DayString),
  unitId: Type.Optional(Type.Array(RefId('unit'), { maxItems: 50 })),
  causeGroup: Type.Optional(literals(CAUSE_GROUPS)),
});
export type StatisticsFilter = Static<typeof StatisticsFilterSchema>;

export const BreakdownQuerySchema = Type.Object({
  ...StatisticsFilterSchema.properties,
  by: literals(BREAKDOWNS),
});
export type BreakdownQuery = Static<typeof BreakdownQuerySchema>;

export const BreakdownRowSchema = Type.Object({
  /** Cause group, subtype, tier, state code; a unit or system id; a month 'yyyy-mm'; '' for none. */
  key: Type.String(),
  /** Name of a unit or system; null where the web app labels the code itself. */
  label: Nullable(Type.String()),
  total: Type.Integer(),
  open: Type.Integer(),
  closed: Type.Integer(),
});
export const BreakdownSchema = Type.Object({
  by: literals(BREAKDOWNS),
  total: Type.Integer(),
  open: Type.Integer(),
  closed: Type.Integer(),
  items: Type.Array(BreakdownRowSchema),
});
export type BreakdownResult = Static<typeof BreakdownSchema>;

const DurationStat = Type.Object({
  n: Type.Integer(),
  /** Hours, one decimal; null when no incident of the month reached that moment. */
  medianHours: Nullable(Type.Number()),
  p90Hours: Nullable(Type.Number()),
});
export const ResponseTimesSchema = Items(
  Type.Object({
    month: Type.String(),
    acknowledge: DurationStat,
    contain: DurationStat,
    close: DurationStat,
  }),
);
export type ResponseTimes = Static<typeof ResponseTimesSchema>;

export const OverdueSchema = Type.Object({
  tasks: Type.Integer(),
  tasksByUnit: Type.Array(
    Type.Object({ unitId: Nullable(Uuid), unitName: Nullable(Type.String()), n: Type.Integer() }),
  ),
  /** Legal reports (regime deadlines) of open incidents past due and not sent. */
  deadlines: Type.Integer(),
  deadlinesByReport: Type.Array(
    Type.Object({ code: Type.String(), label: LocalizedTextSchema, n: Type.Integer() }),
  ),
});
export type OverdueResult = Static<typeof OverdueSchema>;

export const UptimeSchema = Type.Object({
  checks: Type.Integer(),
  ok: Type.Integer(),
  /** Share of successful checks, 0..1; null without checks. */
  uptime: Nullable(Type.Number()),
  /** The least available monitors first. */
  items: Type.Array(
    Type.Object({
      monitorId: Uuid,
      name: Type.String(),
      unitId: Uuid,
      unitName: Type.String(),
      systemId: Nullable(Uuid),
      checks: Type.Integer(),
      ok: Type.Integer(),
      uptime: Nullable(Type.Number()),
    }),
  ),
});
export type UptimeResult = Static<typeof UptimeSchema>;

export const InspectionResultsQuerySchema = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  unitId: Type.Optional(Type.Array(RefId('unit'), { maxItems: 50 })),
});
export const InspectionResultsSchema = Type.Object({
  year: Type.Integer(),
  byStatus: Type.Array(Type.Object({ status: Type.String(), n: Type.Integer() })),
  /** Units with the most open remediation tasks first. */
  remediationByUnit: Type.Array(
    Type.Object({ unitId: Uuid, unitName: Type.String(), open: Type.Integer(), overdue: Type.Integer() }),
  ),
});
export type InspectionResults = Static<typeof InspectionResultsSchema>;

const DecisionIncident = Type.Object({
  id: Uuid,
  code: Type.String(),
  title: Type.String(),
  tier: literals(TIERS),
  state: literals(INCIDENT_STATES),
  detectedAt: DateTimeString,
  unitName: Nullable(Type.String()),
});

/** The leader's page takes no filter: it is what needs a decision now. */
export const DecisionsQuerySchema = Type.Object({}, { additionalProperties: false });

/** The leader's page: what needs a decision now. */
export const DecisionsSchema = Type.Object({
  incidents: Type.Array(DecisionIncident),
  escalations: Type.Array(
    Type.Object({
      id: Uuid,
      incidentId: Uuid,
      incidentCode: Type.String(),
      toUnitName: Nullable(Type.String()),
      sentAt: DateTimeString,
      summary: Type.String(),
    }),
  ),
  overdueReports: Type.Array(
    Type.Object({
      incidentId: Uuid,
      incidentCode: Type.String(),
      tier: literals(TIERS),
      code: Type.String(),
      label: LocalizedTextSchema,
      dueAt: DateTimeString,
    }),
  ),
  budgetAwaiting: Type.Array(
    Type.Object({
      id: Uuid,
      fiscalYear: Type.Integer(),
      title: Type.String(),
      unitName: Type.String(),
      amount: Type.Integer(),
    }),
  ),
  openProposals: Type.Integer(),
});
export type Decisions = Static<typeof DecisionsSchema>;

export const EXPORT_TILES = ['breakdown', 'response_times', 'overdue', 'uptime'] as const;
export const StatisticsExportQuerySchema = Type.Object({
  ...BreakdownQuerySchema.properties,
  by: Type.Optional(literals(BREAKDOWNS)),
  tile: literals(EXPORT_TILES),
  format: literals(['csv', 'xlsx'] as const),
});
export type StatisticsExportQuery = Static<typeof StatisticsExportQuerySchema>;
