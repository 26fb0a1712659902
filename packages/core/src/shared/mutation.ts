import { type AuditEntry, recordAudits } from '../audit/audit.service.ts';
import {
  type ChangeEvent,
  deferChanges,
  publishChange,
  sendDeferred,
  stopDeferring,
} from '../events/change-bus.ts';
import type { RequestActor, Trx } from './context.ts';
import type { ServiceDeps } from './deps.ts';

/** The tools a mutation gets: its transaction, and audit/change recording bound to it. */
export interface MutationScope {
  trx: Trx;
  audit(entry: AuditEntry): Promise<void>;
  announce(event: ChangeEvent): Promise<void>;
}

/**
 * Runs a change in one transaction with its audit records and change notices: all or nothing.
 * Audit records are written last, just before commit, so the audit chain's lock is held for the
 * shortest time (writers queue on it, not on the work before); the change notices of the whole
 * transaction go out in the same statement as the audit records (decision 0027).
 */
export async function mutate<T>(
  deps: ServiceDeps,
  actor: RequestActor,
  work: (scope: MutationScope) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const audits: AuditEntry[] = [];
    const notices = deferChanges(trx);
    let result: T;
    try {
      result = await work({
        trx,
        audit: async (entry) => {
          audits.push(entry);
        },
        announce: (event) => publishChange(trx, event),
      });
    } finally {
      stopDeferring(trx);
    }
    if (audits.length > 0) await recordAudits(trx, deps.clock, actor, audits, notices);
    else await sendDeferred(trx, notices);
    return result;
  });
}
