import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { TeamMemberView } from '@ungcuu/domain/org/org-api.ts';
import type { TeamMemberInput, TeamMemberPatch } from '@ungcuu/domain/org/schemas.ts';
import type { Updateable } from 'kysely';
import type { TeamMemberRow, TeamMembersTable } from '../db/schema.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank } from '../shared/row-values.ts';
import * as repo from './team.repository.ts';
import { findUnitById } from './unit.repository.ts';
import { findUserById } from './user.repository.ts';

function memberView(actor: RequestActor, row: TeamMemberRow): TeamMemberView {
  return {
    id: row.id,
    userId: row.user_id,
    unitId: row.unit_id,
    fullName: row.full_name,
    teamRole: row.team_role,
    skills: row.skills,
    phone: row.phone,
    email: row.email,
    onCall: row.on_call,
    active: row.active,
    notes: row.notes,
    version: row.version,
    allowedActions: can(actor, 'team.manage') ? ['team.manage'] : [],
  };
}

function toColumns(input: TeamMemberPatch): Updateable<TeamMembersTable> {
  const out: Updateable<TeamMembersTable> = {};
  if (input.unitId !== undefined) out.unit_id = input.unitId;
  if (input.userId !== undefined) out.user_id = input.userId;
  if (input.fullName !== undefined) out.full_name = input.fullName.trim();
  if (input.teamRole !== undefined) out.team_role = blank(input.teamRole);
  if (input.skills !== undefined) out.skills = input.skills.map((s) => s.trim());
  if (input.phone !== undefined) out.phone = blank(input.phone);
  if (input.email !== undefined) out.email = blank(input.email);
  if (input.onCall !== undefined) out.on_call = input.onCall;
  if (input.active !== undefined) out.active = input.active;
  if (input.notes !== undefined) out.notes = blank(input.notes);
  return out;
}

/** The response team roster (đội ứng cứu sự cố): who, which skills, how to reach them, who is on call. */
export function createTeamService(deps: ServiceDeps) {
  const { db, clock } = deps;
  async function checkRefs(input: TeamMemberPatch) {
    if (input.unitId && !(await findUnitById(db, input.unitId)))
      throw new DomainError('not_found', { entity: 'unit' });
    if (input.userId && !(await findUserById(db, input.userId)))
      throw new DomainError('not_found', { entity: 'user' });
  }
  async function requireMember(id: string) {
    const row = await repo.findTeamMemberById(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'team member' });
    return row;
  }
  return {
    async list(actor: RequestActor, query: repo.TeamListQuery) {
      if (!can(actor, 'team.read')) throw new DomainError('forbidden');
      const { rows, total } = await repo.listActiveTeamMembers(db, query);
      return { total, items: rows.map((r) => memberView(actor, r)) };
    },

    async create(actor: RequestActor, input: TeamMemberInput) {
      if (!can(actor, 'team.manage')) throw new DomainError('forbidden');
      await checkRefs(input);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.insertTeamMember(trx, {
          ...toColumns(input),
          unit_id: input.unitId,
          full_name: input.fullName.trim(),
          updated_at: clock.now(),
        });
        await audit({
          action: 'team.create',
          entityType: 'team_member',
          entityId: row.id,
          unitId: row.unit_id,
          after: row,
        });
        await announce({ entity: 'team_member', id: row.id, action: 'create', unitIds: 'all' });
        return memberView(actor, row);
      });
    },

    async update(actor: RequestActor, id: string, patch: TeamMemberPatch) {
      const before = await requireMember(id);
      if (!can(actor, 'team.manage')) throw new DomainError('forbidden');
      await checkRefs(patch);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateTeamMember(trx, id, { ...toColumns(patch), updated_at: clock.now() });
        await audit({
          action: 'team.update',
          entityType: 'team_member',
          entityId: id,
          unitId: row.unit_id,
          before,
          after: row,
        });
        await announce({ entity: 'team_member', id, action: 'update', unitIds: 'all' });
        return memberView(actor, row);
      });
    },
  };
}
export type TeamService = ReturnType<typeof createTeamService>;
