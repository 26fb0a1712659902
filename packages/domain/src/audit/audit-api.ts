import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Nullable, Paged } from '../api-shapes.ts';
import { AuditFindingSchema, AuditStatusSchema } from './audit-findings.ts';

// Response schemas of the audit endpoints: the trail, its verification and signed checkpoints.

export const AuditRecordSchema = Type.Object({
  /** bigserial, as a decimal string (both engines hand bigints over as text). */
  id: Type.String(),
  at: DateTimeString,
  actorUserId: Nullable(Type.String({ format: 'uuid' })),
  actorLabel: Type.String(),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  unitId: Nullable(Type.String({ format: 'uuid' })),
  /** The record as it was before and after the change (any JSON). */
  before: Type.Unknown(),
  after: Type.Unknown(),
});
export type AuditRecord = Static<typeof AuditRecordSchema>;
export const AuditPageSchema = Paged(AuditRecordSchema);

export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  /** Records whose hash was checked. */
  checked: Type.Integer(),
  /** The first finding's kind, or intact. */
  status: AuditStatusSchema,
  findings: Type.Array(AuditFindingSchema),
  /** The checkpoints the trail was compared with. */
  checkpoints: Type.Array(Type.Object({ source: Type.String(), at: Type.String(), total: Type.Integer() })),
  /** The earliest edited or unlinked record (kept for callers of the first version). */
  firstBroken: Type.Optional(
    Type.Object({
      id: Type.String(),
      reason: Type.Union([Type.Literal('hash_mismatch'), Type.Literal('prev_link_mismatch')]),
    }),
  ),
});
export type AuditVerification = Static<typeof AuditVerificationSchema>;

/** What the trail held at one moment, signed (Ed25519, base64) over the canonical JSON of body. */
export const SignedCheckpointSchema = Type.Object({
  body: Type.Object({
    format: Type.Literal('ungcuu-audit-checkpoint/1'),
    at: DateTimeString,
    keyId: Type.String(),
    publicKey: Type.String(),
    total: Type.Integer(),
    chains: Type.Array(
      Type.Object({
        chain: Type.Integer(),
        count: Type.Integer(),
        lastId: Nullable(Type.String()),
        head: Type.String(),
        firstKeyedId: Nullable(Type.String()),
      }),
    ),
  }),
  signature: Type.String(),
});
export type SignedCheckpoint = Static<typeof SignedCheckpointSchema>;
