import { allowedActions, can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type {
  ProposalAnswer,
  ProposalCreate,
  ProposalListQuery,
  ProposalView,
} from '@ungcuu/domain/proposals/proposal-api.ts';
import { PROPOSAL_STATUS_LABELS } from '@ungcuu/domain/proposals/proposal-api.ts';
import { notify } from '../notifications/notify.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { toIso } from '../shared/row-values.ts';
import * as repo from './proposal.repository.ts';

function proposalView(actor: RequestActor, row: repo.ProposalWithNames): ProposalView {
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    unitId: row.unit_id,
    unitName: row.unit_name,
    raisedByUserId: row.raised_by_user_id,
    raisedByName: row.raised_by_name,
    sharedWithAll: row.shared_with_all,
    incidentId: row.incident_id,
    incidentCode: row.incident_code,
    riskId: row.risk_id,
    budgetLineId: row.budget_line_id,
    status: row.status as ProposalView['status'],
    answer: row.answer,
    answeredBy: row.answered_by,
    answeredByName: row.answered_by_name,
    answeredAt: toIso(row.answered_at),
    version: row.version,
    createdAt: toIso(row.created_at)!,
    // Answering is offered on an open proposal to the leaders only.
    allowedActions:
      row.status === 'open' ? allowedActions(actor, ['proposal.answer'], { unitIds: [row.unit_id] }) : [],
  };
}

/**
 * Difficulties and proposals for the leaders (seed IV: the focal office reports implementation,
 * difficulties and proposals; the People's Committee decides). The leaders hear of each one raised;
 * the person who raised it hears the answer.
 */
export function createProposalService(deps: ServiceDeps) {
  async function requireProposal(actor: RequestActor, id: string) {
    const row = await repo.findProposal(deps.db, id);
    const visible =
      row &&
      (can(actor, 'proposal.read', { unitIds: [row.unit_id] }) ||
        (row.shared_with_all && can(actor, 'proposal.read')));
    if (!row || !visible) throw new DomainError('not_found', { entity: 'proposal' });
    return row;
  }

  return {
    async list(actor: RequestActor, query: ProposalListQuery) {
      const { rows, total } = await repo.listProposals(deps.db, query, readReach(actor, 'proposal.read'));
      return { items: rows.map((r) => proposalView(actor, r)), total };
    },

    async get(actor: RequestActor, id: string) {
      return proposalView(actor, await requireProposal(actor, id));
    },

    async create(actor: RequestActor, input: ProposalCreate) {
      if (!can(actor, 'proposal.raise', { unitIds: [actor.unitId] })) throw new DomainError('forbidden');
      const now = deps.clock.now();
      const id = await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertProposal(trx, {
          title: input.title.trim(),
          content: input.content.trim(),
          raised_by_user_id: actor.userId,
          unit_id: actor.unitId,
          shared_with_all: input.sharedWithAll ?? false,
          incident_id: input.incidentId ?? null,
          risk_id: input.riskId ?? null,
          budget_line_id: input.budgetLineId ?? null,
          created_at: now,
          updated_at: now,
        });
        await audit({
          action: 'proposal.create',
          entityType: 'proposal',
          entityId: row.id,
          unitId: row.unit_id,
          after: row,
        });
        await notify(
          trx,
          {
            kind: 'proposal_raised',
            to: [{ role: 'leader' }],
            title: { vi: `Kiến nghị, đề xuất: ${row.title}`, en: `Proposal: ${row.title}` },
            link: `/proposals?proposal=${row.id}`,
            exceptUserId: actor.userId,
          },
          now,
        );
        await announce({
          entity: 'proposal',
          id: row.id,
          action: 'create',
          unitIds: row.shared_with_all ? 'all' : [row.unit_id],
        });
        return row.id;
      });
      return proposalView(actor, (await repo.findProposal(deps.db, id))!);
    },

    async answer(actor: RequestActor, id: string, input: ProposalAnswer, version?: number) {
      await requireProposal(actor, id);
      if (!can(actor, 'proposal.answer')) throw new DomainError('forbidden');
      const answer = input.answer?.trim() || null;
      if (input.decision !== 'accepted' && !answer) throw new DomainError('proposal.answer_required');
      const now = deps.clock.now();
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const before = (await repo.lockProposal(trx, id))!;
        if (before.status !== 'open') throw new DomainError('proposal.already_answered');
        if (version !== undefined && version !== before.version) throw new DomainError('conflict.stale');
        const row = await repo.updateProposal(trx, id, {
          status: input.decision,
          answer,
          answered_by: actor.userId,
          answered_at: now,
          updated_at: now,
        });
        await audit({
          action: 'proposal.answer',
          entityType: 'proposal',
          entityId: id,
          unitId: row.unit_id,
          before,
          after: row,
        });
        const label = PROPOSAL_STATUS_LABELS[input.decision];
        await notify(
          trx,
          {
            kind: 'proposal_answered',
            to: [{ user: { id: row.raised_by_user_id, unitId: row.unit_id } }],
            title: { vi: `${label.vi}: ${row.title}`, en: `${label.en}: ${row.title}` },
            body: answer ? { vi: answer, en: answer } : null,
            link: `/proposals?proposal=${row.id}`,
            exceptUserId: actor.userId,
          },
          now,
        );
        await announce({
          entity: 'proposal',
          id,
          action: 'answer',
          unitIds: row.shared_with_all ? 'all' : [row.unit_id],
        });
      });
      return proposalView(actor, (await repo.findProposal(deps.db, id))!);
    },
  };
}
