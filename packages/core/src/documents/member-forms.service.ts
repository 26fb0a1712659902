import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { DocFormat } from '@ungcuu/domain/documents/documents-api.ts';
import { type FocalPoint, mau01Model, mau02Model } from '@ungcuu/domain/documents/member-forms.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { issuingBodies } from './mau05.service.ts';
import { type RenderedFile, renderDocument } from './render.ts';
import { unitProfile, unitSystems, unitTeam } from './unit-profile.repository.ts';

export type MemberForm = 'mau01' | 'mau02';

/**
 * Mẫu 01 (network member profile) and Mẫu 02 (application to join the network) of TT 20/2017 for
 * one unit, from its records. They name people and phones: the focal office and leadership print
 * any unit's, a unit's own officers print their unit's.
 */
export function createMemberFormsService(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    async render(
      actor: RequestActor,
      unitId: string,
      form: MemberForm,
      format: DocFormat,
    ): Promise<RenderedFile> {
      if (!can(actor, 'report.read') && !can(actor, 'unit.update', { unitIds: [unitId] })) {
        throw new DomainError('forbidden');
      }
      const unit = await unitProfile(db, unitId);
      if (!unit) throw new DomainError('not_found', { entity: 'unit' });
      const [systems, team, bodies] = await Promise.all([
        unitSystems(db, unitId),
        unitTeam(db, unitId),
        issuingBodies(db),
      ]);
      const data = {
        unit: {
          name: unit.name,
          ownerBody: unit.parent_name,
          address: unit.address,
          phone: unit.phone,
          email: unit.email,
          website: unit.website,
          leaderName: unit.leader_name,
          leaderTitle: unit.leader_title,
          intakeEmail: unit.intake_email,
        },
        focalMain: (unit.focal_main as FocalPoint | null) ?? null,
        focalBackup: (unit.focal_backup as FocalPoint | null) ?? null,
        team: team.map((m) => ({
          name: m.full_name,
          role: m.team_role,
          phone: m.phone,
          email: m.email,
          skills: m.skills,
        })),
        systems: systems.map((s) => ({ name: s.name, level: s.security_level })),
        place: bodies.place,
        issuedAt: clock.now().toISOString(),
      };
      const model = form === 'mau01' ? mau01Model(data) : mau02Model(data);
      return renderDocument(
        model,
        format,
        `${form === 'mau01' ? 'Mau01-ho-so-thanh-vien' : 'Mau02-don-dang-ky'}-${unit.code}`,
      );
    },
  };
}
