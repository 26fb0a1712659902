import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { BUILTIN_REGIMES } from '@ungcuu/domain/regimes/builtin-regimes.ts';
import {
  type ReportingRegime,
  regimeInForce,
  unverifiedPaths,
  validateRegime,
} from '@ungcuu/domain/regimes/regime.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { listSavedRegimes, upsertRegime } from './regime.repository.ts';

// Regimes change a few times a decade and are read on every report: keep them for 30 s per
// process (an edit on another process is seen within that time; this process drops it at once).
const CACHE_MS = 30_000;
const cache = new WeakMap<object, { at: number; regimes: ReportingRegime[] }>();

export function forgetRegimes(db: Executor): void {
  cache.delete(db);
}

/** Built-in regimes, replaced or extended by what administrators saved (domain README §0). */
export async function allRegimes(db: Executor): Promise<ReportingRegime[]> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.regimes;
  const regimes = await loadRegimes(db);
  cache.set(db, { at: Date.now(), regimes });
  return regimes;
}

async function loadRegimes(db: Executor): Promise<ReportingRegime[]> {
  const stored = await listSavedRegimes(db);
  const byId = new Map<string, ReportingRegime>(BUILTIN_REGIMES.map((r) => [r.id, r]));
  for (const row of stored) byId.set(row.id, row.data as ReportingRegime);
  return [...byId.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

export async function regimeAt(db: Executor, detectedAt: Date): Promise<ReportingRegime> {
  const regimes = await allRegimes(db);
  return regimeInForce(regimes, detectedAt) ?? regimes[0]!;
}

export async function regimeById(db: Executor, id: string): Promise<ReportingRegime> {
  const found = (await allRegimes(db)).find((r) => r.id === id);
  if (!found) throw new DomainError('not_found', { entity: 'regime' });
  return found;
}

export function createRegimeService(deps: ServiceDeps) {
  return {
    async list(actor: RequestActor) {
      if (!can(actor, 'regime.read')) throw new DomainError('forbidden');
      return (await allRegimes(deps.db)).map((r) => ({ ...r, unverifiedPaths: unverifiedPaths(r) }));
    },
    /** Saves an edited or new regime; incidents already judged keep the regime id they were judged under. */
    async save(actor: RequestActor, input: unknown) {
      if (!can(actor, 'regime.manage')) throw new DomainError('forbidden');
      const checked = validateRegime(input);
      if (!checked.ok) {
        throw new DomainError(
          'validation.failed',
          {
            detail: checked.issues
              .map((i) => `${i.path} ${i.code}`)
              .slice(0, 5)
              .join('; '),
          },
          checked.issues,
        );
      }
      const regime = checked.value;
      const before = (await allRegimes(deps.db)).find((r) => r.id === regime.id) ?? null;
      const saved = await mutate(deps, actor, async ({ trx, audit }) => {
        await upsertRegime(trx, {
          id: regime.id,
          effectiveFrom: regime.effectiveFrom,
          data: JSON.stringify(regime),
          now: deps.clock.now(),
        });
        await audit({
          action: 'regime.save',
          entityType: 'regime',
          entityId: regime.id,
          before,
          after: regime,
        });
        return regime;
      });
      // This process reads the edit at once (other processes within CACHE_MS).
      forgetRegimes(deps.db);
      return saved;
    },
  };
}
