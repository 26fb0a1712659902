import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type {
  InspectionListQuery,
  InspectionPatch,
  InspectionPlan,
} from '@ungcuu/domain/inspections/inspection-api.ts';
import {
  compareYears,
  type InspectionAnswer,
  type InspectionAnswers,
  itemApplies,
} from '@ungcuu/domain/inspections/remediation.ts';
import type { InspectionTemplate } from '@ungcuu/domain/inspections/template.ts';
import { findUnitById, findUnitsByIds } from '../org/unit.repository.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { assertVisibleRefs } from '../shared/ref-visibility.ts';
import * as repo from './inspection.repository.ts';
import { evidenceView, inspectionView, remediationView, templateView } from './inspection.view.ts';
import { ensureDefaultTemplate, liveContexts, requireInspection } from './inspection-context.ts';
import { tasksOfInspection } from './remediation.repository.ts';
/** Annual inspections (seed IV.1): templates, planning, reading, the yearly comparison. */
export function createInspectionService(deps: ServiceDeps) {
  /** The inspector must be someone the planner may see (issue 7: no other unit's people by id). */
  async function requireUser(actor: RequestActor, id: string | null | undefined) {
    if (!id) return;
    await assertVisibleRefs(deps.db, actor, [{ kind: 'user', id, path: 'inspectorUserId' }]);
  }

  async function templateFor(templateId: string | undefined) {
    if (!templateId) return ensureDefaultTemplate(deps);
    const row = await repo.findTemplate(deps.db, templateId);
    if (!row) throw new DomainError('not_found', { entity: 'inspection_template' });
    return row;
  }

  /** The full record: every item of its template with answer, note and evidence, and its tasks. */
  async function detail(actor: RequestActor, id: string) {
    const row = await requireInspection(deps.db, actor, id);
    const [contexts, answers, evidence, tasks, templateRow] = await Promise.all([
      liveContexts(deps.db, [row]),
      repo.answersOf(deps.db, id),
      repo.evidenceOf(deps.db, id),
      tasksOfInspection(deps.db, id),
      repo.findTemplate(deps.db, row.template_id),
    ]);
    const live = contexts.get(id)!;
    const byKey = new Map(answers.map((a) => [a.item_key, a]));
    const today = vnToday(deps.clock.now());
    return {
      ...inspectionView(actor, row, live),
      templateTitle: templateRow!.title,
      items: live.template.items.map((item) => ({
        ...item,
        applies: itemApplies(item, { unitHasLevel3Plus: live.hasLevel3Plus }),
        answer: (byKey.get(item.key)?.answer ?? null) as InspectionAnswer | null,
        note: byKey.get(item.key)?.note ?? null,
        evidence: evidence.filter((e) => e.item_key === item.key).map(evidenceView),
      })),
      remediationTasks: tasks.map((t) => remediationView(actor, t, today)),
    };
  }

  return {
    detail,

    async listTemplates(actor: RequestActor) {
      if (!can(actor, 'inspection.read')) throw new DomainError('forbidden');
      await ensureDefaultTemplate(deps);
      return { items: (await repo.listTemplates(deps.db)).map(templateView) };
    },

    async getTemplate(actor: RequestActor, id: string) {
      if (!can(actor, 'inspection.read')) throw new DomainError('forbidden');
      const row = await repo.findTemplate(deps.db, id);
      if (!row) throw new DomainError('not_found', { entity: 'inspection_template' });
      return templateView(row);
    },

    /** A new version of a checklist; earlier inspections keep the version they were answered against. */
    async createTemplate(actor: RequestActor, input: InspectionTemplate) {
      if (widestScope(actor, 'inspection.plan') !== 'all') throw new DomainError('forbidden');
      const latest = await repo.latestTemplate(deps.db, input.code);
      if (latest && input.version <= latest.version)
        throw new DomainError('inspection.template_version', { version: latest.version });
      const keys = input.items.map((i) => i.key);
      if (new Set(keys).size !== keys.length)
        throw new DomainError('conflict.duplicate', { field: 'items.key' });
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertTemplate(trx, {
          code: input.code,
          version: input.version,
          title: JSON.stringify(input.title),
          items: JSON.stringify(input.items),
        });
        if (!row) throw new DomainError('inspection.template_version', { version: input.version });
        await audit({
          action: 'inspection_template.create',
          entityType: 'inspection_template',
          entityId: row.id,
          after: { code: row.code, version: row.version, items: input.items.length },
        });
        await announce({ entity: 'inspection_template', id: row.id, action: 'create', unitIds: 'all' });
        return templateView(row);
      });
    },

    async plan(actor: RequestActor, input: InspectionPlan) {
      if (!can(actor, 'inspection.plan', { unitIds: [input.unitId] })) throw new DomainError('forbidden');
      if (!(await findUnitById(deps.db, input.unitId)))
        throw new DomainError('not_found', { entity: 'unit' });
      await requireUser(actor, input.inspectorUserId);
      const template = await templateFor(input.templateId);
      const id = await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const [row] = await repo.insertInspections(trx, [
          {
            unit_id: input.unitId,
            year: input.year,
            template_id: template.id,
            planned_on: input.plannedOn ?? null,
            inspector_user_id: input.inspectorUserId ?? null,
            inspector_name: input.inspectorName ?? null,
            updated_at: deps.clock.now(),
          },
        ]);
        if (!row) throw new DomainError('conflict.duplicate', { field: 'year' });
        await audit({
          action: 'inspection.plan',
          entityType: 'inspection',
          entityId: row.id,
          unitId: row.unit_id,
          after: row,
        });
        await announce({ entity: 'inspection', id: row.id, action: 'plan', unitIds: [row.unit_id] });
        return row.id;
      });
      return detail(actor, id);
    },

    /** Plans the year for many units at once; units already planned that year are skipped. */
    async planYear(
      actor: RequestActor,
      input: { year: number; unitIds: string[]; templateId?: string | undefined; plannedOn?: string | null },
    ) {
      if (!input.unitIds.every((u) => can(actor, 'inspection.plan', { unitIds: [u] })))
        throw new DomainError('forbidden');
      const found = await findUnitsByIds(deps.db, input.unitIds);
      if (found.length !== input.unitIds.length) throw new DomainError('not_found', { entity: 'unit' });
      const template = await templateFor(input.templateId);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const rows = await repo.insertInspections(
          trx,
          input.unitIds.map((unitId) => ({
            unit_id: unitId,
            year: input.year,
            template_id: template.id,
            planned_on: input.plannedOn ?? null,
            updated_at: deps.clock.now(),
          })),
        );
        for (const row of rows) {
          await audit({
            action: 'inspection.plan',
            entityType: 'inspection',
            entityId: row.id,
            unitId: row.unit_id,
            after: row,
          });
        }
        if (rows.length > 0)
          await announce({
            entity: 'inspection',
            id: 'plan',
            action: 'plan',
            unitIds: rows.map((r) => r.unit_id),
          });
        return { year: input.year, created: rows.length, skipped: input.unitIds.length - rows.length };
      });
    },

    async updatePlan(actor: RequestActor, id: string, patch: InspectionPatch) {
      const before = await requireInspection(deps.db, actor, id);
      if (!can(actor, 'inspection.plan', { unitIds: [before.unit_id] })) throw new DomainError('forbidden');
      if (before.status === 'completed') throw new DomainError('inspection.completed');
      await requireUser(actor, patch.inspectorUserId);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.updateInspection(trx, id, {
          ...(patch.plannedOn !== undefined ? { planned_on: patch.plannedOn } : {}),
          ...(patch.inspectorUserId !== undefined ? { inspector_user_id: patch.inspectorUserId } : {}),
          ...(patch.inspectorName !== undefined ? { inspector_name: patch.inspectorName || null } : {}),
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'inspection.update',
          entityType: 'inspection',
          entityId: id,
          unitId: before.unit_id,
          before,
          after: await repo.findInspection(trx, id),
        });
        await announce({ entity: 'inspection', id, action: 'update', unitIds: [before.unit_id] });
      });
      return detail(actor, id);
    },

    async list(actor: RequestActor, query: InspectionListQuery) {
      const { rows, total } = await repo.listInspections(deps.db, query, readReach(actor, 'inspection.read'));
      const live = await liveContexts(
        deps.db,
        rows.filter((r) => r.status !== 'completed'),
      );
      return { total, items: rows.map((r) => inspectionView(actor, r, live.get(r.id) ?? null)) };
    },

    async get(actor: RequestActor, id: string) {
      return detail(actor, id);
    },

    /** This year's answers against last year's, item by item (domain compareYears). */
    async compare(actor: RequestActor, query: { unitId: string; year: number }) {
      if (!(await findUnitById(deps.db, query.unitId)))
        throw new DomainError('not_found', { entity: 'unit' });
      if (!can(actor, 'inspection.read', { unitIds: [query.unitId] })) throw new DomainError('forbidden');
      const [current, previous] = await Promise.all([
        repo.findInspectionOf(deps.db, query.unitId, query.year),
        repo.findInspectionOf(deps.db, query.unitId, query.year - 1),
      ]);
      const present = [current, previous].filter((r) => r !== undefined);
      const contexts = await liveContexts(deps.db, present);
      const answersOf = (id: string | undefined): InspectionAnswers =>
        id ? (contexts.get(id)?.answers ?? {}) : {};
      const titles = new Map(
        present
          .flatMap((r) => contexts.get(r.id)!.template.items.map((i) => [i.key, i.title] as const))
          .reverse(),
      );
      const items = compareYears(answersOf(previous?.id), answersOf(current?.id)).map((c) => ({
        ...c,
        title: titles.get(c.itemKey) ?? null,
      }));
      const brief = (r: repo.InspectionWithRefs | undefined) => {
        if (!r) return null;
        const view = inspectionView(actor, r, contexts.get(r.id)!);
        return { id: r.id, status: view.status, conductedOn: view.conductedOn, result: view.result };
      };
      const count = (change: string) => items.filter((i) => i.change === change).length;
      return {
        unitId: query.unitId,
        year: query.year,
        previousYear: query.year - 1,
        current: brief(current),
        previous: brief(previous),
        items,
        counts: {
          improved: count('improved'),
          regressed: count('regressed'),
          same: count('same'),
          notComparable: count('not_comparable'),
        },
      };
    },
  };
}
export type InspectionService = ReturnType<typeof createInspectionService>;
