import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { BUILTIN_PLAYBOOKS } from '@ungcuu/domain/playbooks/catalogue.ts';
import { type Playbook, validatePlaybook } from '@ungcuu/domain/playbooks/playbook.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import {
  insertPlaybookVersion,
  latestSavedPlaybook,
  latestSavedPlaybooks,
  savedPlaybookVersion,
} from './playbook.repository.ts';

function builtinFor(subtype: string): Playbook | undefined {
  return BUILTIN_PLAYBOOKS.find((p) => p.subtype === subtype);
}

/** The playbook now in force for a subtype: the latest saved edit, else the built-in version 1. */
export async function currentPlaybook(db: Executor, subtype: Subtype): Promise<Playbook> {
  const row = await latestSavedPlaybook(db, subtype);
  const playbook = (row?.data as Playbook | undefined) ?? builtinFor(subtype);
  if (!playbook) throw new DomainError('not_found', { entity: 'playbook' });
  return playbook;
}

/** A given version, as an incident that started with it keeps it. */
export async function playbookVersion(
  db: Executor,
  code: string,
  version: number,
): Promise<Playbook | undefined> {
  const row = await savedPlaybookVersion(db, code, version);
  if (row) return row.data as Playbook;
  const builtin = BUILTIN_PLAYBOOKS.find((p) => p.code === code);
  return builtin && builtin.version === version ? builtin : undefined;
}

export function createPlaybookService(deps: ServiceDeps) {
  return {
    async list(actor: RequestActor) {
      if (!can(actor, 'playbook.read')) throw new DomainError('forbidden');
      const latest = await latestSavedPlaybooks(deps.db);
      const edited = new Map(latest.map((r) => [r.subtype, r.data as Playbook]));
      return BUILTIN_PLAYBOOKS.map((p) => edited.get(p.subtype) ?? p);
    },

    async get(actor: RequestActor, subtype: Subtype) {
      if (!can(actor, 'playbook.read')) throw new DomainError('forbidden');
      return currentPlaybook(deps.db, subtype);
    },

    /** An edit is a new version; incidents keep the version they started with. */
    async save(actor: RequestActor, subtype: Subtype, input: unknown) {
      if (!can(actor, 'playbook.manage')) throw new DomainError('forbidden');
      const before = await currentPlaybook(deps.db, subtype);
      const candidate = { ...(input as object), subtype, code: before.code, version: before.version + 1 };
      const checked = validatePlaybook(candidate);
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
      return mutate(deps, actor, async ({ trx, audit }) => {
        await insertPlaybookVersion(trx, {
          code: before.code,
          subtype,
          version: checked.value.version,
          data: JSON.stringify(checked.value),
          created_by: actor.userId,
        });
        await audit({
          action: 'playbook.save',
          entityType: 'playbook',
          entityId: `${before.code}@${checked.value.version}`,
          before,
          after: checked.value,
        });
        return checked.value;
      });
    },
  };
}
