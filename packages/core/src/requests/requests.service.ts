import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { dayKey, formatDayVi, vnDay } from '@ungcuu/domain/readiness/dates.ts';
import type { AnswerInput, RequestDetail, RequestInput } from '@ungcuu/domain/requests/request-api.ts';
import {
  type AnswerStatus,
  type Answers,
  answerIssues,
  complianceOf,
  formIssues,
  numberTotals,
  REQUESTABLE_UNIT_TYPES,
  type RequestField,
} from '@ungcuu/domain/requests/request-form.ts';
import type { UnitRequestRow } from '../db/schema-requests.ts';
import { type Cell, writeXlsx, XLSX_TYPE } from '../export/tabular-export.ts';
import { notify } from '../notifications/notify.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toDay } from '../shared/row-values.ts';
import {
  closeRequest,
  findRequest,
  insertAnswerRows,
  insertRequest,
  listAnswers,
  listRequests,
  lockAnswer,
  lockRequest,
  reopenAnswer,
  saveAnswer,
  unitsToTarget,
} from './requests.repository.ts';

const toIso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The units a request reaches: all the plan's units, some types, or hand-picked (never the sender's). */
async function resolveTargets(deps: ServiceDeps, input: RequestInput, senderUnitId: string) {
  const t = input.targeting;
  const units =
    t.mode === 'units'
      ? await unitsToTarget(deps.db, { unitIds: t.unitIds })
      : await unitsToTarget(deps.db, { types: t.mode === 'all' ? REQUESTABLE_UNIT_TYPES : t.unitTypes });
  return units.filter((u) => u.id !== senderUnitId);
}

function firstIssue(
  code: 'unit_request.bad_form' | 'unit_request.bad_answer',
  issues: { field: string; problem: string }[],
) {
  const issue = issues[0];
  if (issue) throw new DomainError(code, { field: issue.field, problem: issue.problem });
}

/**
 * Requests to units (issue 11): the focal office sends a form with a deadline to units; each unit
 * keeps a draft and submits; the focal office sees compliance and totals, reopens an answer, closes
 * the request and downloads the answers. A unit sees only its own answer.
 */
export function createRequestsService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const today = () => dayKey(vnDay(clock.now().toISOString()));
  const seesAll = (actor: RequestActor) => widestScope(actor, 'request.read') === 'all';

  function requireRead(actor: RequestActor) {
    if (!can(actor, 'request.read')) throw new DomainError('forbidden');
  }

  async function visibleRequest(actor: RequestActor, id: string): Promise<UnitRequestRow> {
    requireRead(actor);
    const row = await findRequest(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'unit_request' });
    if (!seesAll(actor)) {
      const mine = await listAnswers(db, id, actor.unitId);
      if (mine.length === 0) throw new DomainError('not_found', { entity: 'unit_request' });
    }
    return row;
  }

  return {
    async list(actor: RequestActor, q: { limit: number; offset: number; state?: 'open' | 'closed' }) {
      requireRead(actor);
      const all = seesAll(actor);
      const day = today();
      const { rows, total } = await listRequests(db, { unitId: all ? null : actor.unitId, ...q });
      return {
        items: rows.map((r) => {
          const deadline = toDay(r.deadline)!;
          const targeted = Number(r.targeted ?? 0);
          const answered = Number(r.answered ?? 0);
          const myStatus = (r.my_status ?? null) as AnswerStatus | null;
          return {
            id: r.id,
            title: r.title,
            template: r.template,
            deadline,
            state: r.state as 'open' | 'closed',
            sentAt: toIso(r.sent_at)!,
            targeted,
            answered,
            overdue: day > deadline ? targeted - answered : 0,
            myStatus,
            myCompliance: myStatus ? complianceOf(myStatus, deadline, day) : null,
          };
        }),
        total,
        limit: q.limit,
        offset: q.offset,
      };
    },

    async get(actor: RequestActor, id: string): Promise<RequestDetail> {
      const row = await visibleRequest(actor, id);
      const all = seesAll(actor);
      const day = today();
      const deadline = toDay(row.deadline)!;
      const answers = await listAnswers(db, id, all ? null : actor.unitId);
      const fields = row.fields as RequestField[];
      const views = answers.map((a) => ({
        unitId: a.unit_id,
        unitName: a.unit_name,
        status: a.status as AnswerStatus,
        compliance: complianceOf(a.status as AnswerStatus, deadline, day),
        answers: a.answers as Answers,
        submittedAt: toIso(a.submitted_at),
        submittedBy: a.submitted_by_name ?? null,
        reopenReason: a.reopen_reason,
        version: a.version,
      }));
      const mine = views.find((v) => v.unitId === actor.unitId) ?? null;
      const answered = views.filter((v) => v.status === 'submitted').length;
      return {
        id: row.id,
        title: row.title,
        template: row.template,
        deadline,
        state: row.state as 'open' | 'closed',
        sentAt: toIso(row.sent_at)!,
        targeted: views.length,
        answered,
        overdue: views.filter((v) => v.compliance === 'overdue').length,
        myStatus: mine?.status ?? null,
        myCompliance: mine?.compliance ?? null,
        instructions: row.instructions,
        fields,
        targeting: row.targeting,
        answers: views,
        // Totals are the focal office's figures: a unit sees only its own numbers.
        totals: all
          ? numberTotals(
              fields,
              views.filter((v) => v.status === 'submitted').map((v) => v.answers),
            )
          : [],
        canManage: can(actor, 'request.manage'),
        canAnswer:
          mine !== null && row.state === 'open' && can(actor, 'request.answer', { unitIds: [actor.unitId] }),
      };
    },

    /** Sends the request: one answer row per targeted unit, a notice to each, all in one transaction. */
    async send(actor: RequestActor, input: RequestInput) {
      if (!can(actor, 'request.manage')) throw new DomainError('forbidden');
      firstIssue('unit_request.bad_form', formIssues(input.fields));
      if (input.deadline < today()) throw new DomainError('unit_request.deadline_past');
      const targets = await resolveTargets(deps, input, actor.unitId);
      if (targets.length === 0) throw new DomainError('unit_request.no_targets');
      const created = await mutate(deps, actor, async ({ trx, audit }) => {
        const now = clock.now();
        const row = await insertRequest(trx, {
          title: input.title.trim(),
          instructions: input.instructions.trim(),
          template: input.template ?? null,
          fields: input.fields,
          targeting: input.targeting,
          deadline: input.deadline,
          created_by: actor.userId,
          sent_at: now,
        });
        await insertAnswerRows(
          trx,
          row.id,
          targets.map((t) => t.id),
          now,
        );
        const [y, m, d] = input.deadline.split('-');
        await notify(
          trx,
          {
            kind: 'request_received',
            to: targets.map((t) => ({ unit: t.id })),
            title: {
              vi: `Yêu cầu từ cơ quan đầu mối: ${row.title} (hạn ${d}/${m}/${y})`,
              en: `Request from the focal office: ${row.title} (due ${input.deadline})`,
            },
            body: input.instructions
              ? { vi: input.instructions.slice(0, 500), en: input.instructions.slice(0, 500) }
              : undefined,
            link: `/requests/${row.id}`,
            dedupeKey: `request.sent:${row.id}`,
            exceptUserId: actor.userId,
          },
          now,
        );
        await audit({
          action: 'unit_request.send',
          entityType: 'unit_request',
          entityId: row.id,
          unitId: actor.unitId,
          after: {
            title: row.title,
            deadline: input.deadline,
            targeting: input.targeting,
            units: targets.length,
          },
        });
        return row;
      });
      return this.get(actor, created.id);
    },

    /** A unit saves its draft or submits; submitting checks every required field. */
    async answer(actor: RequestActor, id: string, input: AnswerInput) {
      const row = await visibleRequest(actor, id);
      if (!can(actor, 'request.answer', { unitIds: [actor.unitId] })) throw new DomainError('forbidden');
      const fields = row.fields as RequestField[];
      const answers = Object.fromEntries(
        Object.entries(input.answers).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
      ) as Answers;
      firstIssue('unit_request.bad_answer', answerIssues(fields, answers, input.submit ? 'submit' : 'draft'));
      await mutate(deps, actor, async ({ trx, audit }) => {
        const locked = await lockRequest(trx, id);
        if (locked?.state !== 'open') throw new DomainError('unit_request.closed');
        const current = await lockAnswer(trx, id, actor.unitId);
        if (!current) throw new DomainError('unit_request.not_targeted');
        if (current.status === 'submitted') throw new DomainError('unit_request.already_submitted');
        const now = clock.now();
        const saved = await saveAnswer(trx, id, actor.unitId, {
          answers,
          status: input.submit ? 'submitted' : 'draft',
          submittedAt: input.submit ? now : null,
          submittedBy: input.submit ? actor.userId : null,
          at: now,
        });
        await audit({
          action: input.submit ? 'unit_request.answer_submit' : 'unit_request.answer_save',
          entityType: 'unit_request_answer',
          entityId: id,
          unitId: actor.unitId,
          before: { status: current.status, answers: current.answers },
          after: { status: saved.status, answers },
        });
      });
      return this.get(actor, id);
    },

    /** The focal office sends a submitted answer back to the unit for changes. */
    async reopen(actor: RequestActor, id: string, unitId: string, reason: string) {
      if (!can(actor, 'request.manage')) throw new DomainError('forbidden');
      await visibleRequest(actor, id);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const locked = await lockRequest(trx, id);
        if (locked?.state !== 'open') throw new DomainError('unit_request.closed');
        const current = await lockAnswer(trx, id, unitId);
        if (!current) throw new DomainError('unit_request.not_targeted');
        if (current.status !== 'submitted') throw new DomainError('unit_request.not_submitted');
        const now = clock.now();
        await reopenAnswer(trx, id, unitId, reason.trim(), now);
        await notify(
          trx,
          {
            kind: 'request_received',
            to: [{ unit: unitId }],
            title: {
              vi: `Cơ quan đầu mối đề nghị bổ sung trả lời: ${locked.title}`,
              en: `The focal office asks you to revise your answer: ${locked.title}`,
            },
            body: { vi: reason, en: reason },
            link: `/requests/${id}`,
            exceptUserId: actor.userId,
          },
          now,
        );
        await audit({
          action: 'unit_request.answer_reopen',
          entityType: 'unit_request_answer',
          entityId: id,
          unitId,
          before: { status: 'submitted' },
          after: { status: 'draft', reason },
        });
      });
      return this.get(actor, id);
    },

    async close(actor: RequestActor, id: string) {
      if (!can(actor, 'request.manage')) throw new DomainError('forbidden');
      await visibleRequest(actor, id);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const locked = await lockRequest(trx, id);
        if (locked?.state !== 'open') throw new DomainError('unit_request.closed');
        await closeRequest(trx, id, clock.now());
        await audit({
          action: 'unit_request.close',
          entityType: 'unit_request',
          entityId: id,
          unitId: actor.unitId,
          before: { state: 'open' },
          after: { state: 'closed' },
        });
      });
      return this.get(actor, id);
    },

    /** Every unit's answers as one sheet: unit, status, submitted, then one column per field. */
    async exportXlsx(actor: RequestActor, id: string) {
      if (!can(actor, 'request.manage')) throw new DomainError('forbidden');
      const detail = await this.get(actor, id);
      const headers = [
        'Đơn vị',
        'Trạng thái',
        'Thời điểm gửi',
        'Người gửi',
        ...detail.fields.map((f) => f.label),
      ];
      const statusText = { answered: 'Đã trả lời', open: 'Chưa trả lời', overdue: 'Quá hạn' } as const;
      const rows: Cell[][] = detail.answers.map((a) => [
        a.unitName,
        statusText[a.compliance],
        a.submittedAt ? formatDayVi(vnDay(a.submittedAt)) : null,
        a.submittedBy,
        ...detail.fields.map((f): Cell => {
          const v = a.answers[f.key];
          if (v === undefined || v === null) return null;
          if (typeof v === 'boolean') return v ? 'Có' : 'Không';
          return v;
        }),
      ]);
      if (detail.totals.length > 0) {
        rows.push([
          'Tổng cộng',
          `${detail.answered}/${detail.targeted}`,
          null,
          null,
          ...detail.fields.map((f) => detail.totals.find((t) => t.key === f.key)?.total ?? null),
        ]);
      }
      const bytes = await writeXlsx('Tra loi', headers, rows);
      await mutate(deps, actor, ({ audit }) =>
        audit({
          action: 'unit_request.export',
          entityType: 'unit_request',
          entityId: id,
          unitId: actor.unitId,
          after: { rows: detail.answers.length },
        }),
      );
      return { filename: `yeu-cau-${detail.deadline}.xlsx`, contentType: XLSX_TYPE, bytes };
    },
  };
}
