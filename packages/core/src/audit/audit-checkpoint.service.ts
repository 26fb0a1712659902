import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { Job } from '../jobs/scheduler.ts';
import type { Clock, Executor, RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import * as repo from './audit.repository.ts';
import { GENESIS_HASH } from './audit-chain.ts';
import {
  CHECKPOINT_FORMAT,
  type CheckpointBody,
  checkpointText,
  parseCheckpoint,
  type SignedCheckpoint,
  signCheckpoint,
} from './audit-checkpoint.ts';
import { activeAuditKey } from './audit-key.ts';

/** Where checkpoints are kept besides the database (a folder outside it); none in tests. */
export interface CheckpointOptions {
  dir?: string | undefined;
}

async function currentBody(db: Executor, clock: Clock): Promise<CheckpointBody> {
  const key = activeAuditKey();
  const heads = new Map((await repo.chainHeads(db)).map((h) => [h.chain, h]));
  const chains = Array.from({ length: repo.AUDIT_CHAINS }, (_, chain) => {
    const head = heads.get(chain);
    return head
      ? { chain, count: head.count, lastId: head.lastId, head: head.hash, firstKeyedId: head.firstKeyedId }
      : { chain, count: 0, lastId: null, head: GENESIS_HASH, firstKeyedId: null };
  });
  return {
    format: CHECKPOINT_FORMAT,
    at: clock.now().toISOString(),
    keyId: key.id,
    publicKey: key.publicKeyBase64,
    total: chains.reduce((n, c) => n + c.count, 0),
    chains,
  };
}

function fileName(checkpoint: SignedCheckpoint): string {
  return `checkpoint-${checkpoint.body.at.replace(/[:.]/g, '-')}.json`;
}

/** Signs the trail's current heads and keeps the result in the table and, when set, in the folder. */
export async function takeCheckpoint(
  db: Executor,
  clock: Clock,
  options: CheckpointOptions,
): Promise<SignedCheckpoint> {
  const checkpoint = signCheckpoint(activeAuditKey(), await currentBody(db, clock));
  await repo.insertCheckpoint(db, {
    at: new Date(checkpoint.body.at),
    key_id: checkpoint.body.keyId,
    body: checkpoint.body,
    signature: checkpoint.signature,
  });
  if (options.dir) {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    await writeFile(join(options.dir, fileName(checkpoint)), `${JSON.stringify(checkpoint, null, 2)}\n`, {
      mode: 0o600,
    });
  }
  return checkpoint;
}

export async function latestStoredCheckpoint(db: Executor): Promise<SignedCheckpoint | null> {
  const row = await repo.latestCheckpointRow(db);
  return row ? { body: row.body as CheckpointBody, signature: row.signature } : null;
}

/** The newest checkpoint files of the folder (by name, which sorts by time), newest first. */
export async function checkpointFiles(dir: string, newest = 1): Promise<{ source: string; text: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const picked = names
    .filter((n) => /^checkpoint-.*\.json$/.test(n))
    .sort()
    .reverse()
    .slice(0, newest);
  return Promise.all(
    picked.map(async (n) => ({ source: join(dir, n), text: await readFile(join(dir, n), 'utf8') })),
  );
}

const unchanged = (a: CheckpointBody, b: CheckpointBody) =>
  a.keyId === b.keyId &&
  a.total === b.total &&
  a.chains.every((c, i) => c.lastId === b.chains[i]?.lastId && c.head === b.chains[i]?.head);

/** Hourly: a new checkpoint whenever the trail grew since the last one (seconds of work). */
export function auditCheckpointJob(options: CheckpointOptions, everyMs = 60 * 60_000): Job {
  return {
    name: 'audit-checkpoint',
    lockKey: 728_200_9,
    everyMs,
    async run(trx, { clock }) {
      const last = await latestStoredCheckpoint(trx);
      if (last && unchanged(last.body, await currentBody(trx, clock))) return 0;
      await takeCheckpoint(trx, clock, options);
      return 1;
    },
  };
}

/** The administrator's on-demand checkpoint and its download (JSON or printable text). */
export function createCheckpointService(deps: ServiceDeps, options: CheckpointOptions) {
  const admin = (actor: RequestActor) => {
    if (!actor.roles.includes('admin') || !can(actor, 'audit.read')) throw new DomainError('forbidden');
  };
  return {
    async create(actor: RequestActor): Promise<SignedCheckpoint> {
      admin(actor);
      return deps.db.transaction().execute((trx) => takeCheckpoint(trx, deps.clock, options));
    },
    async latest(actor: RequestActor, format: 'json' | 'text') {
      admin(actor);
      const checkpoint = await latestStoredCheckpoint(deps.db);
      if (!checkpoint) throw new DomainError('not_found');
      const stamp = checkpoint.body.at.replace(/[:.]/g, '-');
      return format === 'json'
        ? { fileName: `ungcuu-audit-${stamp}.json`, body: `${JSON.stringify(checkpoint, null, 2)}\n` }
        : { fileName: `ungcuu-audit-${stamp}.txt`, body: checkpointText(checkpoint) };
    },
  };
}

export { parseCheckpoint };
