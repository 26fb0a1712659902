/**
 * Outgoing notices: how many are delivered per second to a local SMTP sink, and how long from the
 * change (its transaction committed) to the mail received by the sink (p50/p95).
 *
 *   npx tsx bench/notification-delivery.ts [--burst=1000] [--paced=200] [--workers=1]
 *
 * Embedded PGlite by default; with DATABASE_URL set, a fresh PostgreSQL database (as the tests do),
 * where --workers=2 runs two delivery workers with their own pools, as two server processes would.
 */
import { performance } from 'node:perf_hooks';
import { putSetting } from '../packages/core/src/auth/settings.repository.ts';
import { type DatabaseHandle, openDatabase } from '../packages/core/src/db/engine.ts';
import { createChannelSenders, SMTP_SETTING_KEY } from '../packages/core/src/notifications/delivery.ts';
import { notify } from '../packages/core/src/notifications/notify.ts';
import { type OutboxWorker, startOutboxWorker } from '../packages/core/src/notifications/outbox-worker.ts';
import { SmtpSink } from '../packages/core/src/notifications/testing/sinks.ts';
import { createTestDatabase, databaseUrlWithName } from '../packages/core/src/testing/test-db.ts';

function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
}

const BURST = arg('burst', 1000);
const PACED = arg('paced', 200);
const WORKERS = arg('workers', 1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const handle = await createTestDatabase();
  const db = handle.db;
  const sink = new SmtpSink();
  await sink.start();
  const unit = await db
    .insertInto('units')
    .values({ code: 'BENCH', name: 'Đơn vị đo', type: 'commune', updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({
      unit_id: unit.id,
      username: 'bench',
      full_name: 'Người đo',
      email: 'bench@example.vn',
      roles: ['unit_officer'],
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await putSetting(
    db,
    SMTP_SETTING_KEY,
    {
      host: '127.0.0.1',
      port: sink.port,
      tls: 'none',
      user: null,
      password: null,
      from: 'ungcuu@example.vn',
    },
    new Date(),
  );

  const committedAt = new Map<string, number>();
  const latencies: number[] = [];
  sink.onMail = (m) => {
    const tag = /#(\w+-\d+)/.exec(m.text)?.[1];
    const t0 = tag ? committedAt.get(tag) : undefined;
    if (t0 !== undefined && tag?.startsWith('p-')) latencies.push(m.receivedAt - t0);
  };
  async function change(tag: string): Promise<void> {
    // The change starts now; its mail can arrive before this await returns (NOTIFY on commit).
    committedAt.set(tag, performance.now());
    await db.transaction().execute((trx) =>
      notify(trx, {
        kind: 'task_assigned',
        to: [{ user: { id: user.id, unitId: unit.id } }],
        title: { vi: `Nhiệm vụ #${tag}`, en: `Task #${tag}` },
        link: `/incidents/${tag}`,
      }),
    );
  }
  async function waitFor(n: number): Promise<void> {
    const end = Date.now() + 300_000;
    while (sink.mails.length < n) {
      if (Date.now() > end) throw new Error(`only ${sink.mails.length} of ${n} mails arrived`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  // 1. Throughput: a backlog queued while no worker runs (the mail server was down), then drained.
  const burstStart = performance.now();
  for (let i = 0; i < BURST; i++) await change(`b-${i}`);
  const produced = performance.now();
  const drainStart = performance.now();
  const extra: DatabaseHandle[] = [];
  const workers: OutboxWorker[] = [];
  for (let i = 0; i < WORKERS; i++) {
    let h = handle;
    if (i > 0 && process.env.DATABASE_URL) {
      const { rows } = await import('kysely').then(({ sql }) =>
        sql<{ name: string }>`select current_database() as name`.execute(db),
      );
      h = await openDatabase({
        databaseUrl: databaseUrlWithName(process.env.DATABASE_URL, rows[0]!.name),
        poolSize: 10,
      });
      extra.push(h);
    }
    workers.push(
      await startOutboxWorker({
        db: h.db,
        clock: { now: () => new Date() },
        senders: createChannelSenders(h.db, { baseUrl: 'https://ungcuu.example.vn' }),
        listen: (c, l) => h.listen(c, l),
        pollMs: 1000,
      }),
    );
  }

  await waitFor(BURST);
  const burstEnd = performance.now();
  // 2. Latency: changes one at a time, 20 ms apart (a busy day's rhythm, not a burst).
  for (let i = 0; i < PACED; i++) {
    await change(`p-${i}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await waitFor(BURST + PACED);
  for (const w of workers) await w.stop();
  await sink.stop();
  for (const h of extra) await h.close();

  const ids = new Set(sink.mails.map((m) => m.header('Message-ID')));
  latencies.sort((a, b) => a - b);
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(`engine ${engine}, ${WORKERS} worker(s)`);
  console.log(
    `backlog: ${BURST} notices queued in ${((produced - burstStart) / 1000).toFixed(2)} s (${(BURST / ((produced - burstStart) / 1000)).toFixed(0)} changes/s), delivered in ${((burstEnd - drainStart) / 1000).toFixed(2)} s → ${(BURST / ((burstEnd - drainStart) / 1000)).toFixed(0)} notices/s delivered`,
  );
  console.log(
    `change → mail received (${latencies.length} paced notices): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `mails received ${sink.mails.length}, distinct Message-IDs ${ids.size} (duplicates: ${sink.mails.length - ids.size})`,
  );
  await handle.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
