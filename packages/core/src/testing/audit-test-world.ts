import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { recordAudit } from '../audit/audit.service.ts';
import type { DatabaseHandle } from '../db/engine.ts';
import type { Clock, RequestActor } from '../shared/context.ts';
import { createTestDatabase } from './test-db.ts';

// Shared by the audit chain tests (tamper, checkpoint): each test gets its own database because
// the cases delete chains and whole tables; the file gets one folder for checkpoint files.

export interface AuditTestWorld {
  /** This test's database (a fresh one before each test). */
  handle: DatabaseHandle;
  /** A folder for checkpoint files, removed after the file's tests. */
  dir: string;
  clock: Clock;
  actor: RequestActor;
  /** Writes `n` audit records, one transaction each (they spread over the chains). */
  writeMany(n: number): Promise<void>;
  /** The stored records by chain, oldest first. */
  chains(): Promise<Map<number, { id: string; hash: string }[]>>;
  /** The longest chain (at least `min` records), written until there is one. */
  longChain(min: number): Promise<{ chain: number; ids: string[] }>;
}

/** Registers the hooks; call it once at the top of the test file. */
export function auditTestWorld(): AuditTestWorld {
  const world: AuditTestWorld = {
    handle: undefined as unknown as DatabaseHandle,
    dir: '',
    clock: { now: () => new Date() },
    actor: {
      userId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a01',
      unitId: '7a1e0c3e-5d7b-4c1e-9f0a-2b8e6d4c1a02',
      roles: ['admin'],
      label: 'kiểm thử',
    },
    async writeMany(n) {
      for (let i = 0; i < n; i++)
        await world.handle.db.transaction().execute((trx) =>
          recordAudit(trx, world.clock, world.actor, {
            action: 'test.tamper',
            entityType: 'thing',
            entityId: `t-${i}`,
            after: { i },
          }),
        );
    },
    async chains() {
      const rows = await world.handle.db
        .selectFrom('audit_log')
        .select(['id', 'chain', 'hash'])
        .orderBy('id')
        .execute();
      const out = new Map<number, { id: string; hash: string }[]>();
      for (const r of rows)
        out.set(r.chain, [...(out.get(r.chain) ?? []), { id: String(r.id), hash: r.hash }]);
      return out;
    },
    async longChain(min) {
      for (;;) {
        const best = [...(await world.chains()).entries()].sort((a, b) => b[1].length - a[1].length)[0];
        if (best && best[1].length >= min) return { chain: best[0], ids: best[1].map((r) => r.id) };
        await world.writeMany(4);
      }
    },
  };
  before(async () => {
    world.dir = await mkdtemp(join(tmpdir(), 'ungcuu-audit-'));
  });
  after(() => rm(world.dir, { recursive: true, force: true }));
  beforeEach(async () => {
    world.handle = await createTestDatabase();
  });
  afterEach(() => world.handle.close());
  return world;
}
