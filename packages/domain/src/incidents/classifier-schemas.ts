import { type Static, Type } from '@sinclair/typebox';
import { RefId } from '../refs.ts';
import { IncidentStateSchema, SubtypeSchema } from './schemas.ts';
import { CAUSE_GROUPS } from './taxonomy.ts';

// Request and response schemas of the classifier's learning and of similar incidents (issue 14).

const instant = Type.String({ format: 'date-time' });
const CauseGroupSchema = Type.Union(CAUSE_GROUPS.map((g) => Type.Literal(g)));

export const AccuracyQuerySchema = Type.Object(
  { from: Type.Optional(instant), to: Type.Optional(instant) },
  { additionalProperties: false },
);
export type AccuracyQuery = Static<typeof AccuracyQuerySchema>;

const Tally = {
  n: Type.Integer({ minimum: 0 }),
  /** Reports that had a suggestion at all. */
  suggested: Type.Integer({ minimum: 0 }),
  groupRight: Type.Integer({ minimum: 0 }),
  subtypeRight: Type.Integer({ minimum: 0 }),
};

export const AccuracyReportSchema = Type.Object({
  from: instant,
  to: instant,
  overall: Type.Object(Tally),
  byMonth: Type.Array(Type.Object({ month: Type.String(), ...Tally })),
  byGroup: Type.Array(Type.Object({ group: CauseGroupSchema, ...Tally })),
  bySubtype: Type.Array(Type.Object({ subtype: SubtypeSchema, ...Tally })),
  /** Sparse confusion table: confirmed subtype × suggested subtype (null: no suggestion). */
  confusion: Type.Array(
    Type.Object({
      confirmed: SubtypeSchema,
      suggested: Type.Union([SubtypeSchema, Type.Null()]),
      n: Type.Integer({ minimum: 1 }),
    }),
  ),
});
export type AccuracyReport = Static<typeof AccuracyReportSchema>;

export const ClassifierStatusSchema = Type.Object({
  /** "shipped" or "office-N". */
  activeVersion: Type.String(),
  models: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      version: Type.String(),
      officeExamples: Type.Integer(),
      trainMs: Type.Integer(),
      active: Type.Boolean(),
      trainedAt: instant,
      rolledBackAt: Type.Union([instant, Type.Null()]),
    }),
  ),
  /** Decisions made since the model last changed, which the next retraining will learn. */
  pendingExamples: Type.Integer({ minimum: 0 }),
});
export type ClassifierStatus = Static<typeof ClassifierStatusSchema>;

/** A report being written (intake): find what it may duplicate before filing it. */
export const SimilarDraftSchema = Type.Object(
  {
    title: Type.String({ maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 20_000 })),
    systemId: Type.Optional(Type.Union([RefId('system'), Type.Null()])),
  },
  { additionalProperties: false },
);
export type SimilarDraft = Static<typeof SimilarDraftSchema>;

export const SimilarIncidentsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      code: Type.String(),
      title: Type.String(),
      state: IncidentStateSchema,
      detectedAt: instant,
      reportingUnitId: Type.String({ format: 'uuid' }),
      /** 0..1: how alike, all reasons together. */
      score: Type.Number({ minimum: 0, maximum: 1 }),
      /** 0..1: likeness of the words (accent-, case- and typing-slip-insensitive). */
      textSimilarity: Type.Number({ minimum: 0, maximum: 1 }),
      sharedObservables: Type.Array(Type.String()),
      sameSystem: Type.Boolean(),
      sameUnit: Type.Boolean(),
    }),
  ),
});
export type SimilarIncidents = Static<typeof SimilarIncidentsSchema>;
