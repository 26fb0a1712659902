import {
  type InspectionAnswers,
  inspectionResult,
  remediationTasksFor,
} from '@ungcuu/domain/inspections/remediation.ts';
import { DEFAULT_INSPECTION_TEMPLATE } from '@ungcuu/domain/inspections/template.ts';
import type { Insertable } from 'kysely';
import type { InspectionsTable, RemediationTasksTable } from '../db/schema-preparedness.ts';
import type { Trx } from '../shared/context.ts';
import { insertRows } from './demo.repository.ts';
import { AGENCIES, type DemoContext, type DemoLoader, unitId, WARDS } from './demo-context.ts';
import { dayBefore } from './demo-random.ts';

// Last year's annual inspections (seed IV.1) with their answers, findings and remediation tasks
// (some done, some overdue), and this year's plan.

export const demoInspections: DemoLoader = {
  name: 'inspections',
  async load(trx: Trx, ctx: DemoContext) {
    const { rnd, now } = ctx;
    const template = DEFAULT_INSPECTION_TEMPLATE;
    const thisYear = Number(dayBefore(now, 0).slice(0, 4));
    const inspector = ctx.users.get('dieuphoi');
    const inspected = [...AGENCIES, ...WARDS.slice(0, 9), 'VP-HDND-UBND', 'TCKH'];
    const inspections: (Insertable<InspectionsTable> & { id: string })[] = [];
    const answers: {
      inspection_id: string;
      item_key: string;
      answer: string;
      note: string | null;
      answered_by: string | null;
      answered_at: Date;
    }[] = [];
    const tasks: Insertable<RemediationTasksTable>[] = [];
    for (const code of inspected) {
      const unit = unitId(ctx, code);
      const id = rnd.uuid();
      const conductedOn = `${thisYear - 1}-${String(rnd.int(5, 11)).padStart(2, '0')}-${String(rnd.int(3, 27)).padStart(2, '0')}`;
      const level3 = ctx.systems.some((s) => s.unitId === unit && (s.level === null || s.level >= 3));
      const given: InspectionAnswers = {};
      for (const item of template.items)
        given[item.key] = rnd.weighted(['yes', 'partial', 'no', 'not_applicable'], [6, 2, 1.5, 0.5]);
      const context = { unitHasLevel3Plus: level3 };
      const result = inspectionResult(template, given, context);
      inspections.push({
        id,
        unit_id: unit,
        year: thisYear - 1,
        template_id: ctx.templateId,
        status: 'completed',
        planned_on: conductedOn,
        conducted_on: conductedOn,
        inspector_user_id: inspector?.id ?? null,
        inspector_name: inspector?.fullName ?? 'Đoàn kiểm tra thị xã',
        summary: `Đơn vị chấp hành cơ bản các quy định; còn ${result.failed} nội dung chưa đạt, ${result.partial} nội dung đạt một phần.`,
        result: JSON.stringify(result),
        completed_at: new Date(`${conductedOn}T10:00:00+07:00`),
        updated_at: now,
      });
      for (const [key, answer] of Object.entries(given))
        answers.push({
          inspection_id: id,
          item_key: key,
          answer,
          note: answer === 'no' ? 'Chưa có hồ sơ, minh chứng' : null,
          answered_by: inspector?.id ?? null,
          answered_at: new Date(`${conductedOn}T09:00:00+07:00`),
        });
      for (const t of remediationTasksFor(template, given, {
        inspectionDate: conductedOn,
        unitId: unit,
        ...context,
      })) {
        const done = rnd.chance(0.6);
        tasks.push({
          unit_id: t.unitId,
          inspection_id: id,
          item_key: t.itemKey,
          answer: t.answer,
          title: JSON.stringify(t.title),
          description: JSON.stringify(t.description),
          priority: t.priority,
          due_date: t.dueDate,
          status: done ? 'done' : 'open',
          done_note: done ? 'Đã khắc phục, có biên bản kèm theo' : null,
          done_at: done ? new Date(`${t.dueDate}T15:00:00+07:00`) : null,
          done_by: null,
          updated_at: now,
        });
      }
    }
    // This year's plan: the remaining units, planned for the coming months.
    for (const code of WARDS.slice(9)) {
      inspections.push({
        id: rnd.uuid(),
        unit_id: unitId(ctx, code),
        year: thisYear,
        template_id: ctx.templateId,
        status: 'planned',
        planned_on: `${thisYear}-${String(rnd.int(10, 12)).padStart(2, '0')}-15`,
        conducted_on: null,
        inspector_user_id: inspector?.id ?? null,
        inspector_name: null,
        summary: null,
        result: null,
        completed_at: null,
        updated_at: now,
      });
    }
    ctx.written.inspections = await insertRows(trx, 'inspections', inspections);
    ctx.written.inspection_answers = await insertRows(trx, 'inspection_answers', answers);
    ctx.written.remediation_tasks = await insertRows(trx, 'remediation_tasks', tasks);
  },
};
