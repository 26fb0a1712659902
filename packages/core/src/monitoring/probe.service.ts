import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { MonitorConfig, MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import type { ProbeCheck, ProbeResults } from '@ungcuu/domain/monitoring/monitoring-api.ts';
import { newSecret, sha256 } from '../auth/secret-token.ts';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import { findUnitById } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import type { MonitorEngine } from './monitor-engine.ts';
import type { ProbeWithUnit } from './probe.repository.ts';
import * as repo from './probe.repository.ts';

const PROBE_PREFIX = 'ucp_';
/** A probe's clock may be off by this much; results further in the past or future are refused. */
const CLOCK_SLACK_MS = 10 * 60_000;

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

/**
 * Remote probes (issue 10): `ungcuu probe` processes in other networks that run the checks of the
 * monitors asking for agreement, so a local outage is not called an attack. A probe's secret is
 * shown once and kept hashed, like API tokens; a probe of the focal office checks every unit's
 * monitors, another unit's probe its own unit's.
 */
export function createProbeService(deps: ServiceDeps, engine: MonitorEngine) {
  const { db, clock } = deps;

  /** A focal office's probe checks every unit's monitors; another unit's probe its own unit's. */
  const probeScope = (probe: ProbeWithUnit) =>
    probe.unit_type === 'focal_office' ? undefined : probe.unit_id;

  return {
    async list(actor: RequestActor) {
      const reach = readReach(actor, 'monitor.manage');
      const rows = await repo.listProbes(db, reach.all ? undefined : reach.unitId);
      return { items: rows.map(probeView) };
    },

    async create(actor: RequestActor, input: { name: string; unitId?: string | undefined }) {
      const unitId = input.unitId ?? actor.unitId;
      if (!can(actor, 'monitor.manage', { unitIds: [unitId] })) throw new DomainError('forbidden');
      if (!(await findUnitById(db, unitId))) throw new DomainError('not_found', { entity: 'unit' });
      // Like API tokens: a token cannot mint credentials that outlive its own revocation.
      if (actor.tokenScopes) throw new DomainError('auth.token_scope');
      const secret = `${PROBE_PREFIX}${newSecret(30)}`;
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.insertProbe(trx, {
          unit_id: unitId,
          name: input.name.trim(),
          token_hash: sha256(secret),
          prefix: secret.slice(0, 10),
        });
        const probe = (await repo.findProbe(trx, row.id))!;
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
      const row = await repo.findProbe(db, id);
      if (!row || !can(actor, 'monitor.manage', { unitIds: [row.unit_id] }))
        throw new DomainError('not_found', { entity: 'monitor_probe' });
      return mutate(deps, actor, async ({ trx, audit }) => {
        await repo.revokeProbe(trx, id, clock.now());
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
      const row = await repo.findLiveProbeByHash(db, sha256(secret));
      if (!row) throw new DomainError('probe.invalid_token');
      await repo.markProbeSeen(db, row.id, clock.now());
      return row;
    },

    async checks(probe: ProbeWithUnit): Promise<{ probeId: string; checks: ProbeCheck[] }> {
      const rows = await repo.probeChecks(db, probeScope(probe));
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
        ids.length ? (await repo.probeChecks(db, probeScope(probe), ids)).map((r) => r.id) : [],
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
