import { type Static, Type } from '@sinclair/typebox';
import {
  AllowedActions,
  DateTimeString,
  DeletedSchema,
  Items,
  literals,
  Nullable,
  Paged,
  Uuid,
} from '../api-shapes.ts';
import { RefId, UncheckedId } from '../refs.ts';
import { MONITOR_KINDS, MONITOR_STATUSES, MonitorConfigSchema, MonitorInputSchema } from './monitor.ts';

// Request and response schemas of the monitoring API: the routes validate and serialise by them,
// core types its inputs and views by them, the web app derives its types from them.

export const MonitorCreateSchema = MonitorInputSchema;
export const MonitorPatchSchema = Type.Partial(Type.Omit(MonitorInputSchema, ['unitId', 'kind']), {
  additionalProperties: false,
  minProperties: 1,
});
export type MonitorPatch = Static<typeof MonitorPatchSchema>;

export const MonitorListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  unitId: Type.Optional(RefId('unit')),
  systemId: Type.Optional(RefId('system')),
  status: Type.Optional(literals(MONITOR_STATUSES)),
  kind: Type.Optional(literals(MONITOR_KINDS)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export type MonitorListQuery = Static<typeof MonitorListQuerySchema>;

export const FromInventorySchema = Type.Object(
  {
    /** Only these systems (default: every system the caller may manage). */
    systemIds: Type.Optional(Type.Array(RefId('system'), { maxItems: 500, uniqueItems: true })),
  },
  { additionalProperties: false },
);

const UptimeSchema = Type.Object({
  /** Share of good checks 0..1; null before the first check of the window. */
  h24: Nullable(Type.Number()),
  d30: Nullable(Type.Number()),
  y1: Nullable(Type.Number()),
  /** Mean response time of good checks in the last 24 hours, ms. */
  avgResponseMs24h: Nullable(Type.Integer()),
});

export const MonitorViewSchema = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  systemId: Nullable(Uuid),
  systemName: Nullable(Type.String()),
  name: Type.String(),
  kind: literals(MONITOR_KINDS),
  target: Type.String(),
  config: MonitorConfigSchema,
  intervalSeconds: Type.Integer(),
  timeoutMs: Type.Integer(),
  failThreshold: Type.Integer(),
  probesRequired: Type.Integer(),
  enabled: Type.Boolean(),
  status: literals(MONITOR_STATUSES),
  consecutiveFailures: Type.Integer(),
  lastCheckedAt: Nullable(DateTimeString),
  lastOk: Nullable(Type.Boolean()),
  lastResponseMs: Nullable(Type.Integer()),
  lastMessage: Nullable(Type.String()),
  downSince: Nullable(DateTimeString),
  incidentId: Nullable(Uuid),
  nextRunAt: DateTimeString,
  uptime: UptimeSchema,
  version: Type.Integer(),
  createdAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type MonitorView = Static<typeof MonitorViewSchema>;
export const MonitorPageSchema = Paged(MonitorViewSchema);

const PointSchema = Type.Object({
  at: DateTimeString,
  checks: Type.Integer(),
  ok: Type.Integer(),
  avgResponseMs: Nullable(Type.Integer()),
  maxResponseMs: Type.Integer(),
});

export const MonitorDetailSchema = Type.Composite([
  MonitorViewSchema,
  Type.Object({
    /** Hourly points of the last 48 hours and daily points of the last 30 days: the charts. */
    hourly: Type.Array(PointSchema),
    daily: Type.Array(PointSchema),
    recent: Type.Array(
      Type.Object({
        checkedAt: DateTimeString,
        ok: Type.Boolean(),
        responseMs: Nullable(Type.Integer()),
        message: Nullable(Type.String()),
        probeName: Nullable(Type.String()),
      }),
    ),
    lastDetail: Nullable(Type.Record(Type.String(), Type.Unknown())),
    baselineApprovedAt: Nullable(DateTimeString),
  }),
]);

export const DiffSchema = Type.Object({
  monitorId: Uuid,
  kind: literals(MONITOR_KINDS),
  hasBaseline: Type.Boolean(),
  /** Whether what was seen last differs from the baseline (and approving it would change it). */
  changed: Type.Boolean(),
  baselineApprovedAt: Nullable(DateTimeString),
  seenAt: Nullable(DateTimeString),
  similarity: Nullable(Type.Number()),
  markers: Type.Array(Type.Object({ kind: Type.String(), detail: Type.String() })),
  /** Line diff of the visible text (or DNS answers): unchanged lines folded by the server. */
  parts: Type.Array(
    Type.Object({
      op: literals(['same', 'added', 'removed', 'skipped'] as const),
      lines: Type.Array(Type.String()),
    }),
  ),
});

export const ApproveBaselineSchema = Type.Object(
  { version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) },
  { additionalProperties: false },
);

export const FromInventoryResultSchema = Type.Object({
  created: Type.Integer(),
  skipped: Type.Integer(),
  systems: Type.Integer(),
});

export const UnitStatusSchema = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  counts: Type.Record(Type.String(), Type.Integer()),
  monitors: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      kind: literals(MONITOR_KINDS),
      status: literals(MONITOR_STATUSES),
      uptime24h: Nullable(Type.Number()),
      uptime30d: Nullable(Type.Number()),
      lastCheckedAt: Nullable(DateTimeString),
      downSince: Nullable(DateTimeString),
    }),
  ),
  total: Type.Integer(),
});

// Remote probes.
export const ProbeCreateSchema = Type.Object(
  { name: Type.String({ minLength: 2, maxLength: 120 }), unitId: Type.Optional(RefId('unit')) },
  { additionalProperties: false },
);
export const ProbeViewSchema = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  lastSeenAt: Nullable(DateTimeString),
  revokedAt: Nullable(DateTimeString),
  createdAt: DateTimeString,
});
export const ProbeCreatedSchema = Type.Object({ probe: ProbeViewSchema, secret: Type.String() });

export const ProbeCheckSchema = Type.Object({
  monitorId: Uuid,
  kind: literals(MONITOR_KINDS),
  target: Type.String(),
  config: MonitorConfigSchema,
  timeoutMs: Type.Integer(),
  intervalSeconds: Type.Integer(),
  /** DNS answers expected (defacement baselines stay on the server: probes check reachability). */
  dnsAnswers: Nullable(Type.Array(Type.String())),
});
export const ProbeChecksSchema = Type.Object({ probeId: Uuid, checks: Type.Array(ProbeCheckSchema) });
export type ProbeCheck = Static<typeof ProbeCheckSchema>;

export const ProbeResultsSchema = Type.Object(
  {
    results: Type.Array(
      Type.Object(
        {
          // Checked against the probe's own list by the service, not the session's visibility.
          monitorId: UncheckedId(
            'a probe has no session: the service accepts only monitors among its own checks',
          ),
          checkedAt: Type.String({ format: 'date-time', maxLength: 40 }),
          ok: Type.Boolean(),
          responseMs: Type.Union([Type.Integer({ minimum: 0, maximum: 600_000 }), Type.Null()]),
          message: Type.String({ maxLength: 500 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 2_000 },
    ),
  },
  { additionalProperties: false },
);
export type ProbeResults = Static<typeof ProbeResultsSchema>;
export const ProbeListSchema = Items(ProbeViewSchema);
export const ProbeSubmitResultSchema = Type.Object({ accepted: Type.Integer(), rejected: Type.Integer() });
export const MonitorDeletedSchema = DeletedSchema;

export type MonitorDetail = Static<typeof MonitorDetailSchema>;
export type BaselineDiff = Static<typeof DiffSchema>;
export type UnitStatus = Static<typeof UnitStatusSchema>;
export type ProbeView = Static<typeof ProbeViewSchema>;
export type ProbeCreated = Static<typeof ProbeCreatedSchema>;
