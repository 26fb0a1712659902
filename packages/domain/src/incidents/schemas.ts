import { type Static, Type } from '@sinclair/typebox';
import { RefId } from '../refs.ts';
import { INCIDENT_STATES } from './lifecycle.ts';
import { ObservableKindSchema } from './observables.ts';
import { TIERS } from './severity.ts';
import { SUBTYPES } from './taxonomy.ts';
import { TriggerFlagsSchema } from './triggers.ts';

// Input schemas of the incidents module: the routes validate with them.

const instant = Type.String({ format: 'date-time' });
const text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });

export const SubtypeSchema = Type.Union(SUBTYPES.map((s) => Type.Literal(s)));
export const IncidentStateSchema = Type.Union(INCIDENT_STATES.map((s) => Type.Literal(s)));
export const TierSchema = Type.Union(TIERS.map((t) => Type.Literal(t)));

/** What a unit officer fills in within a minute (seed II.1.c triggers as plain questions). */
export const IncidentReportSchema = Type.Object(
  {
    title: text(300, 3),
    description: Type.Optional(text(20_000)),
    detectedAt: instant,
    /** Defaults to the reporter's unit; the focal office may report on behalf of another unit. */
    reportingUnitId: Type.Optional(RefId('unit')),
    systemId: Type.Optional(Type.Union([RefId('system'), Type.Null()])),
    systemText: Type.Optional(Type.Union([text(300), Type.Null()])),
    triggers: Type.Optional(Type.Partial(TriggerFlagsSchema)),
    personalData: Type.Optional(Type.Boolean()),
    ciaAffected: Type.Optional(Type.Boolean()),
    contact: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(text(200)),
          phone: Type.Optional(Type.String({ pattern: '^[0-9+() .-]{0,20}$' })),
          email: Type.Optional(
            Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')]),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type IncidentReportInput = Static<typeof IncidentReportSchema>;

/** Public intake form (no account): the same facts plus who is writing; `website` is the honeypot. */
export const PublicIncidentReportSchema = Type.Object(
  {
    title: text(300, 3),
    description: text(10_000, 10),
    detectedAt: instant,
    unitCode: Type.Optional(text(40)),
    reporterName: text(200, 2),
    reporterPhone: Type.Optional(Type.String({ pattern: '^[0-9+() .-]{0,20}$' })),
    reporterEmail: Type.Optional(
      Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')]),
    ),
    website: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type PublicIncidentReportInput = Static<typeof PublicIncidentReportSchema>;

export const IncidentPatchSchema = Type.Partial(
  Type.Object({
    title: text(300, 3),
    description: text(20_000),
    detectedAt: instant,
    systemId: Type.Union([RefId('system'), Type.Null()]),
    systemText: Type.Union([text(300), Type.Null()]),
    triggers: Type.Partial(TriggerFlagsSchema),
    personalData: Type.Boolean(),
    ciaAffected: Type.Boolean(),
    nationalSecurityHarm: Type.Boolean(),
    causeSummary: Type.Union([text(10_000), Type.Null()]),
    actionsTaken: Type.Union([text(10_000), Type.Null()]),
    lessonsLearned: Type.Union([text(10_000), Type.Null()]),
    /** Mẫu 03 section 7: how the incident was detected. */
    howDetected: Type.Union([text(5_000), Type.Null()]),
    /** Mẫu 03 section 10: the support the unit asks for. */
    supportRequest: Type.Union([text(5_000), Type.Null()]),
    /** Mẫu 03 section 11: keep the incident's information confidential. */
    keepConfidential: Type.Boolean(),
    /** Mẫu 05 of TT 20/2017: help received from domestic / foreign organisations, and who helped. */
    helpDomestic: Type.Boolean(),
    helpForeign: Type.Boolean(),
    helpingOrganisations: Type.Union([text(2_000), Type.Null()]),
    /** Mẫu 05: support was requested from the national coordinator. */
    coordinatorSupportRequested: Type.Boolean(),
    /** Mẫu 05: estimated damage in đồng. */
    damageEstimate: Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 }), Type.Null()]),
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type IncidentPatch = Static<typeof IncidentPatchSchema>;

export const ClassifySchema = Type.Object({ subtype: SubtypeSchema }, { additionalProperties: false });

export const TransitionSchema = Type.Object(
  {
    to: IncidentStateSchema,
    rejectionReason: Type.Optional(text(2000, 3)),
    duplicateOfId: Type.Optional(RefId('incident')),
    reopenReason: Type.Optional(text(2000, 3)),
    /** Closing: how each open item the person saw is settled (see closure.ts). */
    resolution: Type.Optional(
      Type.Object(
        {
          reason: text(2000, 3),
          cancelTaskIds: Type.Array(RefId('task'), { maxItems: 500, uniqueItems: true }),
          waiveDeadlineCodes: Type.Array(Type.String({ pattern: '^[a-z0-9_.-]{1,80}$' }), {
            maxItems: 50,
            uniqueItems: true,
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TransitionInput = Static<typeof TransitionSchema>;

export const AssignSchema = Type.Object(
  {
    leadUserId: Type.Optional(Type.Union([RefId('user'), Type.Null()])),
    respondingUnitIds: Type.Optional(Type.Array(RefId('unit'), { maxItems: 50, uniqueItems: true })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AssignInput = Static<typeof AssignSchema>;

export const TaskInputSchema = Type.Object(
  {
    title: text(300, 2),
    instructions: Type.Optional(text(5000)),
    phase: Type.Optional(
      Type.Union(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map((p) => Type.Literal(p))),
    ),
    assigneeUnitId: Type.Optional(Type.Union([RefId('unit'), Type.Null()])),
    assigneeUserId: Type.Optional(Type.Union([RefId('user'), Type.Null()])),
    dueAt: Type.Optional(Type.Union([instant, Type.Null()])),
  },
  { additionalProperties: false },
);
export type TaskInput = Static<typeof TaskInputSchema>;

export const TaskPatchSchema = Type.Partial(
  Type.Object({
    assigneeUnitId: Type.Union([RefId('unit'), Type.Null()]),
    assigneeUserId: Type.Union([RefId('user'), Type.Null()]),
    dueAt: Type.Union([instant, Type.Null()]),
    title: text(300, 2),
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type TaskPatch = Static<typeof TaskPatchSchema>;

export const TaskResponseSchema = Type.Object(
  {
    action: Type.Union([
      Type.Literal('accept'),
      Type.Literal('decline'),
      Type.Literal('start'),
      Type.Literal('complete'),
      Type.Literal('reopen'),
      Type.Literal('cancel'),
    ]),
    reason: Type.Optional(text(2000)),
    note: Type.Optional(text(5000)),
  },
  { additionalProperties: false },
);
export type TaskResponseInput = Static<typeof TaskResponseSchema>;

export const CommentSchema = Type.Object({ body: text(10_000, 1) }, { additionalProperties: false });

export const TimelineEntrySchema = Type.Object(
  { at: instant, text: text(5000, 2) },
  { additionalProperties: false },
);

export const ObservableInputSchema = Type.Object(
  {
    kind: ObservableKindSchema,
    value: text(2000, 1),
  },
  { additionalProperties: false },
);
export type ObservableInput = Static<typeof ObservableInputSchema>;

export const LinkSchema = Type.Object(
  { otherId: RefId('incident'), kind: Type.Union([Type.Literal('related'), Type.Literal('duplicate')]) },
  { additionalProperties: false },
);

export const MergeSchema = Type.Object({ intoId: RefId('incident') }, { additionalProperties: false });

export const SplitSchema = Type.Object(
  {
    title: text(300, 3),
    description: Type.Optional(text(20_000)),
    taskIds: Type.Optional(Type.Array(RefId('task'), { maxItems: 200 })),
  },
  { additionalProperties: false },
);

export const EscalateSchema = Type.Object(
  {
    toUnitId: RefId('unit'),
    channel: Type.Union(['email', 'letter', 'phone', 'portal', 'other'].map((c) => Type.Literal(c))),
    summary: text(5000, 5),
    share: Type.Optional(
      Type.Object(
        {
          description: Type.Optional(Type.Boolean()),
          timeline: Type.Optional(Type.Boolean()),
          evidence: Type.Optional(Type.Boolean()),
          observables: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type EscalateInput = Static<typeof EscalateSchema>;

export const DocSentSchema = Type.Object(
  { sentAt: instant, sentTo: text(500, 2), reference: Type.Optional(text(100)) },
  { additionalProperties: false },
);

export const IncidentListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  state: Type.Optional(Type.Array(IncidentStateSchema, { maxItems: 10 })),
  tier: Type.Optional(Type.Array(TierSchema, { maxItems: 5 })),
  subtype: Type.Optional(Type.Array(SubtypeSchema, { maxItems: 25 })),
  causeGroup: Type.Optional(
    Type.Union(['attack', 'failure', 'operator', 'disaster'].map((g) => Type.Literal(g))),
  ),
  unitId: Type.Optional(RefId('unit')),
  systemId: Type.Optional(RefId('system')),
  leadUserId: Type.Optional(RefId('user')),
  from: Type.Optional(instant),
  to: Type.Optional(instant),
  overdue: Type.Optional(Type.Boolean()),
  sort: Type.Optional(
    Type.Union(
      ['detected_desc', 'detected_asc', 'tier_desc', 'updated_desc', 'code_desc'].map((s) => Type.Literal(s)),
    ),
  ),
});
export type IncidentListQuery = Static<typeof IncidentListQuerySchema>;
