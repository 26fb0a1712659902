import { type Static, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, DayString, Nullable, Paged } from '../api-shapes.ts';
import { RefId } from '../refs.ts';
import {
  APPROVAL_STATUSES,
  BACKUP_STATUSES,
  DATA_SENSITIVITIES,
  HOSTING_KINDS,
  InformationSystemInputSchema,
  SecurityLevelSchema,
  SYSTEM_KINDS,
  SystemAddressSchema,
  SystemContactSchema,
} from './system.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** Creating a system takes the domain's input as is; a patch may carry any subset of it. */
export const SystemPatchSchema = Type.Partial(InformationSystemInputSchema, { additionalProperties: false });
export type SystemPatch = Static<typeof SystemPatchSchema>;

export const SystemKindSchema = literals(SYSTEM_KINDS);

export const SystemListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  /** Owner or operating unit. */
  unitId: Type.Optional(RefId('unit')),
  level: Type.Optional(SecurityLevelSchema),
  kind: Type.Optional(SystemKindSchema),
  critical: Type.Optional(Type.Boolean()),
  includeArchived: Type.Optional(Type.Boolean()),
});
export type SystemListQuery = Static<typeof SystemListQuerySchema>;

export const SystemViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  kind: SystemKindSchema,
  ownerUnitId: Type.String({ format: 'uuid' }),
  ownerUnitName: Type.String(),
  operatingUnitId: Type.String({ format: 'uuid' }),
  operatingUnitName: Type.String(),
  securityLevel: SecurityLevelSchema,
  levelApproval: Type.Object({
    status: literals(APPROVAL_STATUSES),
    decisionRef: Nullable(Type.String()),
    decisionDate: Nullable(DayString),
  }),
  nationalCritical: Type.Boolean(),
  dataSensitivity: literals(DATA_SENSITIVITIES),
  hosting: Type.Object({ kind: literals(HOSTING_KINDS), provider: Type.Optional(Type.String()) }),
  providers: Type.Object({
    security: Type.Optional(Type.String()),
    connectivity: Type.Optional(Type.String()),
  }),
  addresses: Type.Array(SystemAddressSchema),
  software: Type.Array(Type.Object({ product: Type.String(), version: Type.Optional(Type.String()) })),
  backup: Type.Object({ status: literals(BACKUP_STATUSES), lastRestoreTestAt: Nullable(DayString) }),
  contacts: Type.Array(SystemContactSchema),
  notes: Nullable(Type.String()),
  archived: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type SystemView = Static<typeof SystemViewSchema>;
export const SystemPageSchema = Paged(SystemViewSchema);

export const DependencyInputSchema = Type.Object(
  {
    /** The system this one depends on: if it goes down, this one is at risk. */
    dependsOnId: RefId('system'),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type DependencyInput = Static<typeof DependencyInputSchema>;

export const SystemRefSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  securityLevel: SecurityLevelSchema,
  nationalCritical: Type.Boolean(),
  ownerUnitId: Type.String({ format: 'uuid' }),
  operatingUnitId: Type.String({ format: 'uuid' }),
});
export type SystemRef = Static<typeof SystemRefSchema>;

export const DependenciesViewSchema = Type.Object({
  systemId: Type.String({ format: 'uuid' }),
  /** What this system relies on directly. */
  dependsOn: Type.Array(Type.Object({ system: SystemRefSchema, note: Nullable(Type.String()) })),
  /** Systems that rely on this one directly. */
  dependants: Type.Array(Type.Object({ system: SystemRefSchema, note: Nullable(Type.String()) })),
});

export const AtRiskViewSchema = Type.Object({
  systemId: Type.String({ format: 'uuid' }),
  /** Direct and indirect dependants, nearest first (trigger C5: cascading impact). */
  items: Type.Array(SystemRefSchema),
  /** Dependants the caller may not see (other units' systems): counted, not named. */
  hiddenCount: Type.Integer(),
});

export const DependencyAddedSchema = Type.Object({
  systemId: Type.String({ format: 'uuid' }),
  dependsOnId: Type.String({ format: 'uuid' }),
  note: Nullable(Type.String()),
});
export const DependencyRemovedSchema = Type.Object({
  systemId: Type.String({ format: 'uuid' }),
  dependsOnId: Type.String({ format: 'uuid' }),
  removed: Type.Boolean(),
});

/** The answer to an inventory import: every row's errors (a dry run writes nothing). */
export const SystemImportReportSchema = Type.Object({
  kind: Type.Literal('systems'),
  dryRun: Type.Boolean(),
  total: Type.Integer(),
  valid: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer(),
      key: Type.String(),
      errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  ),
  created: Type.Integer(),
});
export type SystemImportReport = Static<typeof SystemImportReportSchema>;

export type DependenciesView = Static<typeof DependenciesViewSchema>;
export type AtRiskView = Static<typeof AtRiskViewSchema>;
