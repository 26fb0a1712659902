import { type Action, type Actor, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';

/**
 * How far a list reaches for this actor: every unit, or only theirs. A list never asks the caller
 * for permission per row: it filters by the actor's unit when their scope is own_unit.
 */
export type ReadReach = { all: true } | { all: false; unitId: string };

export function readReach(actor: Actor, action: Action): ReadReach {
  const scope = widestScope(actor, action);
  if (scope === 'all') return { all: true };
  if (scope === 'own_unit') return { all: false, unitId: actor.unitId };
  throw new DomainError('forbidden');
}
