import {
  type Action,
  type Actor,
  can,
  type PermissionTarget,
  widestScope,
} from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { FoundRef, RefKind } from '@ungcuu/domain/refs.ts';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Executor } from './context.ts';

/**
 * Which records of each kind a caller may see, as one batched SQL query per kind. The rules are
 * those of `can(actor, '<kind>.read', record)` (packages/domain/src/auth/permissions.ts) written
 * as a WHERE clause, so checking fifty ids costs one query, not fifty.
 */
type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
type Eb = ExpressionBuilder<Record<string, Record<string, unknown>>, string>;
type Condition = (eb: Eb) => Expression<SqlBool>;

const TRUE: Condition = () => sql<SqlBool>`true`;
const FALSE: Condition = () => sql<SqlBool>`false`;

/** own_unit scope as SQL: any of the record's unit columns is the actor's unit. */
function unitScope(actor: Actor, action: Action, columns: string[]): Condition {
  const scope = widestScope(actor, action);
  if (scope === 'all') return TRUE;
  if (scope !== 'own_unit') return FALSE;
  return (eb) => eb.or(columns.map((c) => eb(eb.ref(c), '=', actor.unitId)));
}

interface KindRule {
  table: string;
  /** Joins needed by `where` (a child record is seen through its parent). */
  from?: (db: AnyDb) => ReturnType<AnyDb['selectFrom']>;
  where: (actor: Actor) => Condition;
}

const readinessRule = (table: string): KindRule => ({
  table,
  where: (actor) => unitScope(actor, 'readiness.read', [`${table}.unit_id`]),
});

/** An incident is seen by its working units within their role, by leadership, and by where it was escalated. */
function incidentVisible(actor: Actor, alias: string): Condition {
  const scope = widestScope(actor, 'incident.read');
  if (scope === 'all') return TRUE;
  return (eb) =>
    eb.or([
      ...(scope === 'own_unit'
        ? [eb(sql`${actor.unitId}::uuid`, '=', sql`any(${sql.ref(`${alias}.unit_ids`)})`)]
        : []),
      eb(sql`${actor.unitId}::uuid`, '=', sql`any(${sql.ref(`${alias}.escalated_unit_ids`)})`),
    ]);
}

/**
 * A warning is seen by whoever reads every warning (the focal office, leadership) and, once
 * published, by the units it was sent to (issue 11; TLP:RED ones are sent to hand-picked units only).
 */
function warningVisible(actor: Actor, alias: string): Condition {
  const scope = widestScope(actor, 'warning.read');
  if (scope === 'all') return TRUE;
  if (scope !== 'own_unit') return FALSE;
  return (eb) =>
    eb.and([
      eb(eb.ref(`${alias}.status`), '<>', 'draft'),
      eb.exists(
        eb
          .selectFrom('warning_targets as wt')
          .select(sql`1`.as('one'))
          .where(sql<SqlBool>`wt.warning_id = ${sql.ref(`${alias}.id`)}`)
          .where('wt.unit_id', '=', actor.unitId),
      ),
    ]);
}

const READINESS_KINDS = ['equipment', 'licence', 'contract', 'training', 'drill'] as const;

const RULES: Record<Exclude<RefKind, 'readiness_item'>, KindRule> = {
  // Every signed-in person reads the unit list, the team roster and the checklist templates.
  unit: { table: 'units', where: () => TRUE },
  team_member: { table: 'team_members', where: () => TRUE },
  inspection_template: { table: 'inspection_templates', where: () => TRUE },
  user: {
    table: 'users',
    where: (actor) => {
      const scope = widestScope(actor, 'user.read');
      if (scope === 'all') return TRUE;
      if (scope === 'own_unit') return (eb) => eb('users.unit_id', '=', actor.unitId);
      return (eb) => eb('users.id', '=', actor.userId);
    },
  },
  token: {
    table: 'api_tokens',
    where: (actor) =>
      widestScope(actor, 'token.manage') === 'all'
        ? TRUE
        : (eb) => eb('api_tokens.user_id', '=', actor.userId),
  },
  saved_filter: {
    table: 'saved_filters',
    where: (actor) => (eb) => eb('saved_filters.user_id', '=', actor.userId),
  },
  notification: {
    table: 'notifications',
    where: (actor) => (eb) =>
      eb.or([
        eb('notifications.user_id', '=', actor.userId),
        eb.and([eb('notifications.user_id', 'is', null), eb('notifications.unit_id', '=', actor.unitId)]),
      ]),
  },
  notification_endpoint: {
    table: 'notification_endpoints',
    where: (actor) => (can(actor, 'notification.settings') ? TRUE : FALSE),
  },
  notification_outbox: {
    table: 'notification_outbox',
    where: (actor) => (can(actor, 'notification.settings') ? TRUE : FALSE),
  },
  system: {
    table: 'information_systems',
    where: (actor) =>
      unitScope(actor, 'system.read', [
        'information_systems.owner_unit_id',
        'information_systems.operating_unit_id',
      ]),
  },
  risk: {
    table: 'risks',
    from: (db) => db.selectFrom('risks').innerJoin('information_systems as s', 's.id', 'risks.system_id'),
    where: (actor) => unitScope(actor, 'risk.read', ['s.owner_unit_id', 's.operating_unit_id']),
  },
  monitor: { table: 'monitors', where: (actor) => unitScope(actor, 'monitor.read', ['monitors.unit_id']) },
  monitor_probe: {
    table: 'monitor_probes',
    where: (actor) => unitScope(actor, 'monitor.manage', ['monitor_probes.unit_id']),
  },
  // Alerts are seen by the units of the systems they map to; unmapped ones only by 'all' readers.
  alert: { table: 'alerts', where: (actor) => unitScope(actor, 'alert.read', ['alerts.unit_id']) },
  alert_group: {
    table: 'alert_groups',
    where: (actor) => unitScope(actor, 'alert.read', ['alert_groups.unit_id']),
  },
  alert_source: {
    table: 'alert_sources',
    where: (actor) => (widestScope(actor, 'alert.read') === 'all' ? TRUE : FALSE),
  },
  alert_suppression: {
    table: 'alert_suppressions',
    where: (actor) => (can(actor, 'alert.manage') ? TRUE : FALSE),
  },
  maintenance_window: {
    table: 'alert_maintenance_windows',
    where: (actor) => unitScope(actor, 'alert.read', ['alert_maintenance_windows.unit_id']),
  },
  // A unit sees the proposals it raised and those shared with every unit; leaders and the focal office all.
  proposal: {
    table: 'proposals',
    where: (actor) => {
      const scope = widestScope(actor, 'proposal.read');
      if (scope === 'all') return TRUE;
      if (scope !== 'own_unit') return FALSE;
      return (eb) =>
        eb.or([eb('proposals.unit_id', '=', actor.unitId), eb('proposals.shared_with_all', '=', true)]);
    },
  },
  equipment: readinessRule('readiness_equipment'),
  licence: readinessRule('readiness_licences'),
  contract: readinessRule('readiness_contracts'),
  // A training is also read by the units of the people who attended it (they count it).
  training: {
    table: 'readiness_trainings',
    where: (actor) => {
      const own = unitScope(actor, 'readiness.read', ['readiness_trainings.unit_id']);
      if (widestScope(actor, 'readiness.read') !== 'own_unit') return own;
      return (eb) =>
        eb.or([
          own(eb),
          eb.exists(
            eb
              .selectFrom('readiness_training_attendees as a')
              .innerJoin('users as au', 'au.id', 'a.user_id')
              .select(sql`1`.as('one'))
              .whereRef('a.training_id', '=', 'readiness_trainings.id')
              .where('au.unit_id', '=', actor.unitId),
          ),
        ]);
    },
  },
  drill: readinessRule('readiness_drills'),
  inspection: {
    table: 'inspections',
    where: (actor) => unitScope(actor, 'inspection.read', ['inspections.unit_id']),
  },
  inspection_evidence: {
    table: 'inspection_evidence',
    from: (db) =>
      db
        .selectFrom('inspection_evidence')
        .innerJoin('inspections as i', 'i.id', 'inspection_evidence.inspection_id'),
    where: (actor) => unitScope(actor, 'inspection.read', ['i.unit_id']),
  },
  remediation_task: {
    table: 'remediation_tasks',
    where: (actor) => unitScope(actor, 'inspection.read', ['remediation_tasks.unit_id']),
  },
  budget_line: {
    table: 'budget_lines',
    where: (actor) => unitScope(actor, 'budget.read', ['budget_lines.unit_id']),
  },
  budget_spending: {
    table: 'budget_spending',
    from: (db) =>
      db.selectFrom('budget_spending').innerJoin('budget_lines as l', 'l.id', 'budget_spending.line_id'),
    where: (actor) => unitScope(actor, 'budget.read', ['l.unit_id']),
  },
  incident: { table: 'incidents', where: (actor) => incidentVisible(actor, 'incidents') },
  warning: { table: 'warnings', where: (actor) => warningVisible(actor, 'warnings') },
  // A unit sees the warning's own attachments and its evidence, not another unit's.
  warning_file: {
    table: 'warning_files',
    from: (db) =>
      db.selectFrom('warning_files').innerJoin('warnings as w', 'w.id', 'warning_files.warning_id'),
    where: (actor) => {
      const seen = warningVisible(actor, 'w');
      if (widestScope(actor, 'warning.read') === 'all') return seen;
      return (eb) =>
        eb.and([
          seen(eb),
          eb.or([eb('warning_files.unit_id', 'is', null), eb('warning_files.unit_id', '=', actor.unitId)]),
        ]);
    },
  },
  system_product: {
    table: 'system_products',
    from: (db) =>
      db
        .selectFrom('system_products')
        .innerJoin('information_systems as s', 's.id', 'system_products.system_id'),
    where: (actor) => unitScope(actor, 'system.read', ['s.owner_unit_id', 's.operating_unit_id']),
  },
  // A request is the focal office's (request.read: all); a unit sees the requests sent to it.
  unit_request: {
    table: 'unit_requests',
    where: (actor) => {
      const scope = widestScope(actor, 'request.read');
      if (scope === 'all') return TRUE;
      if (scope !== 'own_unit') return FALSE;
      return (eb) =>
        eb.exists(
          eb
            .selectFrom('unit_request_answers as a')
            .select('a.unit_id')
            .whereRef('a.request_id', '=', 'unit_requests.id')
            .where('a.unit_id', '=', actor.unitId),
        );
    },
  },
  // Seed I.2: every unit reads every lesson (redacted by the service where the incident is not theirs).
  lesson: {
    table: 'incidents',
    where: (actor) =>
      can(actor, 'lesson.read')
        ? (eb) =>
            eb.and([eb('incidents.state', '=', 'closed'), eb('incidents.lessons_learned', 'is not', null)])
        : FALSE,
  },
  lesson_followup: {
    table: 'lesson_followups',
    from: (db) =>
      db.selectFrom('lesson_followups').innerJoin('incidents as i', 'i.id', 'lesson_followups.incident_id'),
    where: (actor) =>
      can(actor, 'lesson.read')
        ? (eb) => eb.and([eb('i.state', '=', 'closed'), eb('i.lessons_learned', 'is not', null)])
        : FALSE,
  },
  // Mails at the intake address are the focal office's to sort (and the administrator's).
  mail_message: {
    table: 'mail_intake_messages',
    where: (actor) => (actor.roles.includes('admin') || actor.roles.includes('coordinator') ? TRUE : FALSE),
  },
  // A task is seen with its incident, or by the unit or person it was given to.
  task: {
    table: 'incident_tasks',
    from: (db) =>
      db.selectFrom('incident_tasks').innerJoin('incidents as i', 'i.id', 'incident_tasks.incident_id'),
    where: (actor) => (eb) =>
      eb.or([
        incidentVisible(actor, 'i')(eb),
        eb('incident_tasks.assignee_unit_id', '=', actor.unitId),
        eb('incident_tasks.assignee_user_id', '=', actor.userId),
      ]),
  },
  evidence: {
    table: 'incident_evidence',
    from: (db) =>
      db.selectFrom('incident_evidence').innerJoin('incidents as i', 'i.id', 'incident_evidence.incident_id'),
    where: (actor) => incidentVisible(actor, 'i'),
  },
};

/** The ids among `ids` of records of `kind` that `actor` may see. */
export async function visibleIds(
  db: Executor,
  actor: Actor,
  kind: RefKind,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set<string>();
  if (kind === 'readiness_item') {
    const parts = await Promise.all(READINESS_KINDS.map((k) => visibleIds(db, actor, k, ids)));
    return new Set(parts.flatMap((p) => [...p]));
  }
  const rule = RULES[kind];
  const anyDb = db as unknown as AnyDb;
  const base = rule.from ? rule.from(anyDb) : anyDb.selectFrom(rule.table);
  const rows = await base
    .select(sql<string>`${sql.ref(`${rule.table}.id`)}`.as('id'))
    .where(`${rule.table}.id`, 'in', [...new Set(ids)])
    .where((eb) => rule.where(actor)(eb as Eb))
    .execute();
  return new Set(rows.map((r) => String(r.id)));
}

/**
 * The one check for references a client sends: every id must name a record the actor may see.
 * A missing record and another unit's record answer the same 404, so the answer reveals nothing.
 */
export async function assertVisibleRefs(
  db: Executor,
  actor: Actor,
  refs: readonly FoundRef[],
): Promise<void> {
  const byKind = new Map<RefKind, string[]>();
  for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
  for (const [kind, ids] of byKind) {
    const visible = await visibleIds(db, actor, kind, ids);
    const hidden = ids.find((id) => !visible.has(id));
    if (hidden) throw new DomainError('not_found', { entity: kind });
  }
}

export type RefChecker = (actor: Actor, refs: readonly FoundRef[]) => Promise<void>;

export function createRefChecker(db: Kysely<Database>): RefChecker {
  return (actor, refs) => assertVisibleRefs(db, actor, refs);
}

/**
 * The guard of a per-record read: a record the actor may not read is, to them, not there, so it
 * answers the same 404 as a missing id (a 403 would say that it exists). A 403 stays for a
 * record the actor reads but may not change.
 */
export function requireReadable(
  actor: Actor,
  action: Action,
  target: PermissionTarget,
  entity: string,
): void {
  if (!can(actor, action, target)) throw new DomainError('not_found', { entity });
}
