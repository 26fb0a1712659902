import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Items, LocalizedTextSchema, literals, Nullable, Uuid } from '../api-shapes.ts';
import { UnitTypeSchema } from '../org/schemas.ts';
import { DEADLINE_CONDITIONS, RECIPIENT_KINDS } from '../regimes/regime.ts';
import { TlpSchema } from '../sharing/tlp.ts';
import { ClassificationSuggestionSchema } from './classifier.ts';
import { DEADLINE_STATUSES } from './deadlines.ts';
import { TRANSITION_CODES } from './lifecycle.ts';
import { IncidentReportSchema, IncidentStateSchema, SubtypeSchema, TierSchema } from './schemas.ts';
import { SEVERITY_RULES } from './severity.ts';
import { CAUSE_GROUPS } from './taxonomy.ts';
import { TriggerFlagsSchema } from './triggers.ts';

// Response schemas of the incidents routes: intake, list, detail, lifecycle, merge/split, saved
// filters. The server serialises by them; the web app derives its types from them.

/** What the actor may do on an incident (the detail's `allowedActions`). */
export const INCIDENT_ACTIONS = [
  'incident.update',
  'incident.triage',
  'incident.assign',
  'incident.transition',
  'incident.escalate',
  'incident.merge',
  'incident.report_docs',
  'task.create',
  'evidence.upload',
  'evidence.read',
  'comment.create',
] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

/** `{ ok: true }`: a change that has nothing else to tell. */
export const OkSchema = Type.Object({ ok: Type.Boolean() });

/** List rows: enough to scan a queue, no heavy fields. */
export const IncidentSummarySchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  title: Type.String(),
  state: IncidentStateSchema,
  tier: TierSchema,
  serious: Type.Boolean(),
  causeGroup: Nullable(literals(CAUSE_GROUPS)),
  subtype: Nullable(SubtypeSchema),
  classificationConfirmed: Type.Boolean(),
  detectedAt: DateTimeString,
  reportedAt: DateTimeString,
  reportingUnitId: Uuid,
  systemId: Nullable(Uuid),
  systemText: Nullable(Type.String()),
  leadUserId: Nullable(Uuid),
  updatedAt: DateTimeString,
});
export type IncidentSummary = Static<typeof IncidentSummarySchema>;

export const IncidentPageSchema = Type.Object({
  items: Type.Array(IncidentSummarySchema),
  total: Type.Integer(),
  /** The count stopped at its cap: "more than `total`". */
  totalCapped: Type.Boolean(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const SeveritySchema = Type.Object({
  tier: TierSchema,
  serious: Type.Boolean(),
  unclassifiedLevel: Type.Boolean(),
  effectiveLevel: Type.Integer(),
  rule: literals(SEVERITY_RULES),
  reasons: Type.Array(LocalizedTextSchema),
});
export type Severity = Static<typeof SeveritySchema>;

export const AvailableTransitionSchema = Type.Object({
  code: literals(TRANSITION_CODES),
  to: IncidentStateSchema,
  label: LocalizedTextSchema,
  /** Requirements still missing; empty when the transition can be done now. */
  missing: Type.Array(Type.String()),
});
export type AvailableTransition = Static<typeof AvailableTransitionSchema>;

export const ReporterContactSchema = Type.Object({
  name: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
});

/** An incident as its people see it; an escalated body sees a reduced one (`visibility`). */
export const IncidentViewSchema = Type.Object({
  ...IncidentSummarySchema.properties,
  description: Nullable(Type.String()),
  reporterUserId: Nullable(Uuid),
  reporterContact: Nullable(ReporterContactSchema),
  channel: Type.String(),
  triggers: TriggerFlagsSchema,
  ciaAffected: Type.Boolean(),
  personalData: Type.Boolean(),
  nationalSecurityHarm: Type.Boolean(),
  suggestion: Nullable(ClassificationSuggestionSchema),
  confirmedBy: Nullable(Uuid),
  confirmedAt: Nullable(DateTimeString),
  severity: SeveritySchema,
  regimeId: Type.String(),
  respondingUnitIds: Type.Array(Uuid),
  escalatedUnitIds: Type.Array(Uuid),
  playbookCode: Nullable(Type.String()),
  playbookVersion: Nullable(Type.Integer()),
  causeSummary: Nullable(Type.String()),
  actionsTaken: Nullable(Type.String()),
  lessonsLearned: Nullable(Type.String()),
  /** Mẫu 03 sections 7, 10, 11. */
  howDetected: Nullable(Type.String()),
  supportRequest: Nullable(Type.String()),
  keepConfidential: Type.Boolean(),
  /** How far its indicators may be shared (TLP 2.0; issue 11). */
  tlp: TlpSchema,
  /** Mẫu 05 figures (null/false for an escalated view). */
  helpDomestic: Type.Boolean(),
  helpForeign: Type.Boolean(),
  helpingOrganisations: Nullable(Type.String()),
  coordinatorSupportRequested: Type.Boolean(),
  damageEstimate: Nullable(Type.Integer()),
  rejectionReason: Nullable(Type.String()),
  duplicateOfId: Nullable(Uuid),
  mergedIntoId: Nullable(Uuid),
  closedAt: Nullable(DateTimeString),
  version: Type.Integer(),
  visibility: literals(['full', 'escalated'] as const),
  allowedActions: Type.Array(literals(INCIDENT_ACTIONS)),
  transitions: Type.Array(AvailableTransitionSchema),
});
export type IncidentView = Static<typeof IncidentViewSchema>;

/** A legal reporting deadline with its countdown (domain README §4). */
export const DeadlineSchema = Type.Object({
  code: Type.String(),
  label: LocalizedTextSchema,
  when: literals(DEADLINE_CONDITIONS),
  startsAt: DateTimeString,
  dueAt: DateTimeString,
  immediate: Type.Boolean(),
  recipients: Type.Array(literals(RECIPIENT_KINDS)),
  formCode: Type.Optional(Type.String()),
  basis: Type.String(),
  unverified: Type.Boolean(),
  doneAt: Nullable(Type.String()),
  /** Recorded as not sent when the incident was closed. */
  waived: Nullable(Type.Object({ at: Type.String(), reason: Type.String() })),
  /** Set once the incident has ended: its clocks no longer count. */
  clockStoppedAt: Nullable(DateTimeString),
  status: literals(DEADLINE_STATUSES),
  remainingMs: Type.Number(),
});
export type Deadline = Static<typeof DeadlineSchema>;

export const TimelineItemSchema = Type.Object({
  /** A bigserial: a string from PostgreSQL, a number from PGlite. */
  id: Type.Union([Type.String(), Type.Integer()]),
  at: DateTimeString,
  kind: literals(['auto', 'manual'] as const),
  event: Type.String(),
  actorLabel: Nullable(Type.String()),
  /** The person's full name when the entry was made by a user. */
  actorName: Nullable(Type.String()),
  text: Nullable(Type.String()),
  data: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type TimelineItem = Static<typeof TimelineItemSchema>;

export const IncidentDetailSchema = Type.Object({
  ...IncidentViewSchema.properties,
  playbookTitle: Nullable(LocalizedTextSchema),
  deadlines: Type.Array(DeadlineSchema),
  regime: Type.Object({ id: Type.String(), name: LocalizedTextSchema }),
  units: Type.Array(Type.Object({ id: Uuid, name: Type.String(), type: UnitTypeSchema })),
  timeline: Type.Array(TimelineItemSchema),
});
export type IncidentDetail = Static<typeof IncidentDetailSchema>;

/** The answer to a report made by a signed-in user or an API token (201). */
export const AcknowledgementSchema = Type.Object({
  incident: IncidentViewSchema,
  acknowledgement: Type.Object({
    code: Type.String(),
    receivedAt: DateTimeString,
    message: LocalizedTextSchema,
  }),
});
export type Acknowledgement = Static<typeof AcknowledgementSchema>;

/** Most reports one batch may carry (issue 13). */
export const MAX_BATCH_REPORTS = 500;

/**
 * Batch intake for machines (`POST /api/incidents:batch`), one transaction per batch. `per_item`
 * (the default) files every valid report and answers each item's error; `all_or_nothing` files
 * nothing when any item is refused.
 */
export const IncidentBatchSchema = Type.Object(
  {
    mode: Type.Optional(literals(['per_item', 'all_or_nothing'] as const)),
    reports: Type.Array(IncidentReportSchema, { minItems: 1, maxItems: MAX_BATCH_REPORTS }),
  },
  { additionalProperties: false },
);
export type IncidentBatchInput = Static<typeof IncidentBatchSchema>;

/** One item's outcome, by its place in the request: the incident filed, or the error code. */
export const BatchItemResultSchema = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  ok: Type.Boolean(),
  id: Nullable(Uuid),
  code: Nullable(Type.String()),
  tier: Nullable(TierSchema),
  error: Nullable(Type.String()),
});
export type BatchItemResult = Static<typeof BatchItemResultSchema>;

export const IncidentBatchResultSchema = Type.Object({
  mode: literals(['per_item', 'all_or_nothing'] as const),
  /** Whether the batch's transaction committed anything. */
  committed: Type.Boolean(),
  created: Type.Integer({ minimum: 0 }),
  failed: Type.Integer({ minimum: 0 }),
  results: Type.Array(BatchItemResultSchema),
});
export type IncidentBatchResult = Static<typeof IncidentBatchResultSchema>;

/** The answer to a public report (202); `code` is null when the honeypot caught a robot. */
export const PublicAcknowledgementSchema = Type.Object({
  accepted: Type.Boolean(),
  code: Nullable(Type.String()),
  message: Type.Optional(LocalizedTextSchema),
});
export type PublicAcknowledgement = Static<typeof PublicAcknowledgementSchema>;

export const PublicIntakeStatusSchema = Type.Object({ enabled: Type.Boolean() });

export const IntakeSettingsViewSchema = Type.Object({
  enabled: Type.Boolean(),
  /** The unit a public report is filed under when the reporter names none. */
  defaultUnitId: Nullable(Uuid),
});
export type IntakeSettingsView = Static<typeof IntakeSettingsViewSchema>;

/** What closing would have to settle: unfinished tasks, legal reports neither made nor waived. */
export const OpenItemsSchema = Type.Object({
  tasks: Type.Array(
    Type.Object({
      id: Uuid,
      title: LocalizedTextSchema,
      status: Type.String(),
      assigneeUnitId: Nullable(Uuid),
      assigneeUserId: Nullable(Uuid),
      dueAt: Nullable(DateTimeString),
    }),
  ),
  deadlines: Type.Array(
    Type.Object({
      code: Type.String(),
      label: LocalizedTextSchema,
      dueAt: DateTimeString,
      status: literals(DEADLINE_STATUSES),
      formCode: Nullable(Type.String()),
    }),
  ),
});

export const SavedFilterSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  query: Type.Record(Type.String(), Type.Unknown()),
});
export type SavedFilter = Static<typeof SavedFilterSchema>;
export const SavedFilterListSchema = Items(SavedFilterSchema);
