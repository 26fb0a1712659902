import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { type MailSendersInput, normaliseSenderPattern } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { listSenders, replaceSenders, sendersHeldElsewhere } from './mail-intake.repository.ts';

function manages(actor: RequestActor): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('coordinator');
}

/**
 * The addresses and domains whose mail is filed under a unit. Only the focal office sets them:
 * a unit claiming a domain would receive another unit's reports. A unit's own officers read theirs.
 */
export function createMailSendersService(deps: ServiceDeps) {
  const { db } = deps;

  async function requireUnit(unitId: string) {
    const unit = await findUnitById(db, unitId);
    if (!unit) throw new DomainError('not_found', { entity: 'unit' });
    return unit;
  }

  return {
    async get(actor: RequestActor, unitId: string) {
      await requireUnit(unitId);
      if (!manages(actor) && !can(actor, 'unit.update', { unitIds: [unitId] }))
        throw new DomainError('forbidden');
      return { unitId, patterns: await listSenders(db, unitId) };
    },

    async put(actor: RequestActor, unitId: string, input: MailSendersInput) {
      if (!manages(actor)) throw new DomainError('forbidden');
      await requireUnit(unitId);
      const patterns: string[] = [];
      for (const raw of input.patterns) {
        const p = normaliseSenderPattern(raw);
        if (!p) throw new DomainError('mail_sender.invalid', { pattern: raw.slice(0, 100) });
        if (!patterns.includes(p)) patterns.push(p);
      }
      const before = await listSenders(db, unitId);
      return mutate(deps, actor, async ({ trx, audit }) => {
        const taken = await sendersHeldElsewhere(trx, unitId, patterns);
        if (taken.length > 0) throw new DomainError('mail_sender.taken', { pattern: taken[0]!.pattern });
        await replaceSenders(trx, unitId, patterns, actor.userId);
        await audit({
          action: 'unit.mail_senders',
          entityType: 'unit',
          entityId: unitId,
          unitId,
          before: { patterns: before },
          after: { patterns },
        });
        return { unitId, patterns: patterns.toSorted() };
      });
    },
  };
}
