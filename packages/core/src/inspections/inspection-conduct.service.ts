import { createHash } from 'node:crypto';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { AnswersInput, CompleteInspection } from '@ungcuu/domain/inspections/inspection-api.ts';
import {
  inspectionResult,
  itemApplies,
  remediationTasksFor,
} from '@ungcuu/domain/inspections/remediation.ts';
import {
  INSPECTION_SECTION_LABELS,
  INSPECTION_SECTIONS,
  SEVERITY_LABELS,
} from '@ungcuu/domain/inspections/template.ts';
import { formatDayVi, vnDay } from '@ungcuu/domain/readiness/dates.ts';
import { inspectionReportModel } from '../documents/inspection-report.ts';
import { renderDocument } from '../documents/render.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { findUserById } from '../org/user.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank } from '../shared/row-values.ts';
import { inspectUpload } from '../shared/uploaded-file.ts';
import * as repo from './inspection.repository.ts';
import type { InspectionService } from './inspection.service.ts';
import { evidenceView } from './inspection.view.ts';
import { liveContexts, requireInspection } from './inspection-context.ts';
import { insertTasks } from './remediation.repository.ts';

/** Evidence files are kept in the database; 10 MB each keeps backups and replicas reasonable. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const ANSWER_VI: Record<string, string> = {
  yes: 'Đạt',
  no: 'Không đạt',
  partial: 'Đạt một phần',
  not_applicable: 'Không áp dụng',
};
const STATUS_VI: Record<string, string> = {
  planned: 'Đã lên kế hoạch',
  in_progress: 'Đang kiểm tra',
  completed: 'Đã hoàn thành',
};

/** Answering, evidence, completion (which creates the remediation tasks) and the Word report. */
export function createInspectionConductService(deps: ServiceDeps, inspections: InspectionService) {
  async function openForAnswers(actor: RequestActor, id: string) {
    const row = await requireInspection(deps.db, actor, id);
    if (!can(actor, 'inspection.answer', { unitIds: [row.unit_id] })) throw new DomainError('forbidden');
    if (row.status === 'completed') throw new DomainError('inspection.completed');
    const template = (await liveContexts(deps.db, [row])).get(id)!.template;
    return { row, template };
  }

  return {
    /** Records answers (yes / no / partial / not applicable, with a note); the first one starts the inspection. */
    async answer(actor: RequestActor, id: string, input: AnswersInput) {
      const { row, template } = await openForAnswers(actor, id);
      const keys = new Set(template.items.map((i) => i.key));
      for (const key of Object.keys(input.answers))
        if (!keys.has(key)) throw new DomainError('inspection.unknown_item', { key });
      const before = (await repo.answersOf(deps.db, id)).filter((a) => a.item_key in input.answers);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = deps.clock.now();
        await repo.upsertAnswers(
          trx,
          Object.entries(input.answers).map(([key, a]) => ({
            inspection_id: id,
            item_key: key,
            answer: a.answer,
            note: blank(a.note),
            answered_by: actor.userId,
            answered_at: now,
          })),
        );
        if (row.status === 'planned')
          await repo.updateInspection(trx, id, { status: 'in_progress', updated_at: now });
        await audit({
          action: 'inspection.answer',
          entityType: 'inspection',
          entityId: id,
          unitId: row.unit_id,
          before,
          after: input.answers,
        });
        await announce({ entity: 'inspection', id, action: 'answer', unitIds: [row.unit_id] });
      });
      return inspections.detail(actor, id);
    },

    /** Stores one evidence file for an item, with its SHA-256 so that a copy can be verified later. */
    async uploadEvidence(
      actor: RequestActor,
      id: string,
      itemKey: string,
      file: { filename: string; mimetype: string; bytes: Buffer },
    ) {
      const { row, template } = await openForAnswers(actor, id);
      if (!template.items.some((i) => i.key === itemKey))
        throw new DomainError('inspection.unknown_item', { key: itemKey });
      if (file.bytes.length > MAX_EVIDENCE_BYTES) throw new DomainError('file.too_large', { max: '10 MB' });
      if (file.bytes.length === 0) throw new DomainError('request.invalid', { detail: 'empty file' });
      const { filename, contentType } = await inspectUpload(file.filename, file.bytes);
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const saved = await repo.insertEvidence(trx, {
          inspection_id: id,
          item_key: itemKey,
          filename,
          content_type: contentType,
          size_bytes: file.bytes.length,
          sha256,
          content: file.bytes,
          uploaded_by: actor.userId,
          uploaded_at: deps.clock.now(),
        });
        await audit({
          action: 'inspection.evidence.upload',
          entityType: 'inspection',
          entityId: id,
          unitId: row.unit_id,
          after: { evidenceId: saved.id, itemKey, filename: saved.filename, size: saved.size_bytes, sha256 },
        });
        await announce({ entity: 'inspection', id, action: 'evidence', unitIds: [row.unit_id] });
        return evidenceView(saved);
      });
    },

    async evidence(actor: RequestActor, id: string, evidenceId: string) {
      await requireInspection(deps.db, actor, id);
      const file = await repo.evidenceContent(deps.db, id, evidenceId);
      if (!file) throw new DomainError('not_found', { entity: 'evidence' });
      return { filename: file.filename, contentType: file.content_type, bytes: Buffer.from(file.content) };
    },

    /**
     * Closes the inspection: every applicable item must be answered; each 'no' or 'partial'
     * becomes a remediation task with its deadline (domain remediationTasksFor).
     */
    async complete(actor: RequestActor, id: string, input: CompleteInspection) {
      const row = await requireInspection(deps.db, actor, id);
      if (!can(actor, 'inspection.conduct', { unitIds: [row.unit_id] })) throw new DomainError('forbidden');
      if (row.status === 'completed') throw new DomainError('inspection.completed');
      const { template, answers, hasLevel3Plus } = (await liveContexts(deps.db, [row])).get(id)!;
      const context = { unitHasLevel3Plus: hasLevel3Plus };
      const unanswered = template.items.filter((i) => itemApplies(i, context) && !answers[i.key]);
      if (unanswered.length > 0)
        throw new DomainError(
          'inspection.unanswered',
          { count: unanswered.length },
          unanswered.map((i) => i.key),
        );
      const tasks = remediationTasksFor(template, answers, {
        inspectionDate: input.conductedOn,
        unitId: row.unit_id,
        ...context,
      });
      const result = inspectionResult(template, answers, context);
      const inspector =
        input.inspectorName ??
        row.inspector_name ??
        (await findUserById(deps.db, actor.userId))?.full_name ??
        actor.label;
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = deps.clock.now();
        await repo.updateInspection(trx, id, {
          status: 'completed',
          conducted_on: input.conductedOn,
          inspector_name: inspector,
          summary: blank(input.summary),
          result: JSON.stringify(result),
          completed_at: now,
          updated_at: now,
        });
        const created = await insertTasks(
          trx,
          tasks.map((t) => ({
            unit_id: t.unitId,
            inspection_id: id,
            item_key: t.itemKey,
            answer: t.answer,
            title: JSON.stringify(t.title),
            description: JSON.stringify(t.description),
            priority: t.priority,
            due_date: t.dueDate,
            updated_at: now,
          })),
        );
        await audit({
          action: 'inspection.complete',
          entityType: 'inspection',
          entityId: id,
          unitId: row.unit_id,
          before: { status: row.status },
          after: { status: 'completed', conductedOn: input.conductedOn, result, tasks: created.length },
        });
        for (const task of created) {
          await audit({
            action: 'remediation.create',
            entityType: 'remediation_task',
            entityId: task.id,
            unitId: task.unit_id,
            after: task,
          });
        }
        await announce({ entity: 'inspection', id, action: 'complete', unitIds: [row.unit_id] });
      });
      return inspections.detail(actor, id);
    },

    /** The inspection report (biên bản kiểm tra) as a Word document or a PDF. */
    async report(actor: RequestActor, id: string, format: 'docx' | 'pdf' = 'docx') {
      const detail = await inspections.get(actor, id);
      const unit = await findUnitById(deps.db, detail.unitId);
      const viDate = (iso: string | null) => (iso ? formatDayVi(vnDay(iso)) : null);
      const r = detail.result;
      const model = inspectionReportModel({
        unitName: detail.unitName,
        year: detail.year,
        conductedOn: viDate(detail.conductedOn),
        inspectorName: detail.inspectorName,
        templateTitle: detail.templateTitle.vi,
        // The template by its title: the code is an identifier for the software, not for the reader.
        templateRef: `${detail.templateTitle.vi}, phiên bản ${detail.templateVersion}`,
        statusLabel: STATUS_VI[detail.status] ?? detail.status,
        summary: detail.summary,
        sections: INSPECTION_SECTIONS.map((section) => ({
          title: INSPECTION_SECTION_LABELS[section].vi,
          items: detail.items
            .filter((i) => i.section === section)
            .map((i) => ({
              title: i.title.vi,
              question: i.question.vi,
              answer: i.applies
                ? i.answer
                  ? (ANSWER_VI[i.answer] ?? i.answer)
                  : 'Chưa đánh giá'
                : 'Không áp dụng',
              note: i.note,
            })),
        })).filter((s) => s.items.length > 0),
        result: {
          ...r,
          percent: r.compliancePercent === null ? 'chưa xác định' : `${r.compliancePercent}%`,
        },
        findings: detail.remediationTasks.map((t) => ({
          title: t.title.vi,
          answer: ANSWER_VI[t.answer] ?? t.answer,
          priority: SEVERITY_LABELS[t.priority as keyof typeof SEVERITY_LABELS]?.vi ?? t.priority,
          dueDate: viDate(t.dueDate)!,
          status: t.status === 'done' ? 'Đã khắc phục' : 'Chưa khắc phục',
        })),
        generatedOn: formatDayVi(vnDay(deps.clock.now().toISOString())),
      });
      return renderDocument(
        model,
        format,
        `bien-ban-kiem-tra-attt-${detail.year}-${unit?.code ?? detail.unitId}`,
      );
    },
  };
}
export type InspectionConductService = ReturnType<typeof createInspectionConductService>;
