import { DomainError } from '@ungcuu/domain/errors.ts';
import type {
  FollowupInput,
  FollowupPatch,
  LessonListQuery,
  LessonView,
} from '@ungcuu/domain/lessons/lessons-api.ts';
import type { Updateable } from 'kysely';
import type { LessonFollowupsTable } from '../db/schema-incidents.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { blank } from '../shared/row-values.ts';
import * as repo from './lesson.repository.ts';
import { type LessonExtras, lessonView, managesLesson } from './lesson.view.ts';

function followupColumns(input: FollowupPatch): Updateable<LessonFollowupsTable> {
  const out: Updateable<LessonFollowupsTable> = {};
  if (input.action !== undefined) out.action = input.action.trim();
  if (input.doneBy !== undefined) out.done_by = blank(input.doneBy ?? undefined);
  if (input.dueOn !== undefined) out.due_on = input.dueOn;
  if (input.doneOn !== undefined) out.done_on = input.doneOn;
  if (input.status !== undefined) out.status = input.status;
  return out;
}

/**
 * The lessons library (seed I.2): every unit reads the lessons of closed incidents, redacted where
 * the incident is not theirs; whoever works on the incident records what changed and the risks
 * the lesson touches.
 */
export function createLessonService(deps: ServiceDeps) {
  /** Risks, follow-ups and unit names of a page of lessons: three queries, not three per lesson. */
  async function views(db: Executor, actor: RequestActor, rows: repo.LessonRow[]): Promise<LessonView[]> {
    const ids = rows.map((r) => r.id);
    const [risks, followups, names] = await Promise.all([
      repo.risksOfLessons(db, ids),
      repo.followupsOf(db, ids),
      repo.unitNames(db, [...new Set(rows.flatMap((r) => r.unit_ids))]),
    ]);
    return rows.map((row) => {
      const extras: LessonExtras = {
        risks: risks
          .filter((r) => r.incident_id === row.id)
          .map((r) => ({
            id: r.id,
            subtype: r.subtype,
            systemName: r.system_name,
            score: r.score,
            band: r.band,
            unitIds: [r.owner_unit_id, r.operating_unit_id],
          })),
        followups: followups.filter((f) => f.incident_id === row.id),
        unitNames: row.unit_ids.map((id) => names.get(id)).filter((n): n is string => !!n),
      };
      return lessonView(actor, row, extras);
    });
  }

  async function requireLesson(id: string) {
    const row = await repo.findLesson(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'lesson' });
    return row;
  }

  async function requireManaged(actor: RequestActor, id: string) {
    const row = await requireLesson(id);
    if (!managesLesson(actor, row)) throw new DomainError('forbidden');
    return row;
  }

  async function one(db: Executor, actor: RequestActor, id: string): Promise<LessonView> {
    const row = await repo.findLesson(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'lesson' });
    return (await views(db, actor, [row]))[0]!;
  }

  return {
    async list(actor: RequestActor, query: LessonListQuery) {
      readReach(actor, 'lesson.read');
      const { rows, total } = await repo.listLessons(deps.db, query);
      return { total, items: await views(deps.db, actor, rows) };
    },

    async get(actor: RequestActor, id: string) {
      readReach(actor, 'lesson.read');
      return one(deps.db, actor, id);
    },

    /** The lessons that touch a risk (the risk's page); the risk itself was checked by the route. */
    async ofRisk(actor: RequestActor, riskId: string) {
      readReach(actor, 'lesson.read');
      return { items: await views(deps.db, actor, await repo.lessonsOfRisk(deps.db, riskId)) };
    },

    async linkRisk(actor: RequestActor, id: string, riskId: string) {
      const lesson = await requireManaged(actor, id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        if (!(await repo.insertRiskLink(trx, { incident_id: id, risk_id: riskId, linked_by: actor.userId })))
          throw new DomainError('lesson.link_exists');
        await audit({
          action: 'lesson.risk_link',
          entityType: 'lesson',
          entityId: id,
          unitId: lesson.reporting_unit_id,
          after: { risk_id: riskId },
        });
        await announce({ entity: 'lesson', id, action: 'risk_link', unitIds: 'all' });
        return one(trx, actor, id);
      });
    },

    async unlinkRisk(actor: RequestActor, id: string, riskId: string) {
      const lesson = await requireManaged(actor, id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        if (!(await repo.deleteRiskLink(trx, id, riskId)))
          throw new DomainError('not_found', { entity: 'risk' });
        await audit({
          action: 'lesson.risk_unlink',
          entityType: 'lesson',
          entityId: id,
          unitId: lesson.reporting_unit_id,
          before: { risk_id: riskId },
        });
        await announce({ entity: 'lesson', id, action: 'risk_unlink', unitIds: 'all' });
        return one(trx, actor, id);
      });
    },

    async addFollowup(actor: RequestActor, id: string, input: FollowupInput) {
      const lesson = await requireManaged(actor, id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertFollowup(trx, {
          ...followupColumns(input),
          incident_id: id,
          action: input.action.trim(),
          created_by: actor.userId,
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'lesson.followup.create',
          entityType: 'lesson_followup',
          entityId: row.id,
          unitId: lesson.reporting_unit_id,
          after: row,
        });
        await announce({ entity: 'lesson', id, action: 'followup', unitIds: 'all' });
        return one(trx, actor, id);
      });
    },

    async updateFollowup(
      actor: RequestActor,
      followupId: string,
      patch: FollowupPatch,
      expectedVersion?: number,
    ) {
      const before = await repo.findFollowup(deps.db, followupId);
      if (!before) throw new DomainError('not_found', { entity: 'lesson_followup' });
      const lesson = await requireManaged(actor, before.incident_id);
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new DomainError('conflict.stale');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const after = await repo.updateFollowup(trx, followupId, {
          ...followupColumns(patch),
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'lesson.followup.update',
          entityType: 'lesson_followup',
          entityId: followupId,
          unitId: lesson.reporting_unit_id,
          before,
          after,
        });
        await announce({ entity: 'lesson', id: lesson.id, action: 'followup', unitIds: 'all' });
        return one(trx, actor, lesson.id);
      });
    },

    async removeFollowup(actor: RequestActor, followupId: string) {
      const before = await repo.findFollowup(deps.db, followupId);
      if (!before) throw new DomainError('not_found', { entity: 'lesson_followup' });
      const lesson = await requireManaged(actor, before.incident_id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteFollowup(trx, followupId);
        await audit({
          action: 'lesson.followup.delete',
          entityType: 'lesson_followup',
          entityId: followupId,
          unitId: lesson.reporting_unit_id,
          before,
        });
        await announce({ entity: 'lesson', id: lesson.id, action: 'followup', unitIds: 'all' });
        return { id: followupId, deleted: true };
      });
    },
  };
}
export type LessonService = ReturnType<typeof createLessonService>;
