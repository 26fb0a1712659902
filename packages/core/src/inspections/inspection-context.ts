import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { InspectionAnswers } from '@ungcuu/domain/inspections/remediation.ts';
import { DEFAULT_INSPECTION_TEMPLATE, type InspectionTemplate } from '@ungcuu/domain/inspections/template.ts';
import { sql } from 'kysely';
import type { InspectionTemplateRow } from '../db/schema-preparedness.ts';
import { type Executor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { requireReadable } from '../shared/ref-visibility.ts';
import * as repo from './inspection.repository.ts';
import { templateOf } from './inspection.view.ts';

// Loaders shared by the inspection services: the record, its template, answers and context.

/** An inspection the actor may read, or 404 (another unit's inspection is, to them, not there). */
export async function requireInspection(db: Executor, actor: Actor, id: string) {
  const row = await repo.findInspection(db, id);
  if (!row) throw new DomainError('not_found', { entity: 'inspection' });
  requireReadable(actor, 'inspection.read', { unitIds: [row.unit_id] }, 'inspection');
  return row;
}

/**
 * The latest version of the default annual checklist, seeded from the domain on first use
 * (audited as a system change, like any other write).
 */
export async function ensureDefaultTemplate(deps: ServiceDeps): Promise<InspectionTemplateRow> {
  const existing = await repo.latestTemplate(deps.db, DEFAULT_INSPECTION_TEMPLATE.code);
  if (existing) return existing;
  await mutate(deps, SYSTEM_ACTOR, async ({ trx, audit }) => {
    const row = await repo.insertTemplate(trx, {
      code: DEFAULT_INSPECTION_TEMPLATE.code,
      version: DEFAULT_INSPECTION_TEMPLATE.version,
      title: JSON.stringify(DEFAULT_INSPECTION_TEMPLATE.title),
      items: JSON.stringify(DEFAULT_INSPECTION_TEMPLATE.items),
    });
    // Another process may have seeded it in between: then there is nothing to record.
    if (row)
      await audit({
        action: 'inspection_template.seed',
        entityType: 'inspection_template',
        entityId: row.id,
        after: { code: row.code, version: row.version },
      });
  });
  return (await repo.latestTemplate(deps.db, DEFAULT_INSPECTION_TEMPLATE.code))!;
}

export interface LiveContext {
  template: InspectionTemplate;
  answers: InspectionAnswers;
  hasLevel3Plus: boolean;
}

/** Templates, answers and level-3 flags for a page of inspections: three queries, whatever the page size. */
export async function liveContexts(
  db: Executor,
  rows: readonly { id: string; unit_id: string; template_id: string }[],
): Promise<Map<string, LiveContext>> {
  const out = new Map<string, LiveContext>();
  if (rows.length === 0) return out;
  const templateIds = [...new Set(rows.map((r) => r.template_id))];
  const unitIds = [...new Set(rows.map((r) => r.unit_id))];
  const [templates, answers, level3] = await Promise.all([
    db.selectFrom('inspection_templates').selectAll().where('id', 'in', templateIds).execute(),
    repo.answersOfMany(
      db,
      rows.map((r) => r.id),
    ),
    sql<{ unit_id: string }>`
      select distinct u.id as unit_id from unnest(${unitIds}::uuid[]) u(id)
      join information_systems s on (s.owner_unit_id = u.id or s.operating_unit_id = u.id)
      where not s.archived and (s.security_level is null or s.security_level >= 3)`.execute(db),
  ]);
  const templateById = new Map(templates.map((t) => [t.id, templateOf(t)]));
  const level3Units = new Set(level3.rows.map((r) => r.unit_id));
  const answersById = new Map<string, InspectionAnswers>();
  for (const a of answers) {
    const map = answersById.get(a.inspection_id) ?? {};
    map[a.item_key] = a.answer as InspectionAnswers[string];
    answersById.set(a.inspection_id, map);
  }
  for (const r of rows) {
    out.set(r.id, {
      template: templateById.get(r.template_id)!,
      answers: answersById.get(r.id) ?? {},
      hasLevel3Plus: level3Units.has(r.unit_id),
    });
  }
  return out;
}
