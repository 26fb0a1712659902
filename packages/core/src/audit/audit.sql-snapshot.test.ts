import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as audit from './audit.repository.ts';

test('audit repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/audit.sql', import.meta.url), {
    audit: {
      exports: audit,
      cases: {
        // The recording driver returns no rows: every chain busy, the wait on the preferred one.
        claimChain: { run: (trx) => audit.claimChain(trx, 3) },
        lastHash: { run: (trx) => audit.lastHash(trx, 3) },
        appendAudit: {
          run: (trx) =>
            audit.appendAudit(
              trx,
              3,
              [
                {
                  at: NOW.toISOString(),
                  actor_user_id: USER,
                  actor_label: 'An',
                  ip: null,
                  request_id: null,
                  action: 'unit.create',
                  entity_type: 'unit',
                  entity_id: UNIT,
                  unit_id: UNIT,
                  before: null,
                  after: { code: 'X1' },
                  chain: 3,
                  prev_hash: 'prev',
                  hash: 'hash',
                  alg: 2,
                  key_id: 'k1',
                },
              ],
              [{ channel: 'ungcuu_changes', payload: '{}' }],
            ),
        },
        chainPage: {
          run: async (db) => {
            await audit.chainPage(db, 3, null, 1000);
            await audit.chainPage(db, 3, '1234', 1000);
          },
        },
        listAudit: {
          run: (db) =>
            audit.listAudit(db, {
              entityType: 'unit',
              entityId: ID,
              actorUserId: USER,
              action: 'unit.create',
              from: '2026-01-01T00:00:00Z',
              to: '2027-01-01T00:00:00Z',
              limit: 50,
              offset: 0,
            }),
        },
        chainHeads: { run: (db) => audit.chainHeads(db) },
        insertCheckpoint: {
          run: (db) =>
            audit.insertCheckpoint(db, { at: NOW, key_id: 'k1', body: { heads: [] }, signature: 'sig' }),
        },
        latestCheckpointRow: { run: (db) => audit.latestCheckpointRow(db) },
        anyUser: { run: (db) => audit.anyUser(db) },
      },
    },
  });
});
