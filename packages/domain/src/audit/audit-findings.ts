import { type Static, Type } from '@sinclair/typebox';

// What audit verification reports: shared by the server (packages/core), the API's response
// schema and the audit screen.

const Chain = Type.Integer({ minimum: 0 });

/** What verification found; every kind but none at all is tampering (or a lost key). */
export const AuditFindingSchema = Type.Union([
  /** The record's content no longer matches its hash; `downgraded`: a public-algorithm record
   * after keyed ones; `head_differs`: the record a checkpoint ended on has another hash now. */
  Type.Object({
    kind: Type.Literal('record_edited'),
    chain: Chain,
    id: Type.String(),
    detail: Type.Union([
      Type.Literal('hash_mismatch'),
      Type.Literal('downgraded'),
      Type.Literal('head_differs'),
    ]),
  }),
  /** The record does not link to the one before it: records removed or reordered before it. */
  Type.Object({ kind: Type.Literal('chain_broken'), chain: Chain, id: Type.String() }),
  /** Records (or a checkpoint) made with another key than this installation's. */
  Type.Object({
    kind: Type.Literal('key_mismatch'),
    keyId: Type.Union([Type.String(), Type.Null()]),
    chain: Type.Optional(Chain),
    id: Type.Optional(Type.String()),
    source: Type.Optional(Type.String()),
  }),
  Type.Object({
    kind: Type.Literal('tail_truncated'),
    chain: Chain,
    missing: Type.Integer(),
    checkpointAt: Type.String(),
  }),
  Type.Object({
    kind: Type.Literal('chain_missing'),
    chain: Chain,
    missing: Type.Integer(),
    checkpointAt: Type.String(),
  }),
  Type.Object({
    kind: Type.Literal('table_emptied'),
    missing: Type.Integer(),
    checkpointAt: Type.Union([Type.String(), Type.Null()]),
  }),
  Type.Object({ kind: Type.Literal('checkpoint_invalid'), source: Type.String() }),
]);
export type AuditFinding = Static<typeof AuditFindingSchema>;

export type AuditStatus = 'intact' | AuditFinding['kind'];
export const AUDIT_STATUSES = [
  'intact',
  'record_edited',
  'chain_broken',
  'key_mismatch',
  'tail_truncated',
  'chain_missing',
  'table_emptied',
  'checkpoint_invalid',
] as const satisfies readonly AuditStatus[];
// Fails to compile when a finding kind is added above but not listed here.
const everyStatusListed: Exclude<AuditStatus, (typeof AUDIT_STATUSES)[number]> extends never ? true : false =
  true;
void everyStatusListed;
export const AuditStatusSchema = Type.Union(AUDIT_STATUSES.map((s) => Type.Literal(s)));
