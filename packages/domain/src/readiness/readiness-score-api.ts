import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, DayString, LocalizedTextSchema, Nullable, Paged } from '../api-shapes.ts';
import { UnitTypeSchema } from '../org/schemas.ts';
import { READINESS_CRITERION_CODES } from './criteria.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const CriterionCode = literals(READINESS_CRITERION_CODES);

export const ReadinessQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  type: Type.Optional(UnitTypeSchema),
});

export const UnitReadinessSchema = Type.Object({
  unitId: Type.String({ format: 'uuid' }),
  unitCode: Type.String(),
  unitName: Type.String(),
  unitType: UnitTypeSchema,
  /** 0–100: weights of met criteria over weights of applicable ones. */
  score: Type.Integer(),
  criteria: Type.Array(
    Type.Object({
      code: CriterionCode,
      status: literals(['met', 'not_met', 'not_applicable'] as const),
      met: Type.Boolean(),
      weight: Type.Integer(),
      label: LocalizedTextSchema,
      /** Why, with the dates and systems involved. */
      reason: LocalizedTextSchema,
    }),
  ),
  computedAt: DateTimeString,
});
export const ReadinessPageSchema = Paged(UnitReadinessSchema);

/** Score bands of the summary: our judgement, shown with their bounds. */
export const READINESS_BANDS = [
  { band: 'weak', from: 0, to: 49 },
  { band: 'partial', from: 50, to: 79 },
  { band: 'good', from: 80, to: 100 },
] as const;

export const ReadinessSummarySchema = Type.Object({
  units: Type.Integer(),
  averageScore: Nullable(Type.Number()),
  distribution: Type.Array(
    Type.Object({ band: Type.String(), from: Type.Integer(), to: Type.Integer(), count: Type.Integer() }),
  ),
  criteria: Type.Array(
    Type.Object({
      code: CriterionCode,
      label: LocalizedTextSchema,
      met: Type.Integer(),
      notMet: Type.Integer(),
      notApplicable: Type.Integer(),
    }),
  ),
  computedAt: DateTimeString,
});

export const DueLicenceSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  unitId: Type.String({ format: 'uuid' }),
  unitName: Type.String(),
  kind: Type.String(),
  product: Type.String(),
  expiresOn: DayString,
  daysToExpiry: Type.Integer(),
});

export type UnitReadiness = Static<typeof UnitReadinessSchema>;
export type CriterionStatus = UnitReadiness['criteria'][number]['status'];
export type ReadinessSummary = Static<typeof ReadinessSummarySchema>;
export type DueLicence = Static<typeof DueLicenceSchema>;
