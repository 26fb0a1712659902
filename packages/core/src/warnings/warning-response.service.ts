import { createHash } from 'node:crypto';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { nextTargetStatus, type TargetReason, type TargetStatus } from '@ungcuu/domain/warnings/warning.ts';
import type { ComplianceQuery, RespondInput } from '@ungcuu/domain/warnings/warning-api.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toDay, toIso } from '../shared/row-values.ts';
import { inspectUpload } from '../shared/uploaded-file.ts';
import * as repo from './warning.repository.ts';
import type { WarningService } from './warning.service.ts';
import { countsByWarning, emptyCounts, myTargetView, seesAllWarnings } from './warning.view.ts';
import * as targets from './warning-target.repository.ts';

export const MAX_WARNING_FILE_BYTES = 25 * 1024 * 1024;

/** A unit's side of a warning (acknowledge, report with evidence) and the office's compliance views. */
export function createWarningResponseService(deps: ServiceDeps, warnings: WarningService) {
  const { db, clock } = deps;
  const today = () => vnToday(clock.now());

  /** The caller's unit's target of a published warning it may answer for. */
  async function ownTarget(actor: RequestActor, id: string) {
    const { row, target } = await warnings.readable(actor, id);
    if (!target || !can(actor, 'warning.respond', { unitIds: [target.unit_id] }))
      throw new DomainError('forbidden');
    if (row.status !== 'published') throw new DomainError('warning.not_published');
    return { row, target };
  }

  async function move(
    actor: RequestActor,
    id: string,
    action: 'acknowledge' | RespondInput['outcome'],
    note?: string,
  ) {
    const { row } = await ownTarget(actor, id);
    return mutate(deps, actor, async ({ trx, audit, announce }) => {
      const target = (await targets.lockTarget(trx, id, actor.unitId))!;
      const to = nextTargetStatus(target.status as TargetStatus, action);
      if (!to) throw new DomainError('warning.bad_transition', { from: target.status, to: action });
      const now = clock.now();
      const acknowledging = target.acknowledged_at === null;
      const after = await targets.updateTarget(trx, target.id, {
        status: to,
        ...(acknowledging ? { acknowledged_at: now, acknowledged_by: actor.userId } : {}),
        ...(action === 'acknowledge'
          ? {}
          : { note: note?.trim() || null, responded_at: now, responded_by: actor.userId }),
        updated_at: now,
      });
      await repo.addWarningTimeline(trx, {
        warningId: id,
        at: now,
        step: action === 'acknowledge' ? 'acknowledged' : 'responded',
        unitId: actor.unitId,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        data: action === 'acknowledge' ? null : { outcome: to, note: after.note },
      });
      await audit({
        action: action === 'acknowledge' ? 'warning.acknowledge' : 'warning.respond',
        entityType: 'warning_target',
        entityId: target.id,
        unitId: actor.unitId,
        before: target,
        after,
      });
      await announce({ entity: 'warning', id, action: 'respond', unitIds: [actor.unitId] });
      return myTargetView(after, toDay(row.deadline), today());
    });
  }

  return {
    acknowledge: (actor: RequestActor, id: string) => move(actor, id, 'acknowledge'),

    async respond(actor: RequestActor, id: string, input: RespondInput) {
      if (input.outcome !== 'done' && !input.note?.trim()) throw new DomainError('warning.note_required');
      return move(actor, id, input.outcome, input.note);
    },

    /**
     * A file on the warning: the focal office attaches it to the warning (every target sees it),
     * a unit adds it as evidence of its own report (only that unit and the office see it).
     */
    async upload(actor: RequestActor, id: string, file: { filename: string; bytes: Buffer }) {
      if (file.bytes.length === 0) throw new DomainError('validation.failed', { detail: 'empty file' });
      if (file.bytes.length > MAX_WARNING_FILE_BYTES)
        throw new DomainError('file.too_large', { max: '25 MB' });
      const office = can(actor, 'warning.manage');
      const { row } = office ? await warnings.readable(actor, id) : await ownTarget(actor, id);
      if (office && row.status === 'closed') throw new DomainError('warning.not_published');
      const { filename, contentType } = await inspectUpload(file.filename, file.bytes);
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = clock.now();
        const saved = await repo.insertWarningFile(trx, {
          warning_id: id,
          unit_id: office ? null : actor.unitId,
          filename,
          content_type: contentType,
          size: file.bytes.length,
          sha256,
          content: file.bytes,
          uploaded_by: actor.userId,
          uploaded_at: now,
        });
        await repo.addWarningTimeline(trx, {
          warningId: id,
          at: now,
          step: 'file_added',
          unitId: office ? null : actor.unitId,
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { fileId: saved.id, filename, sha256 },
        });
        await audit({
          action: 'warning.file.upload',
          entityType: 'warning_file',
          entityId: saved.id,
          unitId: actor.unitId,
          after: { warningId: id, filename, sha256, size: saved.size },
        });
        await announce({ entity: 'warning', id, action: 'file', unitIds: [actor.unitId] });
        return {
          id: saved.id,
          unitId: saved.unit_id,
          filename: saved.filename,
          contentType: saved.content_type,
          size: saved.size,
          sha256: saved.sha256,
          uploadedAt: toIso(saved.uploaded_at)!,
        };
      });
    },

    /** A download is audited (who took which file when). A unit gets the warning's files and its own. */
    async download(actor: RequestActor, id: string, fileId: string) {
      await warnings.readable(actor, id);
      const file = await repo.findWarningFile(db, id, fileId);
      if (!file || (!seesAllWarnings(actor) && file.unit_id !== null && file.unit_id !== actor.unitId))
        throw new DomainError('not_found', { entity: 'file' });
      await mutate(deps, actor, ({ audit }) =>
        audit({
          action: 'warning.file.download',
          entityType: 'warning_file',
          entityId: fileId,
          unitId: actor.unitId,
          after: { sha256: file.sha256, filename: file.filename },
        }),
      );
      return { filename: file.filename, contentType: file.content_type, bytes: Buffer.from(file.content) };
    },

    /** The focal office's view of one warning: counts by status, overdue, and each unit's answer. */
    async compliance(actor: RequestActor, id: string, query: ComplianceQuery) {
      const { row } = await warnings.readable(actor, id);
      if (!seesAllWarnings(actor)) throw new DomainError('forbidden');
      const day = today();
      const [countRows, rows] = await Promise.all([
        targets.targetCounts(db, [id], day),
        targets.complianceRows(db, id, query, day),
      ]);
      const counts = countsByWarning(countRows).get(id) ?? emptyCounts();
      const files = new Map(
        (
          await targets.evidenceCounts(
            db,
            id,
            rows.map((t) => t.unit_id),
          )
        ).map((f) => [f.unit_id, Number(f.n)]),
      );
      return {
        warningId: id,
        deadline: toDay(row.deadline),
        counts,
        items: rows.map((t) => ({
          unitId: t.unit_id,
          unitName: t.unit_name,
          status: t.status as TargetStatus,
          reason: t.reason as TargetReason,
          overdue: Boolean(t.overdue),
          note: t.note,
          acknowledgedAt: toIso(t.acknowledged_at),
          respondedAt: toIso(t.responded_at),
          remindedAt: toIso(t.reminded_at),
          escalatedAt: toIso(t.escalated_at),
          matchedSystems: t.matched_systems ?? [],
          fileCount: files.get(t.unit_id) ?? 0,
        })),
        total: query.status ? counts[query.status as keyof typeof counts] : counts.total,
        limit: query.limit,
        offset: query.offset,
      };
    },

    /** Every warning sent to one unit and its answer: the office for any unit, a unit for itself. */
    async ofUnit(actor: RequestActor, unitId: string, page: { limit: number; offset: number }) {
      if (
        !seesAllWarnings(actor) &&
        !(unitId === actor.unitId && can(actor, 'warning.read', { unitIds: [unitId] }))
      )
        throw new DomainError('forbidden');
      const { rows, total } = await targets.warningsOfUnit(db, unitId, page, today());
      return {
        total,
        limit: page.limit,
        offset: page.offset,
        items: rows.map((r) => ({
          warningId: r.id,
          code: r.code,
          title: r.title,
          severity: r.severity as 'low',
          deadline: toDay(r.deadline),
          publishedAt: toIso(r.published_at),
          status: r.status as TargetStatus,
          overdue: Boolean(r.overdue),
          respondedAt: toIso(r.responded_at),
        })),
      };
    },

    async timeline(actor: RequestActor, id: string) {
      await warnings.readable(actor, id);
      const all = seesAllWarnings(actor);
      const rows = await repo.listWarningTimeline(db, id, all ? null : actor.unitId);
      return {
        // Which incidents carried the warning's indicators is the office's to know (other units' incidents).
        items: rows
          .filter((r) => all || r.event !== 'indicator_hit')
          .map((r) => ({
            id: String(r.id),
            at: toIso(r.at)!,
            event: r.event,
            actorLabel: r.actor_label,
            unitId: r.unit_id,
            unitName: r.unit_name,
            data: (r.data as Record<string, unknown> | null) ?? null,
          })),
      };
    },
  };
}
export type WarningResponseService = ReturnType<typeof createWarningResponseService>;
