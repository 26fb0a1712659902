import { type AuditEntry, recordAudit } from '../audit/audit.service.ts';
import { type ChangeEvent, publishChange } from '../events/change-bus.ts';
import type { RequestActor, Trx } from './context.ts';
import type { ServiceDeps } from './deps.ts';

/** The tools a mutation gets: its transaction, and audit/change recording bound to it. */
export interface MutationScope {
  trx: Trx;
  audit(entry: AuditEntry): Promise<void>;
  announce(event: ChangeEvent): Promise<void>;
}

/** Runs a change in one transaction with its audit record and change notice: all or nothing. */
export async function mutate<T>(
  deps: ServiceDeps,
  actor: RequestActor,
  work: (scope: MutationScope) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute((trx) =>
    work({
      trx,
      audit: (entry) => recordAudit(trx, deps.clock, actor, entry),
      announce: (event) => publishChange(trx, event),
    }),
  );
}
