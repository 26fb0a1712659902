import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Items, literals, Nullable, Uuid } from '../api-shapes.ts';
import { ObservableKindSchema } from './observables.ts';
import { IncidentStateSchema } from './schemas.ts';

// Response schemas of the work on an incident: comments, timeline, observables, links, evidence,
// escalations and the official report documents.

export const CommentCreatedSchema = Type.Object({
  id: Uuid,
  body: Type.String(),
  mentions: Type.Array(Uuid),
  createdAt: DateTimeString,
});
export const CommentViewSchema = Type.Object({
  ...CommentCreatedSchema.properties,
  author: Nullable(Type.Object({ id: Uuid, fullName: Type.String(), username: Type.String() })),
});
export type CommentView = Static<typeof CommentViewSchema>;
export const CommentListSchema = Items(CommentViewSchema);

export const ObservableViewSchema = Type.Object({
  id: Uuid,
  kind: ObservableKindSchema,
  value: Type.String(),
  normalized: Type.String(),
  source: Type.String(),
  /** Other incidents with the same indicator that the caller may see. */
  sharedWith: Type.Array(Type.Object({ id: Uuid, code: Type.String(), title: Type.String() })),
});
export type ObservableView = Static<typeof ObservableViewSchema>;
export const ObservableListSchema = Items(ObservableViewSchema);
export const ObservableAddedSchema = Type.Object({
  kind: ObservableKindSchema,
  value: Type.String(),
  normalized: Type.String(),
});

/** A link as seen from this incident: `id`, `code`, `title`, `state` are the other incident's. */
export const IncidentLinkSchema = Type.Object({
  /** related, duplicate, or split_from (written by a split). */
  kind: Type.String(),
  id: Uuid,
  code: Type.String(),
  title: Type.String(),
  state: IncidentStateSchema,
});
export type IncidentLink = Static<typeof IncidentLinkSchema>;
export const IncidentLinkListSchema = Items(IncidentLinkSchema);

export const EvidenceViewSchema = Type.Object({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  description: Nullable(Type.String()),
  uploadedBy: Uuid,
  uploadedAt: DateTimeString,
});
export type EvidenceView = Static<typeof EvidenceViewSchema>;
export const EvidenceListSchema = Items(EvidenceViewSchema);

export const ESCALATION_CHANNELS = ['email', 'letter', 'phone', 'portal', 'other'] as const;
export type EscalationChannel = (typeof ESCALATION_CHANNELS)[number];
export const EscalationSharedSchema = Type.Object({
  description: Type.Optional(Type.Boolean()),
  timeline: Type.Optional(Type.Boolean()),
  evidence: Type.Optional(Type.Boolean()),
  observables: Type.Optional(Type.Boolean()),
});
export type EscalationShared = Static<typeof EscalationSharedSchema>;
/** The answer to an escalation just sent. */
export const EscalationSentSchema = Type.Object({
  id: Uuid,
  toUnitId: Uuid,
  toUnitName: Type.String(),
  sentAt: DateTimeString,
  channel: literals(ESCALATION_CHANNELS),
  summary: Type.String(),
  shared: EscalationSharedSchema,
});
export const EscalationViewSchema = Type.Object({ ...EscalationSentSchema.properties, sentBy: Uuid });
export type EscalationView = Static<typeof EscalationViewSchema>;
export const EscalationListSchema = Items(EscalationViewSchema);

export const DOC_FORMS = ['mau03', 'mau04'] as const;
export type DocForm = (typeof DOC_FORMS)[number];
export const OfficialDocumentSchema = Type.Object({
  id: Uuid,
  form: literals(DOC_FORMS),
  reference: Nullable(Type.String()),
  generatedAt: Nullable(DateTimeString),
  sentAt: Nullable(DateTimeString),
  sentTo: Nullable(Type.String()),
});
export type OfficialDocument = Static<typeof OfficialDocumentSchema>;
export const OfficialDocumentListSchema = Items(OfficialDocumentSchema);
/** The answer to "sent on … to …" (no generation time: the record may predate it). */
export const DocumentSentSchema = Type.Object({
  id: Uuid,
  form: literals(DOC_FORMS),
  reference: Nullable(Type.String()),
  sentAt: DateTimeString,
  sentTo: Nullable(Type.String()),
});
