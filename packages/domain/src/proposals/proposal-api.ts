import { type Static, Type } from '@sinclair/typebox';
import { AllowedActions, DateTimeString, literals, Nullable, Paged, Uuid } from '../api-shapes.ts';
import type { LocalizedText } from '../i18n-text.ts';
import { RefId } from '../refs.ts';

/**
 * Difficulties and proposals (kiến nghị, đề xuất) raised by the focal office or a unit for the
 * leaders to decide (seed IV: the focal office reports on implementation, difficulties and
 * proposals). A leader accepts, declines, or notes one; the answer is final.
 */
export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined', 'noted'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_DECISIONS = ['accepted', 'declined', 'noted'] as const;

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, LocalizedText> = {
  open: { vi: 'Chờ lãnh đạo trả lời', en: 'Awaiting an answer' },
  accepted: { vi: 'Đồng ý', en: 'Accepted' },
  declined: { vi: 'Không đồng ý', en: 'Declined' },
  noted: { vi: 'Ghi nhận', en: 'Noted' },
};

export const ProposalCreateSchema = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 300 }),
    content: Type.String({ minLength: 1, maxLength: 8000 }),
    /** Shown to every unit (a town-wide difficulty), not only the raising unit. */
    sharedWithAll: Type.Optional(Type.Boolean()),
    incidentId: Type.Optional(Nullable(RefId('incident'))),
    riskId: Type.Optional(Nullable(RefId('risk'))),
    budgetLineId: Type.Optional(Nullable(RefId('budget_line'))),
  },
  { additionalProperties: false },
);
export type ProposalCreate = Static<typeof ProposalCreateSchema>;

export const ProposalAnswerSchema = Type.Object(
  {
    decision: literals(PROPOSAL_DECISIONS),
    answer: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type ProposalAnswer = Static<typeof ProposalAnswerSchema>;

export const ProposalListQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  status: Type.Optional(literals(PROPOSAL_STATUSES)),
  unitId: Type.Optional(RefId('unit')),
});
export type ProposalListQuery = Static<typeof ProposalListQuerySchema>;

export const ProposalViewSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  content: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  raisedByUserId: Uuid,
  raisedByName: Type.String(),
  sharedWithAll: Type.Boolean(),
  incidentId: Nullable(Uuid),
  incidentCode: Nullable(Type.String()),
  riskId: Nullable(Uuid),
  budgetLineId: Nullable(Uuid),
  status: literals(PROPOSAL_STATUSES),
  answer: Nullable(Type.String()),
  answeredBy: Nullable(Uuid),
  answeredByName: Nullable(Type.String()),
  answeredAt: Nullable(DateTimeString),
  version: Type.Integer(),
  createdAt: DateTimeString,
  allowedActions: AllowedActions,
});
export type ProposalView = Static<typeof ProposalViewSchema>;

export const ProposalPageSchema = Paged(ProposalViewSchema);
