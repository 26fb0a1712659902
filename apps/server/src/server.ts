import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { auditCheckpointJob } from '@ungcuu/core/audit/audit-checkpoint.service.ts';
import { installAuditKey } from '@ungcuu/core/audit/audit-setup.ts';
import { ensureFirstAdmin } from '@ungcuu/core/bootstrap.ts';
import { type Config, ConfigError, loadConfig } from '@ungcuu/core/config.ts';
import { openForServer } from '@ungcuu/core/db/bootstrap-db.ts';
import { startControlChannel } from '@ungcuu/core/db/control-channel.ts';
import { watchClassifierModels } from '@ungcuu/core/incidents/classifier.service.ts';
import { alertFilingSweepJob, alertRetentionJob } from '@ungcuu/core/jobs/alert-jobs.ts';
import { AUTH_JOBS } from '@ungcuu/core/jobs/auth-jobs.ts';
import { CLASSIFIER_JOBS } from '@ungcuu/core/jobs/classifier-jobs.ts';
import { INCIDENT_JOBS } from '@ungcuu/core/jobs/incident-jobs.ts';
import { monitorRetentionJob } from '@ungcuu/core/jobs/monitor-jobs.ts';
import { READINESS_JOBS } from '@ungcuu/core/jobs/readiness-jobs.ts';
import { REQUEST_JOBS } from '@ungcuu/core/jobs/request-jobs.ts';
import { startScheduler } from '@ungcuu/core/jobs/scheduler.ts';
import { testHeartbeatJobs } from '@ungcuu/core/jobs/test-heartbeat-job.ts';
import { startMonitorRunner } from '@ungcuu/core/monitoring/monitor-runner.ts';
import { createChannelSenders } from '@ungcuu/core/notifications/delivery.ts';
import { NOTIFICATION_JOBS } from '@ungcuu/core/notifications/notification-jobs.ts';
import { startOutboxWorker } from '@ungcuu/core/notifications/outbox-worker.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { startTrace } from '@ungcuu/core/start-trace.ts';
import { WARNING_JOBS } from '@ungcuu/core/warnings/warning-jobs.ts';
import { DomainError, errorMessage } from '@ungcuu/domain/errors.ts';
import { buildApp } from './app.ts';
import { mailIntakeWiring, startConfiguredMailIntake } from './mail/mail-intake-wiring.ts';
import { registerSyslogMetrics, startConfiguredSyslog } from './syslog/syslog-wiring.ts';

// The process entry: config, database, first administrator, listen, graceful shutdown.
async function main(): Promise<void> {
  const started = performance.now();
  startTrace('modules loaded');
  const config = loadConfig();
  // PGlite is WebAssembly: V8 compiles it with its baseline compiler (Liftoff) and then recompiles
  // the busy functions with its optimizing one (TurboFan), which holds ~50 MB more and costs ~0.8 s
  // of CPU at start for queries that run a few percent faster (decision 0032). Baseline only,
  // unless UNGCUU_PGLITE_OPTIMIZE=1; set before PGlite compiles its module.
  if (!config.databaseUrl && process.env.UNGCUU_PGLITE_OPTIMIZE !== '1')
    v8.setFlagsFromString('--liftoff-only');
  // One process per PGlite folder: another server holding it is refused with its PID.
  const handle = await openForServer(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize },
    (holder) =>
      console.log(
        `ungcuu: đang chờ lệnh ungcuu (tiến trình ${holder.pid}) dùng xong thư mục dữ liệu / waiting for the ungcuu command (process ${holder.pid}) to finish with the data folder`,
      ),
  );
  const auditKey = await installAuditKey(config);
  startTrace('audit key');
  const auditCheckpoints = { dir: config.auditCheckpointDir };
  const mail = mailIntakeWiring(config);
  const services = createServices(handle, undefined, { auditCheckpoints, mailIntake: mail.options });
  const admin = await ensureFirstAdmin(services.deps, { password: config.adminPassword });
  startTrace('first administrator checked');
  const app = await buildApp(config, { handle, services });
  // A model retrained or rolled back in any worker is used by this one at once (decision 0030).
  await watchClassifierModels(handle);
  startTrace('app built (routes registered)');
  const checkpointJob = auditCheckpointJob(auditCheckpoints);
  const scheduler = startScheduler(
    services.deps,
    [
      ...INCIDENT_JOBS,
      ...READINESS_JOBS,
      ...REQUEST_JOBS,
      ...NOTIFICATION_JOBS,
      ...AUTH_JOBS,
      ...CLASSIFIER_JOBS,
      ...WARNING_JOBS,
      checkpointJob,
      monitorRetentionJob(config.monitorResultDays),
      alertRetentionJob,
      alertFilingSweepJob(services.deps),
      ...testHeartbeatJobs(process.env.UNGCUU_TEST_HEARTBEAT_MS),
    ],
    (msg, err) => app.log.error({ err }, msg),
  );
  // Every process runs a delivery worker: claims are disjoint (docs/decisions/0013).
  const outbox = await startOutboxWorker({
    db: services.deps.db,
    clock: services.deps.clock,
    senders: createChannelSenders(services.deps.db, { baseUrl: config.publicUrl }),
    listen: (channel, listener) => handle.listen(channel, listener),
    log: (msg, err) => app.log.error({ err }, msg),
  });
  // Every process may check monitors: claims in the database keep each check to one of them.
  const monitorRunner = config.monitorChecks
    ? startMonitorRunner(
        services.deps,
        services.monitorEngine,
        { concurrency: config.monitorConcurrency },
        (msg, err) => app.log.error({ err }, msg),
      )
    : null;
  startTrace('jobs, delivery and monitor workers started');
  if (auditKey.created)
    app.log.warn(
      { file: config.auditKeyFile, keyId: auditKey.key.id },
      'audit key created: keep a copy of this file in a safe place outside the server',
    );
  await app.listen({ port: config.port, host: config.host });
  startTrace('listening');
  // A checkpoint at start (when the trail changed), so the first one does not wait an hour; after
  // listening, so that the first request does not wait for it either.
  const firstCheckpoint = services.deps.db
    .transaction()
    .execute((trx) => checkpointJob.run(trx, services.deps))
    .catch((err) => app.log.error({ err }, 'audit checkpoint failed'));
  // The `ungcuu` command run beside this server works through it instead of opening the folder.
  const control =
    handle.engine === 'pglite' && !config.databaseUrl
      ? await startControlChannel(handle, config.dataDir)
      : null;
  mail.useLogger(app.log);
  const mailListener = await startConfiguredMailIntake(config, services, app.log);
  const syslogListener = await startConfiguredSyslog(config, services.deps, app.log);
  if (syslogListener) registerSyslogMetrics(app.metricsRegistry, syslogListener);
  startTrace('control channel, mail and syslog listeners started');
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info(
    { engine: handle.engine, port, startMs: Math.round(performance.now() - started) },
    'ungcuu started',
  );
  console.log(
    `\nungcuu: http://localhost:${port}  (${handle.engine === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'})`,
  );
  if (admin?.oneTimePassword) {
    console.log(`\n  Tài khoản quản trị đầu tiên / first administrator:  ${admin.username}`);
    console.log(`  Mật khẩu dùng một lần / one-time password:        ${admin.oneTimePassword}\n`);
  }

  // Where the memory goes (bench/throughput.ts): heap, external (PGlite's WebAssembly memory and
  // buffers) and the rest (code, stacks). Printed once started and again on SIGUSR2.
  if (process.env.UNGCUU_MEMORY_REPORT === '1') {
    const report = () => {
      const m = process.memoryUsage();
      console.log(
        `ungcuu-memory ${JSON.stringify({ rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers })}`,
      );
    };
    report();
    process.on('SIGUSR2', report);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await firstCheckpoint;
    await scheduler.stop();
    await mailListener?.close();
    await syslogListener?.close();
    await outbox.stop();
    await monitorRunner?.stop();
    await app.close();
    await control?.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * How many server processes: UNGCUU_WORKERS, or one per core on PostgreSQL. PGlite is one process
 * per data folder, so it always runs one.
 */
function workerCount(config: Pick<Config, 'workers' | 'databaseUrl'>): number {
  if (!config.databaseUrl) return 1;
  return config.workers > 0 ? config.workers : availableParallelism();
}

/**
 * The primary of several processes (decision 0028): it holds no database and serves nothing. The
 * first worker starts alone (migrations, audit key, first administrator happen once), then the
 * others; they share the listening port (node:cluster hands connections round-robin). A worker
 * that dies is replaced; a stop signal reaches every worker and waits for them.
 */
function runPrimary(count: number): void {
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`ungcuu: worker ${worker.id} ended (${signal ?? code}); starting another`);
      setTimeout(fork, 1000).unref();
    });
    return worker;
  };
  const first = fork();
  first.once('listening', () => {
    for (let i = 1; i < count; i++) fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      w.process.kill(signal);
    }
    setTimeout(() => process.exit(1), 12_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => stop('SIGTERM'));
}

function start(): Promise<void> {
  if (cluster.isPrimary) {
    const count = workerCount(loadConfig());
    if (count > 1) {
      console.log(`ungcuu: ${count} tiến trình máy chủ / server processes (UNGCUU_WORKERS)`);
      runPrimary(count);
      return Promise.resolve();
    }
  }
  return main();
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`ungcuu: ${error.message}`);
  else if (error instanceof DomainError)
    console.error(
      `ungcuu: ${errorMessage(error.code, error.params, 'vi')}\nungcuu: ${errorMessage(error.code, error.params, 'en')}`,
    );
  else console.error('ungcuu: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
