import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { MonitorConfig, MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import { newSecret, sha256 } from '../auth/secret-token.ts';
import type { MonitorBaseline, MonitorProbeRow } from '../db/schema-monitoring.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../systems/row-values.ts';
import type { ProbeCheck, ProbeResults } from './monitor.schemas.ts';
import type { MonitorEngine } from './monitor-engine.ts';

const PROBE_PREFIX = 'ucp_';
/** A probe's clock may be off by this much; results further in the past or future are refused. */
const CLOCK_SLACK_MS = 10 * 60_000;

type ProbeWithUnit = MonitorProbeRow & { unit_name: string; unit_type: string };

function probeView(row: ProbeWithUnit) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    prefix: row.prefix,
    lastSeenAt: row.last_seen_at ? new Date(row.last_seen_at).toISOString() : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function probes(db: Executor) {
  return db
    .selectFrom('monitor_probes as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'u.type as unit_type']);
}

/**
 * Remote probes (issue 10): `ungcuu probe` processes in other networks that run the checks of the
 * monitors asking for agreement, so a local outage is not called an attack. A probe's secret is
 * shown once and kept hashed, like API tokens; a probe of the focal office checks every unit's
 * monitors, another unit's probe its own unit's.
 */
export function createProbeService(deps: ServiceDeps, engine: MonitorEngine) {
  const { db, clock } = deps;

  /** Monitors a probe checks: enabled, asking for probes, and of its reach. */
  function checksQuery(probe: ProbeWithUnit) {
    let q = db
      .selectFrom('monitors')
      .select(['id', 'kind', 'target', 'config', 'timeout_ms', 'interval_seconds', 'baseline'])
      .where('enabled', '=', true)
      .where('probes_required', '>', 0);
    if (probe.unit_type !== 'focal_office') q = q.where('unit_id', '=', probe.unit_id);
    return q;
  }

  return {
    async list(actor: RequestActor) {
      const reach = readReach(actor, 'monitor.manage');
      let q = probes(db).orderBy('p.created_at', 'desc').limit(500);
      if (!reach.all) q = q.where('p.unit_id', '=', reach.unitId);
      return { items: (await q.execute()).map(probeView) };
    },

    async create(actor: RequestActor, input: { name: string; unitId?: string | undefined }) {
      const unitId = input.unitId ?? actor.unitId;
      if (!can(actor, 'monitor.manage', { unitIds: [unitId] })) throw new DomainError('forbidden');
      if (!(await findUnitById(db, unitId))) throw new DomainError('not_found', { entity: 'unit' });
      // Like API tokens: a token cannot mint credentials that outlive its own revocation.
      if (actor.tokenScopes) throw new DomainError('auth.token_scope');
      const secret = `${PROBE_PREFIX}${newSecret(30)}`;
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await trx
          .insertInto('monitor_probes')
          .values({
            unit_id: unitId,
            name: input.name.trim(),
            token_hash: sha256(secret),
            prefix: secret.slice(0, 10),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const probe = (await probes(trx)
          .where('p.id', '=', row.id)
          .executeTakeFirstOrThrow()) as ProbeWithUnit;
        await audit({
          action: 'monitor.probe.create',
          entityType: 'monitor_probe',
          entityId: row.id,
          unitId,
          after: probeView(probe),
        });
        return { probe: probeView(probe), secret };
      });
    },

    async revoke(actor: RequestActor, id: string) {
      const row = await probes(db).where('p.id', '=', id).executeTakeFirst();
      if (!row || !can(actor, 'monitor.manage', { unitIds: [row.unit_id] }))
        throw new DomainError('not_found', { entity: 'monitor_probe' });
      return mutate(deps, actor, async ({ trx, audit }) => {
        await trx
          .updateTable('monitor_probes')
          .set({ revoked_at: clock.now() })
          .where('id', '=', id)
          .execute();
        await audit({
          action: 'monitor.probe.revoke',
          entityType: 'monitor_probe',
          entityId: id,
          unitId: row.unit_id,
          before: probeView(row),
        });
        return probeView({ ...row, revoked_at: clock.now() });
      });
    },

    /** The probe behind a secret, or 401; marks it seen. */
    async authenticate(secret: string | undefined): Promise<ProbeWithUnit> {
      if (!secret?.startsWith(PROBE_PREFIX)) throw new DomainError('probe.invalid_token');
      const row = await probes(db)
        .where('p.token_hash', '=', sha256(secret))
        .where('p.revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) throw new DomainError('probe.invalid_token');
      await db
        .updateTable('monitor_probes')
        .set({ last_seen_at: clock.now() })
        .where('id', '=', row.id)
        .execute();
      return row as ProbeWithUnit;
    },

    async checks(probe: ProbeWithUnit): Promise<{ probeId: string; checks: ProbeCheck[] }> {
      const rows = await checksQuery(probe).orderBy('id').limit(5_000).execute();
      return {
        probeId: probe.id,
        checks: rows.map((r) => {
          const baseline = r.baseline as MonitorBaseline | null;
          return {
            monitorId: r.id,
            kind: r.kind as MonitorKind,
            target: r.target,
            config: (r.config ?? {}) as MonitorConfig,
            timeoutMs: r.timeout_ms,
            intervalSeconds: r.interval_seconds,
            dnsAnswers: baseline?.kind === 'dns' ? baseline.answers : null,
          };
        }),
      };
    },

    /** Results of a probe: only for monitors among its checks, with a believable time. */
    async submit(probe: ProbeWithUnit, input: ProbeResults) {
      const ids = [...new Set(input.results.map((r) => r.monitorId))];
      const allowed = new Set(
        ids.length ? (await checksQuery(probe).where('id', 'in', ids).execute()).map((r) => r.id) : [],
      );
      const now = clock.now();
      const accepted = input.results.filter((r) => {
        const at = Date.parse(r.checkedAt);
        return allowed.has(r.monitorId) && Math.abs(at - now.getTime()) <= CLOCK_SLACK_MS;
      });
      await engine.record(
        accepted.map((r) => ({
          monitorId: r.monitorId,
          probeId: probe.id,
          checkedAt: new Date(r.checkedAt),
          ok: r.ok,
          responseMs: r.responseMs,
          message: r.message,
        })),
        now,
      );
      return { accepted: accepted.length, rejected: input.results.length - accepted.length };
    },
  };
}
export type ProbeService = ReturnType<typeof createProbeService>;
