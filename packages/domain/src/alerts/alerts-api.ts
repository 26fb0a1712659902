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
import { RefId } from '../refs.ts';
import {
  ALERT_GROUP_STATUSES,
  ALERT_ITEM_STATUSES,
  ALERT_SEVERITIES,
  ALERT_SOURCE_KINDS,
  ALERT_STATUSES,
  FINGERPRINT_FIELDS,
  HOST_KEY_KINDS,
} from './alert.ts';

// Request and response schemas of the alert intake API (issue 10): the webhooks of the security
// tools, the screens' lists and actions. Routes validate and serialise by them; the web app
// derives its types from them.

/** The kinds that have a webhook (syslog arrives on its own listener). */
export const WEBHOOK_KINDS = ['generic', 'wazuh', 'suricata', 'alertmanager'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

// --- webhooks --------------------------------------------------------------------------------

/**
 * A webhook body is read by the kind's parser, item by item (see alert-parsers.ts), so that a bad
 * item gets its own coded result instead of failing the batch. The schema only documents it.
 */
export const AlertWebhookBodySchema = Type.Unknown({
  description:
    'One alert or a batch (≤ 1,000 items, ≤ 10 MB, JSON nesting ≤ 32). generic: an object or {"alerts": [...]}; ' +
    'wazuh: the Integrator alert JSON (or an array); suricata: EVE JSON records as NDJSON ' +
    '(application/x-ndjson) or a JSON array; alertmanager: the webhook payload version 4. See docs/alert-intake.md.',
});

export const AlertItemResultSchema = Type.Object({
  index: Type.Integer(),
  status: literals(ALERT_ITEM_STATUSES),
  /** The stored alert (null for rejected items and duplicates). */
  alertId: Nullable(Uuid),
  groupId: Nullable(Uuid),
  error: Nullable(Type.Object({ code: Type.String(), status: Type.Integer(), message: Type.String() })),
});
export type AlertItemResult = Static<typeof AlertItemResultSchema>;

/** The answer to a webhook post, sent only after the batch's transaction committed. */
export const AlertIngestResultSchema = Type.Object({
  sourceId: Uuid,
  accepted: Type.Integer(),
  duplicate: Type.Integer(),
  suppressed: Type.Integer(),
  rejected: Type.Integer(),
  items: Type.Array(AlertItemResultSchema),
});
export type AlertIngestResult = Static<typeof AlertIngestResultSchema>;

// --- alerts ----------------------------------------------------------------------------------

const Severity = literals(ALERT_SEVERITIES);

export const AlertListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  sourceId: Type.Optional(RefId('alert_source')),
  unitId: Type.Optional(RefId('unit')),
  systemId: Type.Optional(RefId('system')),
  groupId: Type.Optional(RefId('alert_group')),
  /** At least this severity. */
  severity: Type.Optional(Severity),
  status: Type.Optional(literals(ALERT_STATUSES)),
  /** Only alerts with no system (unknown sources). */
  unmapped: Type.Optional(Type.Boolean()),
  from: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
  to: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export type AlertListQuery = Static<typeof AlertListQuerySchema>;

export const AlertViewSchema = Type.Object({
  id: Uuid,
  receivedAt: DateTimeString,
  occurredAt: Nullable(DateTimeString),
  sourceId: Uuid,
  sourceName: Type.String(),
  sourceKind: literals(ALERT_SOURCE_KINDS),
  externalId: Nullable(Type.String()),
  fingerprint: Type.String(),
  severity: Severity,
  status: literals(ALERT_STATUSES),
  ruleId: Nullable(Type.String()),
  ruleName: Nullable(Type.String()),
  category: Nullable(Type.String()),
  host: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  srcIp: Nullable(Type.String()),
  destIp: Nullable(Type.String()),
  url: Nullable(Type.String()),
  agent: Nullable(Type.String()),
  message: Nullable(Type.String()),
  resolved: Type.Boolean(),
  /** The name unknown sources are listed under (first of host, agent, URL host, IP). */
  hostKey: Nullable(Type.String()),
  systemId: Nullable(Uuid),
  systemName: Nullable(Type.String()),
  unitId: Nullable(Uuid),
  unitName: Nullable(Type.String()),
  groupId: Nullable(Uuid),
});
export type AlertView = Static<typeof AlertViewSchema>;
export const AlertPageSchema = Paged(AlertViewSchema);

export const AlertDetailSchema = Type.Composite([AlertViewSchema, Type.Object({ raw: Type.Unknown() })]);
export type AlertDetail = Static<typeof AlertDetailSchema>;

// --- groups ----------------------------------------------------------------------------------

export const AlertGroupListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  status: Type.Optional(literals(ALERT_GROUP_STATUSES)),
  sourceId: Type.Optional(RefId('alert_source')),
  unitId: Type.Optional(RefId('unit')),
  systemId: Type.Optional(RefId('system')),
  severity: Type.Optional(Severity),
  /** Only groups that have (true) or have not (false) an incident. */
  hasIncident: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export type AlertGroupListQuery = Static<typeof AlertGroupListQuerySchema>;

export const AlertGroupViewSchema = Type.Object({
  id: Uuid,
  sourceId: Uuid,
  sourceName: Type.String(),
  sourceKind: literals(ALERT_SOURCE_KINDS),
  fingerprint: Type.String(),
  status: literals(ALERT_GROUP_STATUSES),
  /** The highest severity seen in the group. */
  severity: Severity,
  ruleId: Nullable(Type.String()),
  ruleName: Nullable(Type.String()),
  category: Nullable(Type.String()),
  hostKey: Nullable(Type.String()),
  systemId: Nullable(Uuid),
  systemName: Nullable(Type.String()),
  unitId: Nullable(Uuid),
  unitName: Nullable(Type.String()),
  /** Alerts counted in the group (suppressed ones included). */
  count: Type.Integer(),
  suppressedCount: Type.Integer(),
  firstSeen: DateTimeString,
  lastSeen: DateTimeString,
  incidentId: Nullable(Uuid),
  incidentCode: Nullable(Type.String()),
  allowedActions: AllowedActions,
});
export type AlertGroupView = Static<typeof AlertGroupViewSchema>;
export const AlertGroupPageSchema = Paged(AlertGroupViewSchema);

export const AlertGroupDetailSchema = Type.Composite([
  AlertGroupViewSchema,
  Type.Object({
    /** The group's latest alerts (at most 100; the full list is GET /api/alerts?groupId=). */
    alerts: Type.Array(AlertViewSchema),
  }),
]);
export type AlertGroupDetail = Static<typeof AlertGroupDetailSchema>;

export const OpenIncidentFromGroupSchema = Type.Object(
  {
    /** The reporting unit when the group maps to no system (default: the focal office's unit). */
    unitId: Type.Optional(RefId('unit')),
    title: Type.Optional(Type.String({ minLength: 3, maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type OpenIncidentFromGroup = Static<typeof OpenIncidentFromGroupSchema>;

export const IncidentAlertsQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
});
export type IncidentAlertsQuery = Static<typeof IncidentAlertsQuerySchema>;

/** The alerts behind an incident: its groups and their latest alerts. */
export const IncidentAlertsSchema = Type.Object({
  groups: Type.Array(AlertGroupViewSchema),
  items: Type.Array(AlertViewSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

// --- unknown sources -------------------------------------------------------------------------

export const UnmappedListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export type UnmappedListQuery = Static<typeof UnmappedListQuerySchema>;

export const UnmappedHostSchema = Type.Object({
  value: Type.String(),
  kind: literals(HOST_KEY_KINDS),
  count: Type.Integer(),
  firstSeen: DateTimeString,
  lastSeen: DateTimeString,
  lastSourceName: Nullable(Type.String()),
});
export type UnmappedHost = Static<typeof UnmappedHostSchema>;
export const UnmappedPageSchema = Paged(UnmappedHostSchema);

/** Map an unknown host name / IP / agent to a system: later alerts (and recent unmapped ones) map. */
export const MapHostSchema = Type.Object(
  {
    value: Type.String({ minLength: 1, maxLength: 255 }),
    systemId: RefId('system'),
  },
  { additionalProperties: false },
);
export type MapHost = Static<typeof MapHostSchema>;
export const MapHostResultSchema = Type.Object({
  value: Type.String(),
  systemId: Uuid,
  /** Alerts of the last 7 days and open groups that now name the system. */
  remappedAlerts: Type.Integer(),
  remappedGroups: Type.Integer(),
});

export const HostAliasViewSchema = Type.Object({
  value: Type.String(),
  systemId: Uuid,
  systemName: Type.String(),
  createdAt: DateTimeString,
});
export const HostAliasListSchema = Items(HostAliasViewSchema);

// --- suppressions and maintenance windows ----------------------------------------------------

export const SuppressionInputSchema = Type.Object(
  {
    sourceId: Type.Optional(Nullable(RefId('alert_source'))),
    ruleId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 255 }))),
    host: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 255 }))),
    fingerprint: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    reason: Type.String({ minLength: 3, maxLength: 500 }),
    expiresAt: Type.Optional(Nullable(Type.String({ format: 'date-time', maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export type SuppressionInput = Static<typeof SuppressionInputSchema>;
export const SuppressionPatchSchema = Type.Partial(SuppressionInputSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type SuppressionPatch = Static<typeof SuppressionPatchSchema>;

export const SuppressionViewSchema = Type.Object({
  id: Uuid,
  sourceId: Nullable(Uuid),
  sourceName: Nullable(Type.String()),
  ruleId: Nullable(Type.String()),
  host: Nullable(Type.String()),
  fingerprint: Nullable(Type.String()),
  reason: Type.String(),
  expiresAt: Nullable(DateTimeString),
  active: Type.Boolean(),
  /** Alerts this rule suppressed. */
  hits: Type.Integer(),
  createdAt: DateTimeString,
  createdByName: Nullable(Type.String()),
});
export type SuppressionView = Static<typeof SuppressionViewSchema>;
export const SuppressionListSchema = Items(SuppressionViewSchema);

export const MaintenanceInputSchema = Type.Object(
  {
    systemId: RefId('system'),
    startsAt: Type.String({ format: 'date-time', maxLength: 40 }),
    endsAt: Type.String({ format: 'date-time', maxLength: 40 }),
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type MaintenanceInput = Static<typeof MaintenanceInputSchema>;
export const MaintenancePatchSchema = Type.Partial(Type.Omit(MaintenanceInputSchema, ['systemId']), {
  additionalProperties: false,
  minProperties: 1,
});
export type MaintenancePatch = Static<typeof MaintenancePatchSchema>;
export const MaintenanceListQuerySchema = Type.Object({
  systemId: Type.Optional(RefId('system')),
  /** Include windows that ended (default: current and future ones only). */
  past: Type.Optional(Type.Boolean()),
});
export type MaintenanceListQuery = Static<typeof MaintenanceListQuerySchema>;

export const MaintenanceViewSchema = Type.Object({
  id: Uuid,
  systemId: Uuid,
  systemName: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  startsAt: DateTimeString,
  endsAt: DateTimeString,
  reason: Type.String(),
  active: Type.Boolean(),
  createdAt: DateTimeString,
});
export type MaintenanceView = Static<typeof MaintenanceViewSchema>;
export const MaintenanceListSchema = Items(MaintenanceViewSchema);

// --- sources ---------------------------------------------------------------------------------

export const AlertSourceInputSchema = Type.Object(
  {
    kind: literals(WEBHOOK_KINDS),
    name: Type.String({ minLength: 2, maxLength: 120 }),
    /** The API token (scope alerts.write) the tool posts with. */
    tokenId: RefId('token'),
    /** Fields the fingerprint is made of (default per kind). */
    fingerprintFields: Type.Optional(
      Nullable(Type.Array(literals(FINGERPRINT_FIELDS), { minItems: 1, maxItems: 10, uniqueItems: true })),
    ),
    /** Alerts per minute; 0 = no limit. */
    ratePerMinute: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AlertSourceInput = Static<typeof AlertSourceInputSchema>;
export const AlertSourcePatchSchema = Type.Partial(Type.Omit(AlertSourceInputSchema, ['kind', 'tokenId']), {
  additionalProperties: false,
  minProperties: 1,
});
export type AlertSourcePatch = Static<typeof AlertSourcePatchSchema>;

export const AlertSourceViewSchema = Type.Object({
  id: Uuid,
  kind: literals(ALERT_SOURCE_KINDS),
  name: Type.String(),
  tokenId: Nullable(Uuid),
  tokenName: Nullable(Type.String()),
  /** The unit of the token's owner: incidents of unmapped alerts are filed under it. */
  unitId: Uuid,
  unitName: Type.String(),
  fingerprintFields: Type.Array(literals(FINGERPRINT_FIELDS)),
  ratePerMinute: Type.Integer(),
  enabled: Type.Boolean(),
  received: Type.Integer(),
  refused: Type.Integer(),
  lastReceivedAt: Nullable(DateTimeString),
  createdAt: DateTimeString,
  /** The path the tool posts to. */
  webhookPath: Type.String(),
});
export type AlertSourceView = Static<typeof AlertSourceViewSchema>;
export const AlertSourceListSchema = Items(AlertSourceViewSchema);

// --- settings --------------------------------------------------------------------------------

export const AlertSettingsSchema = Type.Object(
  {
    retentionDays: Type.Integer({ minimum: 1, maximum: 3_650 }),
    correlationWindowMinutes: Type.Integer({ minimum: 1, maximum: 10_080 }),
    incidentSeverity: Severity,
    timelineEveryMinutes: Type.Integer({ minimum: 1, maximum: 1_440 }),
  },
  { additionalProperties: false },
);
export type AlertSettingsBody = Static<typeof AlertSettingsSchema>;

export const AlertDeletedSchema = DeletedSchema;
