import { type Static, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, DayString, literals, Nullable, Paged, Uuid } from '../api-shapes.ts';
import { SubtypeSchema, TierSchema } from '../incidents/schemas.ts';
import { CAUSE_GROUPS } from '../incidents/taxonomy.ts';
import { RefId } from '../refs.ts';
import { FOLLOWUP_STATUSES } from './lessons.ts';

// The lessons library API (seed I.2; docs/decisions/0026). A lesson's id is its incident's id.

export const LessonListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  /** Words of the lesson, cause or actions; accent-insensitive like incident search. */
  q: Type.Optional(Type.String({ maxLength: 200 })),
  causeGroup: Type.Optional(literals(CAUSE_GROUPS)),
  subtype: Type.Optional(SubtypeSchema),
});
export type LessonListQuery = Static<typeof LessonListQuerySchema>;

export const FollowupInputSchema = Type.Object(
  {
    /** What changed (or will) because of the lesson. */
    action: Type.String({ minLength: 1, maxLength: 2000 }),
    /** Who does it: an office or a person. */
    doneBy: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    dueOn: Type.Optional(Nullable(DayString)),
    doneOn: Type.Optional(Nullable(DayString)),
    status: Type.Optional(literals(FOLLOWUP_STATUSES)),
  },
  { additionalProperties: false },
);
export type FollowupInput = Static<typeof FollowupInputSchema>;
export const FollowupPatchSchema = Type.Partial(FollowupInputSchema, {
  additionalProperties: false,
  minProperties: 1,
});
export type FollowupPatch = Static<typeof FollowupPatchSchema>;

export const LessonRiskLinkInputSchema = Type.Object(
  { riskId: RefId('risk') },
  { additionalProperties: false },
);

export const LessonRiskParamsSchema = Type.Object({ id: RefId('lesson'), riskId: RefId('risk') });

export const FollowupViewSchema = Type.Object({
  id: Uuid,
  lessonId: Uuid,
  action: Type.String(),
  /** Null when the reader may not see the incident (no names). */
  doneBy: Nullable(Type.String()),
  dueOn: Nullable(DayString),
  doneOn: Nullable(DayString),
  status: literals(FOLLOWUP_STATUSES),
  version: Type.Integer(),
  updatedAt: DateTimeString,
});
export type FollowupView = Static<typeof FollowupViewSchema>;

export const LessonRiskSchema = Type.Object({
  id: Uuid,
  subtype: Type.String(),
  systemName: Type.String(),
  score: Type.Integer(),
  band: Type.String(),
});

export const LessonViewSchema = Type.Object({
  id: Uuid,
  /** False: the reader may not see the incident; code, title, unit and indicators are left out. */
  full: Type.Boolean(),
  incidentCode: Nullable(Type.String()),
  title: Nullable(Type.String()),
  /** Null when redacted: shown as "một đơn vị". */
  unitName: Nullable(Type.String()),
  causeGroup: Nullable(literals(CAUSE_GROUPS)),
  subtype: Nullable(SubtypeSchema),
  tier: TierSchema,
  detectedAt: DateTimeString,
  closedAt: Nullable(DateTimeString),
  lessons: Type.String(),
  causeSummary: Nullable(Type.String()),
  actionsTaken: Nullable(Type.String()),
  /** Risks the lesson touches that the reader may see. */
  risks: Type.Array(LessonRiskSchema),
  followups: Type.Array(FollowupViewSchema),
  allowedActions: AllowedActions,
});
export type LessonView = Static<typeof LessonViewSchema>;
export const LessonPageSchema = Paged(LessonViewSchema);
