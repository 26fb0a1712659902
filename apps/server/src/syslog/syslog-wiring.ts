import { ingestAlerts, syslogSource } from '@ungcuu/core/alerts/alert-intake.ts';
import type { Config } from '@ungcuu/core/config.ts';
import { listUnits } from '@ungcuu/core/org/unit.repository.ts';
import type { ServiceDeps } from '@ungcuu/core/shared/deps.ts';
import type { AlertSourceRef } from '@ungcuu/domain/alerts/alert.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { syslogItems } from '@ungcuu/domain/syslog/syslog-alert.ts';
import type { FastifyBaseLogger } from 'fastify';
import { Gauge, type Registry } from 'prom-client';
import {
  type ReceivedLine,
  type SinkResult,
  SYSLOG_LISTENER_DEFAULTS,
  type SyslogListener,
  startSyslogListener,
} from './syslog-listener.ts';

// How server.ts puts the syslog listener together: received lines → parsing rules → the alert
// intake (`ingestAlerts`) under one source of kind syslog, filed under the focal office until
// its alerts are mapped to systems.

/** The source is read again after this long, so that an administrator's changes reach the listener. */
const SOURCE_TTL_MS = 60_000;

/** The sink of the listener: parse a batch, store what parses in one intake transaction. */
export function syslogSink(
  deps: ServiceDeps,
  sourceName: string,
): (lines: ReceivedLine[]) => Promise<SinkResult> {
  let cached: { source: AlertSourceRef; at: number } | null = null;
  async function source(): Promise<AlertSourceRef> {
    if (cached && Date.now() - cached.at < SOURCE_TTL_MS) return cached.source;
    const focal = await listUnits(deps.db, { type: 'focal_office', limit: 1, offset: 0 });
    const unitId = focal.rows[0]?.id;
    if (!unitId) throw new Error('no focal office unit to file syslog alerts under');
    cached = { source: await syslogSource(deps, sourceName, unitId), at: Date.now() };
    return cached.source;
  }
  return async (lines) => {
    const { items, rejected } = syslogItems(lines);
    if (items.length === 0) return { accepted: 0, rejected };
    const ref = await source();
    if (!ref.enabled) return { accepted: 0, rejected, refused: items.length };
    try {
      const result = await ingestAlerts(deps, ref, items);
      return {
        accepted: result.accepted + result.duplicate + result.suppressed,
        rejected: rejected + result.rejected,
      };
    } catch (err) {
      // Over the source's rate: syslog has no way to ask a sender to retry, so the lines are counted as dropped.
      if (err instanceof DomainError && err.code === 'alert.rate_limited')
        return { accepted: 0, rejected, refused: items.length };
      throw err;
    }
  };
}

/** Starts the listener when a UDP or TCP port is configured; null otherwise (the default). */
export async function startConfiguredSyslog(
  config: Config,
  deps: ServiceDeps,
  logger: FastifyBaseLogger,
): Promise<SyslogListener | null> {
  const s = config.syslog;
  if (s.udpPort === null && s.tcpPort === null) return null;
  const listener = await startSyslogListener(
    { ...SYSLOG_LISTENER_DEFAULTS, ...s },
    syslogSink(deps, s.sourceName),
    (level, msg, data) => logger[level](data, msg),
  );
  logger.info(
    { udpPort: listener.udpPort, tcpPort: listener.tcpPort, host: s.host },
    'syslog listener started',
  );
  return listener;
}

/** The listener's counts on /metrics: `ungcuu_syslog_lines{outcome=…}` and open connections. */
export function registerSyslogMetrics(registry: Registry, listener: SyslogListener): void {
  new Gauge({
    name: 'ungcuu_syslog_lines',
    help: 'Syslog lines since start by outcome (received, accepted, rejected, dropped, queued)',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      const c = listener.counts();
      for (const outcome of ['received', 'accepted', 'rejected', 'dropped', 'queued'] as const)
        this.set({ outcome }, c[outcome]);
    },
  });
  new Gauge({
    name: 'ungcuu_syslog_connections',
    help: 'Open syslog TCP connections',
    registers: [registry],
    collect() {
      this.set(listener.counts().connections);
    },
  });
}
