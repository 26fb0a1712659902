import { DomainError } from '@ungcuu/domain/errors.ts';
import type { IncidentState } from '@ungcuu/domain/incidents/lifecycle.ts';
import { normalizeObservable, type ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import type { ObservableInput } from '@ungcuu/domain/incidents/schemas.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import { noticeMention } from '../notifications/incident-notices.ts';
import { findUsersByUsernames } from '../org/user.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { linkIndicatorHits } from '../warnings/indicator-hits.ts';
import { insertComment, listCommentsOfIncident } from './comment.repository.ts';
import { sharesWithUnit } from './escalation.repository.ts';
import { findIncidentById, findLinkSummaries, lockIncident } from './incident.repository.ts';
import { requireAction, requireVisible, visibilityOf } from './incident-access.ts';
import { insertLinkOnce, listLinksOfIncident } from './link.repository.ts';
import { addObservable, observablesWithLinks } from './observables.repository.ts';
import { addTimeline } from './timeline.repository.ts';

/** @username mentions in a comment; matched against real accounts before anyone is notified. */
export function mentionedUsernames(body: string): string[] {
  return [
    ...new Set([...body.matchAll(/(?:^|[\s(])@([A-Za-z0-9_.-]{3,60})/g)].map((m) => m[1]!.toLowerCase())),
  ];
}

/** Comments, manual timeline entries, observables and links between incidents. */
export function createCollaborationService(deps: ServiceDeps) {
  const { db, clock } = deps;

  return {
    async listComments(actor: RequestActor, incidentId: string) {
      const { visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      if (visibility !== 'full') return [];
      const rows = await listCommentsOfIncident(db, incidentId);
      return rows.map((r) => ({
        id: r.id,
        body: r.body,
        mentions: r.mentions,
        createdAt: new Date(r.created_at).toISOString(),
        author: { id: r.author_user_id, fullName: r.full_name, username: r.username },
      }));
    },

    async comment(actor: RequestActor, incidentId: string, body: string) {
      const names = mentionedUsernames(body);
      const named = names.length ? await findUsersByUsernames(db, names) : [];
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'comment.create');
        // Only people who may read the comments are told about one: a notice quotes the comment, and
        // must not carry an incident's words to another commune.
        const mentioned = named.filter(
          (m) =>
            visibilityOf({ userId: m.id, unitId: m.unit_id, roles: m.roles as Role[], label: m.id }, row) ===
            'full',
        );
        const comment = await insertComment(trx, {
          incident_id: incidentId,
          author_user_id: actor.userId,
          body,
          mentions: mentioned.map((m) => m.id),
        });
        for (const m of mentioned) {
          await noticeMention(trx, actor, row, m, body, clock.now());
        }
        await addTimeline(trx, {
          incidentId,
          at: clock.now(),
          kind: 'auto',
          event: 'commented',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { commentId: comment.id },
        });
        await audit({
          action: 'incident.comment',
          entityType: 'incident_comment',
          entityId: comment.id,
          unitId: row.reporting_unit_id,
          after: comment,
        });
        await announce({ entity: 'incident', id: incidentId, action: 'comment', unitIds: row.unit_ids });
        return {
          id: comment.id,
          body: comment.body,
          mentions: comment.mentions,
          createdAt: new Date(comment.created_at).toISOString(),
        };
      });
    },

    /** What happened when, in the words of the people involved, at the time it happened. */
    async addTimelineEntry(actor: RequestActor, incidentId: string, at: string, text: string) {
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'incident.update');
        await addTimeline(trx, {
          incidentId,
          at: new Date(at),
          kind: 'manual',
          event: 'note',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          text,
        });
        await audit({
          action: 'incident.timeline_add',
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          after: { at, text },
        });
        await announce({ entity: 'incident', id: incidentId, action: 'timeline', unitIds: row.unit_ids });
        return { ok: true };
      });
    },

    async listObservables(actor: RequestActor, incidentId: string) {
      const { visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      // A body it was escalated to reads them only when an escalation shared them (share.observables).
      if (visibility !== 'full') {
        const escalations = await sharesWithUnit(db, incidentId, actor.unitId);
        if (!escalations.some((e) => (e.shared as { observables?: boolean }).observables)) return [];
      }
      const rows = await observablesWithLinks(db, incidentId);
      // Links to other incidents are shown only where the viewer may see those incidents too.
      return rows.map((o) => ({
        ...o,
        kind: o.kind as ObservableKind,
        sharedWith: o.sharedWith
          .filter(
            (s) =>
              visibilityOf(actor, { unit_ids: s.unit_ids, escalated_unit_ids: s.escalated_unit_ids }) !==
              null,
          )
          .map((s) => ({ id: s.id, code: s.code, title: s.title })),
      }));
    },

    async addObservable(actor: RequestActor, incidentId: string, input: ObservableInput) {
      const normalized = normalizeObservable(input.kind, input.value);
      if (normalized === null)
        throw new DomainError('validation.failed', { detail: `${input.kind}: ${input.value.slice(0, 80)}` });
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'incident.update');
        const saved = await addObservable(trx, incidentId, {
          kind: input.kind,
          value: input.value.trim(),
          normalized,
        });
        await audit({
          action: 'incident.observable_add',
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          after: saved ?? { kind: input.kind, normalized, existing: true },
        });
        if (saved) {
          const hits = await linkIndicatorHits(
            trx,
            row,
            [{ kind: input.kind, normalized }],
            deps.clock.now(),
          );
          if (hits.length > 0)
            await audit({
              action: 'warning.indicator_hit',
              entityType: 'incident',
              entityId: incidentId,
              unitId: row.reporting_unit_id,
              after: hits,
            });
        }
        await announce({ entity: 'incident', id: incidentId, action: 'observable', unitIds: row.unit_ids });
        return { kind: input.kind as ObservableKind, value: input.value.trim(), normalized };
      });
    },

    async listLinks(actor: RequestActor, incidentId: string) {
      requireVisible(actor, await findIncidentById(db, incidentId));
      const links = await listLinksOfIncident(db, incidentId);
      const otherIds = [
        ...new Set(links.map((l) => (l.incident_id === incidentId ? l.other_id : l.incident_id))),
      ];
      if (otherIds.length === 0) return [];
      const others = new Map((await findLinkSummaries(db, otherIds)).map((i) => [i.id, i]));
      const rows = links.map((l) => ({
        kind: l.kind,
        ...others.get(l.incident_id === incidentId ? l.other_id : l.incident_id)!,
      }));
      return rows
        .filter((r) => visibilityOf(actor, r) !== null)
        .map((r) => ({
          kind: r.kind,
          id: r.id,
          code: r.code,
          title: r.title,
          state: r.state as IncidentState,
        }));
    },

    async link(actor: RequestActor, incidentId: string, otherId: string, kind: 'related' | 'duplicate') {
      if (otherId === incidentId) throw new DomainError('incident.merge_self');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'incident.update');
        requireVisible(actor, await findIncidentById(trx, otherId));
        await insertLinkOnce(trx, incidentId, otherId, kind);
        await addTimeline(trx, {
          incidentId,
          at: clock.now(),
          kind: 'auto',
          event: 'linked',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { otherId, kind },
        });
        await audit({
          action: 'incident.link',
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          after: { otherId, kind },
        });
        await announce({ entity: 'incident', id: incidentId, action: 'link', unitIds: row.unit_ids });
        return { ok: true };
      });
    },
  };
}
export type CollaborationService = ReturnType<typeof createCollaborationService>;
