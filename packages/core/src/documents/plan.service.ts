import { can } from '@ungcuu/domain/auth/permissions.ts';
import { BUDGET_CATEGORY_LABELS, BUDGET_LINE_STATUS_LABELS } from '@ungcuu/domain/budget/budget.ts';
import {
  annualPlanModel,
  defaultRecipients,
  generatePlanSection,
  PLAN_SECTION_KEYS,
  PLAN_SECTION_LABELS,
  type PlanFacts,
  type PlanSectionKey,
} from '@ungcuu/domain/documents/annual-plan.ts';
import type {
  DocFormat,
  Plan,
  PlanCreateInput,
  PlanSection,
  PlanSectionInput,
  PlanUpdateInput,
} from '@ungcuu/domain/documents/documents-api.ts';
import { areaOfCommittee } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  SUBTYPE_LABELS,
  SUBTYPES,
  type Subtype,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { playbookFor } from '@ungcuu/domain/playbooks/catalogue.ts';
import type { Playbook } from '@ungcuu/domain/playbooks/playbook.ts';
import { RISK_BAND_INFO, RISK_BANDS, type RiskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import type { PlanDocumentRow, PlanSectionRow } from '../db/schema-documents.ts';
import { latestSavedPlaybooks } from '../incidents/playbook.repository.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank, toDay, toInt } from '../shared/row-values.ts';
import { issuingBodies } from './mau05.service.ts';
import {
  currentPlanSections,
  findPlanByYear,
  insertPlan,
  insertPlanSections,
  latestPlanSectionVersion,
  listPlans,
  planSectionVersions,
  updatePlan,
} from './plan.repository.ts';
import {
  planBudgetLines,
  planExpiringLicences,
  planIncidentsByGroup,
  planInspections,
  planRiskBands,
  planSystems,
  planTopRisks,
  planUnits,
} from './plan-facts.repository.ts';
import { type RenderedFile, renderDocument } from './render.ts';

function requireRead(actor: RequestActor) {
  if (!can(actor, 'report.read')) throw new DomainError('forbidden');
}
function requireManage(actor: RequestActor) {
  if (!can(actor, 'report.manage')) throw new DomainError('forbidden');
}

/** The steps of a playbook a plan names: the containment and recovery steps (P4, P5). */
function keySteps(playbook: Playbook): string[] {
  return playbook.steps
    .filter((s) => s.phase === 'P4' || s.phase === 'P5')
    .slice(0, 4)
    .map((s) => s.title.vi);
}

/** Everything the generator reads, from the live data of the deployment. */
export async function loadPlanFacts(db: Executor, year: number): Promise<PlanFacts> {
  const previous = {
    from: new Date(`${year - 1}-01-01T00:00:00+07:00`),
    to: new Date(`${year}-01-01T00:00:00+07:00`),
  };
  const [bodies, units, systems, risks, bands, incidents, inspections, licences, budget, saved] =
    await Promise.all([
      issuingBodies(db),
      planUnits(db),
      planSystems(db),
      planTopRisks(db, 10),
      planRiskBands(db),
      planIncidentsByGroup(db, previous.from, previous.to),
      planInspections(db, year),
      planExpiringLicences(db, `${year}-01-01`, `${year}-12-31`),
      planBudgetLines(db, year),
      latestSavedPlaybooks(db),
    ]);
  const edited = saved.map((s) => s.data as Playbook);
  const focalOffice = bodies.focal?.name ?? 'Cơ quan đầu mối';
  const tasks: PlanFacts['tasks'] = [
    ...inspections.map((i) => ({
      what: `Kiểm tra công tác bảo đảm an toàn thông tin tại ${i.unit_name}`,
      who: focalOffice,
      due: toDay(i.planned_on),
    })),
    ...licences.map((l) => ({
      what: `Gia hạn bản quyền ${l.product}`,
      who: l.unit_name,
      due: toDay(l.expires_on),
    })),
    // Chỉ thị 18/CT-TTg: scanning every 6 months and a drill every year for level 3+ systems.
    ...systems
      .filter((s) => (s.security_level ?? 0) >= 3)
      .flatMap((s) => [
        {
          what: `Rà quét, đánh giá an toàn thông tin hệ thống ${s.name} (đợt 1)`,
          who: s.unit_name,
          due: `${year}-06-30`,
        },
        {
          what: `Rà quét, đánh giá an toàn thông tin hệ thống ${s.name} (đợt 2)`,
          who: s.unit_name,
          due: `${year}-12-15`,
        },
        { what: `Diễn tập ứng cứu sự cố hệ thống ${s.name}`, who: focalOffice, due: `${year}-10-31` },
      ]),
  ].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  return {
    year,
    area: areaOfCommittee(bodies.committee),
    committee: bodies.committee,
    focalOffice,
    committeeOffice: bodies.committeeOffice,
    financeOffice: bodies.financeOffice,
    units: units.map((u) => ({ name: u.name, officer: u.officer })),
    systems: systems.map((s) => ({ name: s.name, unit: s.unit_name, level: s.security_level })),
    risks: risks.map((r) => ({
      title: `${SUBTYPE_LABELS[r.subtype as Subtype]?.vi ?? r.subtype} — ${r.system_name}`,
      unit: r.unit_name,
      score: r.score,
      band: RISK_BAND_INFO[r.band as RiskBand]?.label.vi ?? r.band,
    })),
    riskBands: RISK_BANDS.map((band) => ({
      band: RISK_BAND_INFO[band].label.vi,
      count: toInt(bands.find((b) => b.band === band)?.count ?? 0),
    })).filter((b) => b.count > 0),
    scenarios: CAUSE_GROUPS.map((group) => ({
      group: CAUSE_GROUP_LABELS[group].vi,
      subtypes: SUBTYPES.filter((s) => s.startsWith(`${group}.`)).map((subtype) => {
        const playbook = playbookFor(subtype, edited);
        return { label: SUBTYPE_LABELS[subtype].vi, summary: playbook.summary.vi, steps: keySteps(playbook) };
      }),
    })),
    tasks,
    budget: budget.map((b) => ({
      title: b.title,
      unit: b.unit_name,
      category: BUDGET_CATEGORY_LABELS[b.category as keyof typeof BUDGET_CATEGORY_LABELS]?.vi ?? b.category,
      amount: toInt(b.amount),
      status: BUDGET_LINE_STATUS_LABELS[b.status as keyof typeof BUDGET_LINE_STATUS_LABELS]?.vi ?? b.status,
    })),
    incidentsByGroup: CAUSE_GROUPS.map((g) => ({
      group: CAUSE_GROUP_LABELS[g].vi,
      count: toInt(incidents.find((i) => i.cause_group === g)?.count ?? 0),
    })).filter((g) => g.count > 0),
  };
}

function sectionView(row: PlanSectionRow & { editor_name: string | null }): PlanSection {
  const key = row.key as PlanSectionKey;
  return {
    key,
    label: PLAN_SECTION_LABELS[key],
    version: row.version,
    body: row.body,
    source: row.source as PlanSection['source'],
    editedBy: row.editor_name,
    at: new Date(row.created_at).toISOString(),
  };
}

/**
 * The annual plan (seed structure): created for a year with every section generated from the
 * live data, each section edited as a new version (optimistic: the editor's base version must be
 * the latest) or regenerated from the data, exported as DOCX or PDF. Every change is audited.
 */
export function createPlanService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function planOf(year: number): Promise<PlanDocumentRow> {
    const plan = await findPlanByYear(db, year);
    if (!plan) throw new DomainError('not_found', { entity: 'plan' });
    return plan;
  }

  async function get(actor: RequestActor, year: number): Promise<Plan> {
    requireRead(actor);
    const plan = await planOf(year);
    const rows = await currentPlanSections(db, plan.id);
    const order = (k: string) => PLAN_SECTION_KEYS.indexOf(k as PlanSectionKey);
    return {
      year: plan.year,
      number: plan.number,
      place: plan.place,
      signerName: plan.signer_name,
      signerTitle: plan.signer_title,
      version: plan.version,
      updatedAt: new Date(plan.updated_at).toISOString(),
      sections: rows.sort((a, b) => order(a.key) - order(b.key)).map(sectionView),
    };
  }

  async function newVersion(
    actor: RequestActor,
    year: number,
    key: PlanSectionKey,
    body: string,
    source: 'generated' | 'edited',
    baseVersion?: number,
  ) {
    const plan = await planOf(year);
    await mutate(deps, actor, async ({ trx, audit }) => {
      const latest = await latestPlanSectionVersion(trx, plan.id, key);
      if (baseVersion !== undefined && baseVersion !== latest) {
        throw new DomainError('plan.version_conflict', { version: latest });
      }
      const [row] = await insertPlanSections(trx, [
        { plan_id: plan.id, key, version: latest + 1, body, source, edited_by: actor.userId },
      ]);
      await updatePlan(trx, plan.id, { updated_at: clock.now() });
      await audit({
        action: source === 'edited' ? 'plan.section_edit' : 'plan.section_regenerate',
        entityType: 'plan',
        entityId: plan.id,
        after: { year, key, version: row?.version },
      });
    });
    return get(actor, year);
  }

  return {
    get,

    async list(actor: RequestActor) {
      requireRead(actor);
      const rows = await listPlans(db);
      return {
        items: rows.map((r) => ({
          year: r.year,
          number: r.number,
          updatedAt: new Date(r.updated_at).toISOString(),
        })),
      };
    },

    async create(actor: RequestActor, input: PlanCreateInput): Promise<Plan> {
      requireManage(actor);
      if (await findPlanByYear(db, input.year)) throw new DomainError('plan.exists', { year: input.year });
      const [facts, bodies] = await Promise.all([loadPlanFacts(db, input.year), issuingBodies(db)]);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const plan = await insertPlan(trx, {
          year: input.year,
          number: blank(input.number),
          place: input.place?.trim() || bodies.place,
          signer_name: blank(input.signerName),
          signer_title: blank(input.signerTitle),
          created_by: actor.userId,
          updated_at: clock.now(),
        });
        await insertPlanSections(
          trx,
          PLAN_SECTION_KEYS.map((key) => ({
            plan_id: plan.id,
            key,
            version: 1,
            body: generatePlanSection(key, facts),
            source: 'generated',
            edited_by: actor.userId,
          })),
        );
        await audit({ action: 'plan.create', entityType: 'plan', entityId: plan.id, after: plan });
      });
      return get(actor, input.year);
    },

    async update(actor: RequestActor, year: number, input: PlanUpdateInput): Promise<Plan> {
      requireManage(actor);
      const plan = await planOf(year);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const after = await updatePlan(trx, plan.id, {
          ...(input.number !== undefined ? { number: blank(input.number) } : {}),
          ...(input.place !== undefined ? { place: input.place.trim() } : {}),
          ...(input.signerName !== undefined ? { signer_name: blank(input.signerName) } : {}),
          ...(input.signerTitle !== undefined ? { signer_title: blank(input.signerTitle) } : {}),
          updated_at: clock.now(),
        });
        await audit({ action: 'plan.update', entityType: 'plan', entityId: plan.id, before: plan, after });
      });
      return get(actor, year);
    },

    async editSection(actor: RequestActor, year: number, key: PlanSectionKey, input: PlanSectionInput) {
      requireManage(actor);
      return newVersion(actor, year, key, input.body, 'edited', input.baseVersion);
    },

    /** "Khôi phục từ dữ liệu": the section generated again from today's data, as a new version. */
    async regenerateSection(actor: RequestActor, year: number, key: PlanSectionKey) {
      requireManage(actor);
      const facts = await loadPlanFacts(db, year);
      return newVersion(actor, year, key, generatePlanSection(key, facts), 'generated');
    },

    async versions(actor: RequestActor, year: number, key: PlanSectionKey) {
      requireRead(actor);
      const plan = await planOf(year);
      return { items: (await planSectionVersions(db, plan.id, key)).map(sectionView) };
    },

    async render(actor: RequestActor, year: number, format: DocFormat): Promise<RenderedFile> {
      const plan = await get(actor, year);
      const bodies = await issuingBodies(db);
      const focalShort = bodies.focal?.name.replace(/^Phòng\s+/i, '') ?? 'cơ quan đầu mối';
      const model = annualPlanModel({
        year,
        area: areaOfCommittee(bodies.committee),
        place: plan.place,
        parentBody: bodies.parentBody,
        committee: bodies.committee,
        number: plan.number,
        issuedAt: clock.now().toISOString(),
        signerName: plan.signerName,
        signerTitle: plan.signerTitle,
        recipients: defaultRecipients(bodies.committee, focalShort),
        sections: plan.sections.map((s) => ({ key: s.key, body: s.body })),
      });
      await mutate(deps, actor, async ({ audit }) => {
        await audit({ action: 'plan.export', entityType: 'plan', entityId: null, after: { year, format } });
      });
      return renderDocument(model, format, `Ke-hoach-ung-pho-su-co-${year}`);
    },
  };
}
