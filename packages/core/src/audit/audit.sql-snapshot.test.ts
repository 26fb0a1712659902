import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as audit from './audit.repository.ts';

test('audit repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/audit.sql', import.meta.url), {
    audit: {
      exports: audit,
      cases: {
        // Every chain busy: the eight tries, then the wait on the first (the start is fixed here).
        lockChain: {
          run: async (trx) => {
            const random = Math.random;
            Math.random = () => 0;
            try {
              await audit.lockChain(trx);
            } finally {
              Math.random = random;
            }
          },
        },
        lastHash: { run: (trx) => audit.lastHash(trx, 3) },
        insertAudit: {
          run: (trx) =>
            audit.insertAudit(trx, {
              at: NOW,
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
            }),
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
