import { type Action, can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { allowedWhenFinished, isFinished } from '@ungcuu/domain/incidents/closure.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { RequestActor } from '../shared/context.ts';

export type Visibility = 'full' | 'escalated';

export function composeUnitIds(
  parts: (string | null | undefined)[],
  escalated: readonly string[] = [],
): string[] {
  return [...new Set([...parts.filter((p): p is string => !!p), ...escalated])];
}

/**
 * How much of an incident the actor sees. Units that report, own, operate or respond see it whole
 * (within their role); a higher body it was escalated to sees it read-only with what was shared.
 */
export function visibilityOf(
  actor: RequestActor,
  row: Pick<IncidentRow, 'unit_ids' | 'escalated_unit_ids'>,
): Visibility | null {
  const working = row.unit_ids.filter((u) => !row.escalated_unit_ids.includes(u));
  if (can(actor, 'incident.read', { unitIds: working })) return 'full';
  if (row.escalated_unit_ids.includes(actor.unitId)) return 'escalated';
  return null;
}

export function requireVisible(
  actor: RequestActor,
  row: IncidentRow | undefined,
): { row: IncidentRow; visibility: Visibility } {
  if (!row) throw new DomainError('not_found', { entity: 'incident' });
  const visibility = visibilityOf(actor, row);
  if (!visibility) throw new DomainError('not_found', { entity: 'incident' });
  return { row, visibility };
}

/**
 * A write on an incident: the actor must see it fully and hold the action for its working units.
 * A finished incident (closed, rejected, merged…) takes no more work, whoever asks: only what
 * `ACTIONS_WHEN_FINISHED` lists (its documents, reopening) — the same rule hides the buttons.
 */
export function requireAction(actor: RequestActor, row: IncidentRow, action: Action): void {
  const working = row.unit_ids.filter((u) => !row.escalated_unit_ids.includes(u));
  if (visibilityOf(actor, row) !== 'full' || !can(actor, action, { unitIds: working }))
    throw new DomainError('forbidden');
  if (isFinished(row.state) && !allowedWhenFinished(action)) throw new DomainError('incident.closed');
}
