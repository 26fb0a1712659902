import { allowedActions, can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  type AssessmentAnswers,
  assessmentDefaults,
  assessmentIssues,
  suggestedRisks,
} from '@ungcuu/domain/risks/assessment.ts';
import type { AssessmentSave, AssessmentView } from '@ungcuu/domain/risks/risk-api.ts';
import type { SecurityLevelOrUnclassified } from '@ungcuu/domain/systems/system.ts';
import type { InformationSystemRow } from '../db/schema-preparedness.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import { toIso } from '../shared/row-values.ts';
import { findSystemById } from '../systems/system.repository.ts';
import { systemUnitIds } from '../systems/system.view.ts';
import * as repo from './risk.repository.ts';
import { insertScoredRisk } from './risk.service.ts';
import { riskView } from './risk.view.ts';

const levelOf = (row: InformationSystemRow): SecurityLevelOrUnclassified =>
  (row.security_level ?? 'unclassified') as SecurityLevelOrUnclassified;

/** The four assessments of seed II.2 per system: a guided questionnaire with defaults per level. */
export function createAssessmentService(deps: ServiceDeps) {
  /** A system whose risks the caller may read, or 404 (another unit's system is not there for them). */
  async function requireSystem(actor: RequestActor, id: string) {
    const row = await findSystemById(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'system' });
    requireReadable(actor, 'risk.read', { unitIds: systemUnitIds(row) }, 'system');
    return row;
  }

  async function view(actor: RequestActor, system: InformationSystemRow): Promise<AssessmentView> {
    const saved = await repo.findAssessment(deps.db, system.id);
    const defaults = assessmentDefaults(levelOf(system));
    const answers = (saved?.answers as AssessmentAnswers | undefined) ?? defaults;
    const inRegister = await repo.subtypesInRegister(deps.db, system.id);
    return {
      systemId: system.id,
      status: saved ? (saved.status as 'draft' | 'completed') : 'not_started',
      answers,
      defaults,
      issues: assessmentIssues(answers),
      suggestedRisks: suggestedRisks(levelOf(system), answers).map((s) => ({
        ...s,
        inRegister: inRegister.has(s.subtype),
      })),
      assessedBy: saved?.assessed_by ?? null,
      assessedAt: toIso(saved?.assessed_at ?? null),
      version: saved?.version ?? 0,
      allowedActions: allowedActions(actor, ['risk.manage'], { unitIds: systemUnitIds(system) }),
    };
  }

  return {
    async get(actor: RequestActor, systemId: string) {
      const system = await requireSystem(actor, systemId);
      return view(actor, system);
    },

    /** Unknown questions and ill-typed answers are refused; completing needs every question answered. */
    async save(actor: RequestActor, systemId: string, input: AssessmentSave) {
      const system = await requireSystem(actor, systemId);
      const unitIds = systemUnitIds(system);
      if (!can(actor, 'risk.manage', { unitIds })) throw new DomainError('forbidden');
      const issues = assessmentIssues(input.answers).filter((i) => input.complete || i.code !== 'unanswered');
      if (issues.length > 0) {
        throw new DomainError(
          'risk.assessment_invalid',
          { detail: issues.map((i) => `${i.key} ${i.code}`).join('; ') },
          issues,
        );
      }
      const before = await repo.findAssessment(deps.db, systemId);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = deps.clock.now();
        const row = await repo.upsertAssessment(trx, {
          system_id: systemId,
          answers: JSON.stringify(input.answers),
          status: input.complete ? 'completed' : 'draft',
          assessed_by: actor.userId,
          assessed_at: now,
          updated_at: now,
        });
        await audit({
          action: 'risk.assessment.save',
          entityType: 'risk_assessment',
          entityId: row.id,
          unitId: system.operating_unit_id,
          before: before ?? null,
          after: row,
        });
        await announce({ entity: 'risk_assessment', id: systemId, action: 'save', unitIds });
      });
      return view(actor, system);
    },

    /** Puts the questionnaire's suggested risks into the register (those not there yet). */
    async acceptSuggested(actor: RequestActor, systemId: string, input: { subtypes?: string[] | undefined }) {
      const system = await requireSystem(actor, systemId);
      const unitIds = systemUnitIds(system);
      if (!can(actor, 'risk.manage', { unitIds })) throw new DomainError('forbidden');
      if (system.archived) throw new DomainError('system.archived');
      const saved = await repo.findAssessment(deps.db, systemId);
      const answers =
        (saved?.answers as AssessmentAnswers | undefined) ?? assessmentDefaults(levelOf(system));
      const present = await repo.subtypesInRegister(deps.db, systemId);
      const wanted = input.subtypes ? new Set(input.subtypes) : null;
      const toCreate = suggestedRisks(levelOf(system), answers).filter(
        (s) => !present.has(s.subtype) && (!wanted || wanted.has(s.subtype)),
      );
      return mutate(deps, actor, async (scope) => {
        const items = [];
        for (const s of toCreate) {
          const row = await insertScoredRisk(scope, deps, actor, system, {
            subtype: s.subtype,
            likelihood: s.likelihood,
            impact: s.impact,
          });
          items.push(riskView(actor, (await repo.findRiskById(scope.trx, row.id))!));
        }
        if (items.length > 0)
          await scope.announce({ entity: 'risk', id: systemId, action: 'create', unitIds });
        return { items, created: items.length };
      });
    },
  };
}
export type AssessmentService = ReturnType<typeof createAssessmentService>;
