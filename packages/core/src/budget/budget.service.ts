import { can } from '@ungcuu/domain/auth/permissions.ts';
import {
  type AppraisalInput,
  appraisalOutcome,
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  BUDGET_LINE_STATUS_LABELS,
  type BudgetCategory,
  type BudgetLineStatus,
  budgetTotals,
  checkBudgetTransition,
  type DecisionInput,
  decisionOutcome,
  FUNDING_SOURCE_LABELS,
  type FundingSource,
} from '@ungcuu/domain/budget/budget.ts';
import type {
  BudgetLineCreate,
  BudgetLinePatch,
  BudgetListQuery,
  SpendingCreate,
} from '@ungcuu/domain/budget/budget-api.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { formatDayVi, vnDay } from '@ungcuu/domain/readiness/dates.ts';
import type { Updateable } from 'kysely';
import type { BudgetLineRow, BudgetLinesTable } from '../db/schema-preparedness.ts';
import { XLSX_TYPE } from '../export/tabular-export.ts';
import { noticeBudgetLine } from '../notifications/preparedness-notices.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { findUserById } from '../org/user.repository.ts';
import type { RequestActor, Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { assertVisibleRefs, requireReadable } from '../shared/ref-visibility.ts';
import { blank, toInt } from '../shared/row-values.ts';
import * as repo from './budget.repository.ts';
import {
  budgetLineView,
  historyEntry,
  materialResource,
  spendingView,
  staffResource,
} from './budget.view.ts';
import { renderBudgetWorkbook } from './budget-export.xlsx.ts';

function lineColumns(input: BudgetLinePatch): Updateable<BudgetLinesTable> {
  const out: Updateable<BudgetLinesTable> = {};
  if (input.fiscalYear !== undefined) out.fiscal_year = input.fiscalYear;
  if (input.unitId !== undefined) out.unit_id = input.unitId;
  if (input.category !== undefined) out.category = input.category;
  if (input.title !== undefined) out.title = input.title.trim();
  if (input.amount !== undefined) out.amount = input.amount;
  if (input.note !== undefined) out.note = blank(input.note);
  if (input.fundingSource !== undefined) out.funding_source = input.fundingSource;
  if (input.fundingNote !== undefined) out.funding_note = blank(input.fundingNote);
  if (input.link !== undefined) {
    out.link_kind = input.link?.kind ?? null;
    out.link_id = input.link?.id ?? null;
  }
  return out;
}

/** Lines and spending summed by (category, status) in SQL, then totalled by the domain rule. */
function totalsFrom(sums: Awaited<ReturnType<typeof repo.sumsByCategoryAndStatus>>) {
  const key = (category: string, status: string) => `${category}|${status}`;
  return budgetTotals(
    sums.lines.map((l) => ({
      id: key(l.category, l.status),
      category: l.category as BudgetCategory,
      status: l.status as BudgetLineStatus,
      amount: toInt(l.amount),
      approvedAmount: toInt(l.approved),
    })),
    sums.spending.map((s) => ({ lineId: key(s.category, s.status), amount: toInt(s.amount) })),
  );
}

/**
 * Budget of the response plan (seed III, IV.1 drafts, IV.3 allocates): lines per year, the status
 * flow of the domain (only finance approves or rejects), spending, totals and the estimate sheet.
 */
const LINK_REF_KINDS = {
  readiness_item: 'readiness_item',
  inspection_finding: 'remediation_task',
  risk_treatment: 'risk',
} as const;

export function createBudgetService(deps: ServiceDeps) {
  async function estimateOf(actor: RequestActor, query: { year: number; unitId?: string | undefined }) {
    const reach = readReach(actor, 'budget.read');
    if (query.unitId && !can(actor, 'budget.read', { unitIds: [query.unitId] }))
      throw new DomainError('forbidden');
    const lines = (await repo.linesOfYear(deps.db, query.year, reach, query.unitId)).filter(
      (l) => l.status !== 'rejected',
    );
    lines.sort(
      (a, b) =>
        BUDGET_CATEGORIES.indexOf(a.category as BudgetCategory) -
          BUDGET_CATEGORIES.indexOf(b.category as BudgetCategory) || a.title.localeCompare(b.title, 'vi'),
    );
    const [team, equipment] = await Promise.all([
      repo.teamForEstimate(deps.db, query.unitId),
      repo.equipmentForEstimate(deps.db, reach, query.unitId),
    ]);
    return { lines, resources: [...team.map(staffResource), ...equipment.map(materialResource)] };
  }

  /** A line the caller may read, or 404 (another unit's line is, to them, not there). */
  async function requireLine(actor: RequestActor, id: string) {
    const row = await repo.findLine(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'budget_line' });
    requireReadable(actor, 'budget.read', { unitIds: [row.unit_id] }, 'budget_line');
    return row;
  }

  /** What a line pays for must exist and be visible to the caller (not another unit's record). */
  async function checkLink(actor: RequestActor, link: BudgetLinePatch['link']) {
    if (!link) return;
    if (!(await repo.linkTargetExists(deps.db, link.kind, link.id)))
      throw new DomainError('not_found', { entity: link.kind });
    const kind = LINK_REF_KINDS[link.kind];
    await assertVisibleRefs(deps.db, actor, [{ kind, id: link.id, path: 'link.id' }]);
  }

  function requireEditable(status: string) {
    if (status !== 'draft' && status !== 'rejected') throw new DomainError('budget.line_locked', { status });
  }

  /** One step of the line: the change, its audit record (the line's history), the next person told. */
  async function audited(
    actor: RequestActor,
    action: string,
    id: string,
    unitId: string,
    before: unknown,
    write: (trx: Trx) => Promise<BudgetLineRow>,
    stepNote?: string | undefined,
  ) {
    return mutate(deps, actor, async ({ trx, audit, announce }) => {
      const after = await write(trx);
      const note = blank(stepNote);
      await audit({
        action,
        entityType: 'budget_line',
        entityId: id,
        unitId,
        before,
        after: note ? { ...after, step_note: note } : after,
      });
      const submitter = await repo.lastSubmitter(trx, id);
      const appraiser = after.appraised_by ? await findUserById(trx, after.appraised_by) : undefined;
      await noticeBudgetLine(
        trx,
        actor,
        action,
        after,
        {
          submitter: submitter ? { id: submitter.id, unitId: submitter.unit_id } : null,
          appraiser: appraiser ? { id: appraiser.id, unitId: appraiser.unit_id } : null,
        },
        deps.clock.now(),
      );
      await announce({ entity: 'budget_line', id, action: action.split('.').pop()!, unitIds: [unitId] });
      return budgetLineView(actor, (await repo.findLine(trx, id))!);
    });
  }

  return {
    async list(actor: RequestActor, query: BudgetListQuery) {
      const { rows, total } = await repo.listLines(deps.db, query, readReach(actor, 'budget.read'));
      return { total, items: rows.map((r) => budgetLineView(actor, r)) };
    },

    async get(actor: RequestActor, id: string) {
      const row = await requireLine(actor, id);
      const [spending, history] = await Promise.all([
        repo.spendingOf(deps.db, id),
        repo.lineHistory(deps.db, id),
      ]);
      return {
        ...budgetLineView(actor, row),
        spending: spending.map(spendingView),
        history: history.map(historyEntry),
      };
    },

    async create(actor: RequestActor, input: BudgetLineCreate) {
      const unitId = input.unitId ?? actor.unitId;
      if (!can(actor, 'budget.manage', { unitIds: [unitId] })) throw new DomainError('forbidden');
      if (!(await findUnitById(deps.db, unitId))) throw new DomainError('not_found', { entity: 'unit' });
      await checkLink(actor, input.link);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertLine(trx, {
          ...lineColumns(input),
          fiscal_year: input.fiscalYear,
          category: input.category,
          title: input.title.trim(),
          amount: input.amount,
          unit_id: unitId,
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'budget.create',
          entityType: 'budget_line',
          entityId: row.id,
          unitId,
          after: row,
        });
        await announce({ entity: 'budget_line', id: row.id, action: 'create', unitIds: [unitId] });
        return budgetLineView(actor, (await repo.findLine(trx, row.id))!);
      });
    },

    /** Draft and rejected lines can be edited; a submitted line is withdrawn to draft first. */
    async update(actor: RequestActor, id: string, patch: BudgetLinePatch, expectedVersion?: number) {
      const before = await requireLine(actor, id);
      if (!can(actor, 'budget.manage', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      if (patch.unitId && !can(actor, 'budget.manage', { unitIds: [patch.unitId] }))
        throw new DomainError('forbidden');
      requireEditable(before.status);
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      if (patch.unitId && !(await findUnitById(deps.db, patch.unitId)))
        throw new DomainError('not_found', { entity: 'unit' });
      await checkLink(actor, patch.link);
      return audited(actor, 'budget.update', id, before.unit_id, before, (trx) =>
        repo.updateLine(trx, id, { ...lineColumns(patch), updated_at: deps.clock.now() }),
      );
    },

    async remove(actor: RequestActor, id: string) {
      const before = await requireLine(actor, id);
      if (!can(actor, 'budget.manage', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      if (before.status !== 'draft') throw new DomainError('budget.line_locked', { status: before.status });
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteLine(trx, id);
        await audit({
          action: 'budget.delete',
          entityType: 'budget_line',
          entityId: id,
          unitId: before.unit_id,
          before,
        });
        await announce({ entity: 'budget_line', id, action: 'delete', unitIds: [before.unit_id] });
        return { id, deleted: true };
      });
    },

    /** Submits, withdraws or reworks a line (the focal office's moves of the flow). */
    async transition(
      actor: RequestActor,
      id: string,
      input: { to: 'submitted' | 'draft'; note?: string | undefined },
    ) {
      const before = await requireLine(actor, id);
      if (!can(actor, 'budget.manage', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      const check = checkBudgetTransition(actor, before.status as BudgetLineStatus, input.to);
      if (!check.ok)
        throw new DomainError('budget.invalid_transition', { from: before.status, to: input.to });
      const clear = {
        appraisal: null,
        appraised_amount: null,
        appraisal_note: null,
        appraised_by: null,
        appraised_at: null,
        approved_amount: null,
        decided_by: null,
        decided_at: null,
        decision_note: null,
      };
      return audited(
        actor,
        `budget.${input.to === 'draft' ? 'withdraw' : input.to}`,
        id,
        before.unit_id,
        before,
        (trx) =>
          repo.updateLine(trx, id, {
            status: input.to,
            // A line sent again is appraised and decided afresh.
            ...(input.to === 'submitted' ? clear : {}),
            updated_at: deps.clock.now(),
          }),
        input.note,
      );
    },

    /** Seed IV.3: the finance office advises on a submitted line (approve, reduce, reject). */
    async appraise(actor: RequestActor, id: string, input: AppraisalInput) {
      const before = await requireLine(actor, id);
      const check = checkBudgetTransition(actor, before.status as BudgetLineStatus, 'appraised');
      if (!check.ok) {
        if (check.code === 'budget.appraiser_required') throw new DomainError(check.code);
        throw new DomainError('budget.invalid_transition', { from: before.status, to: 'appraised' });
      }
      if (!can(actor, 'budget.appraise', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      const outcome = appraisalOutcome(toInt(before.amount), input);
      if (!outcome.ok) throw new DomainError(outcome.code);
      const now = deps.clock.now();
      return audited(actor, 'budget.appraised', id, before.unit_id, before, (trx) =>
        repo.updateLine(trx, id, {
          status: 'appraised',
          appraisal: input.recommendation,
          appraised_amount: outcome.proposedAmount,
          appraisal_note: blank(input.note),
          appraised_by: actor.userId,
          appraised_at: now,
          updated_at: now,
        }),
      );
    },

    /** Seed IV.3: the People's Committee decides an appraised line: approve at an amount, or reject. */
    async decide(actor: RequestActor, id: string, input: DecisionInput) {
      const before = await requireLine(actor, id);
      const to = input.decision === 'approve' ? 'approved' : 'rejected';
      const check = checkBudgetTransition(actor, before.status as BudgetLineStatus, to);
      if (!check.ok) {
        if (check.code === 'budget.decider_required') throw new DomainError(check.code);
        throw new DomainError('budget.invalid_transition', { from: before.status, to });
      }
      if (!can(actor, 'budget.decide', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      const proposed = before.appraised_amount === null ? null : toInt(before.appraised_amount);
      const outcome = decisionOutcome(toInt(before.amount), proposed, input);
      if (!outcome.ok) throw new DomainError(outcome.code);
      const now = deps.clock.now();
      return audited(actor, `budget.${to}`, id, before.unit_id, before, (trx) =>
        repo.updateLine(trx, id, {
          status: to,
          approved_amount: outcome.approvedAmount,
          decided_by: actor.userId,
          decided_at: now,
          decision_note: blank(input.note),
          updated_at: now,
        }),
      );
    },

    /** Spending is recorded against approved lines only: the allocation of record. */
    async addSpending(actor: RequestActor, id: string, input: SpendingCreate) {
      const line = await requireLine(actor, id);
      if (!can(actor, 'budget.manage', { unitIds: [line.unit_id] })) throw new DomainError('forbidden');
      if (line.status !== 'approved') throw new DomainError('budget.line_not_approved');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertSpending(trx, {
          line_id: id,
          amount: input.amount,
          spent_on: input.spentOn,
          note: blank(input.note),
          created_by: actor.userId,
        });
        await audit({
          action: 'budget.spend',
          entityType: 'budget_line',
          entityId: id,
          unitId: line.unit_id,
          after: row,
        });
        await announce({ entity: 'budget_line', id, action: 'spend', unitIds: [line.unit_id] });
        return spendingView(row);
      });
    },

    async removeSpending(actor: RequestActor, spendingId: string) {
      const entry = await repo.findSpending(deps.db, spendingId);
      if (!entry) throw new DomainError('not_found', { entity: 'spending' });
      const line = await requireLine(actor, entry.line_id);
      if (!can(actor, 'budget.manage', { unitIds: [line.unit_id] })) throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteSpending(trx, spendingId);
        await audit({
          action: 'budget.spend.delete',
          entityType: 'budget_line',
          entityId: line.id,
          unitId: line.unit_id,
          before: entry,
        });
        await announce({ entity: 'budget_line', id: line.id, action: 'spend', unitIds: [line.unit_id] });
        return { id: spendingId, deleted: true };
      });
    },

    async totals(actor: RequestActor, query: { year: number; unitId?: string | undefined }) {
      const reach = readReach(actor, 'budget.read');
      if (query.unitId && !can(actor, 'budget.read', { unitIds: [query.unitId] }))
        throw new DomainError('forbidden');
      const sums = await repo.sumsByCategoryAndStatus(deps.db, query.year, reach, query.unitId);
      return { year: query.year, unitId: query.unitId ?? null, ...totalsFrom(sums) };
    },

    /** The year's estimate: its money lines (rejected left out) and the staff and materials (seed III). */
    async estimate(actor: RequestActor, query: { year: number; unitId?: string | undefined }) {
      const { lines, resources } = await estimateOf(actor, query);
      return {
        year: query.year,
        unitId: query.unitId ?? null,
        lines: lines.map((l) => budgetLineView(actor, l)),
        resources,
      };
    },

    /** The estimate sheet in the accountant's layout, with the staff and materials below the money. */
    async exportXlsx(actor: RequestActor, query: { year: number; unitId?: string | undefined }) {
      const { lines, resources } = await estimateOf(actor, query);
      const sheetLines = lines.map((l) => ({
        title: l.title,
        category: BUDGET_CATEGORY_LABELS[l.category as BudgetCategory]?.vi ?? l.category,
        funding: FUNDING_SOURCE_LABELS[l.funding_source as FundingSource]?.vi ?? l.funding_source,
        amount: toInt(l.amount),
        approved: l.status === 'approved' ? toInt(l.approved_amount ?? l.amount) : 0,
        spent: toInt(l.spent),
        status: BUDGET_LINE_STATUS_LABELS[l.status as BudgetLineStatus]?.vi ?? l.status,
      }));
      // The focal office drafts the town's estimate (seed IV.1); a unit's own sheet bears its name.
      const issuer = query.unitId
        ? ((await findUnitById(deps.db, query.unitId))?.name ?? null)
        : ((await repo.focalOfficeName(deps.db)) ??
          (await findUnitById(deps.db, actor.unitId))?.name ??
          null);
      const bytes = await renderBudgetWorkbook({
        year: query.year,
        issuer,
        lines: sheetLines,
        resources,
        total: {
          amount: sheetLines.reduce((s, l) => s + l.amount, 0),
          approved: sheetLines.reduce((s, l) => s + l.approved, 0),
          spent: sheetLines.reduce((s, l) => s + l.spent, 0),
        },
        preparedOn: formatDayVi(vnDay(deps.clock.now().toISOString())),
      });
      return { filename: `du-toan-ung-pho-su-co-${query.year}.xlsx`, contentType: XLSX_TYPE, bytes };
    },
  };
}
export type BudgetService = ReturnType<typeof createBudgetService>;
