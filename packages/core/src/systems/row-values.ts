import { type Action, type Actor, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';

// Small conversions shared by the preparedness modules (systems, risks, readiness, inspections, budget).

/**
 * A `date` column as 'YYYY-MM-DD'. node-pg builds a Date at local midnight, PGlite at UTC midnight;
 * a Date exactly at UTC midnight is read in UTC, any other in local time, which is right for both.
 */
export function toDay(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const utcMidnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  const [y, m, d] = utcMidnight
    ? [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
    : [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return new Date(value).toISOString();
}

/** bigint money (đồng) and counts: a string from node-pg, a number from PGlite. */
export function toInt(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${value}`);
  return n;
}

export function blank(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

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

export interface PageQuery {
  limit: number;
  offset: number;
}
