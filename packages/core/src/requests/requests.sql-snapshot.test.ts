import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as requests from './requests.repository.ts';

test('requests repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/requests.sql', import.meta.url), {
    requests: {
      exports: requests,
      cases: {
        insertRequest: {
          run: (db) =>
            requests.insertRequest(db, {
              title: 'Rà quét mã độc',
              instructions: 'Quét toàn bộ máy tính',
              template: 'scan_campaign',
              fields: [{ key: 'scanned', label: 'Số máy đã quét', type: 'number', required: true, min: 0 }],
              targeting: { mode: 'all' },
              deadline: '2026-06-30',
              created_by: USER,
              sent_at: NOW,
            }),
          rows: () => [{ id: ID }],
        },
        unitsToTarget: {
          run: async (db) => {
            await requests.unitsToTarget(db, { types: ['commune', 'agency'] });
            await requests.unitsToTarget(db, { unitIds: [UNIT, ID2] });
          },
        },
        insertAnswerRows: { run: (db) => requests.insertAnswerRows(db, ID, [UNIT, ID2], NOW) },
        listRequests: {
          run: async (db) => {
            await requests.listRequests(db, { unitId: null, limit: 50, offset: 0 });
            await requests.listRequests(db, {
              unitId: UNIT,
              state: 'open',
              limit: 50,
              offset: 0,
            });
          },
          rows: () => [{ n: '0' }],
        },
        findRequest: { run: (db) => requests.findRequest(db, ID) },
        lockRequest: { run: (db) => requests.lockRequest(db, ID) },
        listAnswers: {
          run: async (db) => {
            await requests.listAnswers(db, ID);
            await requests.listAnswers(db, ID, UNIT);
          },
        },
        lockAnswer: { run: (db) => requests.lockAnswer(db, ID, UNIT) },
        saveAnswer: {
          run: (db) =>
            requests.saveAnswer(db, ID, UNIT, {
              answers: { scanned: 12 },
              status: 'submitted',
              submittedAt: NOW,
              submittedBy: USER,
              at: NOW,
            }),
          rows: () => [{ request_id: ID }],
        },
        reopenAnswer: { run: (db) => requests.reopenAnswer(db, ID, UNIT, 'Thiếu số máy đã xử lý', NOW) },
        closeRequest: { run: (db) => requests.closeRequest(db, ID, NOW) },
        answersToChase: {
          run: async (db) => {
            await requests.answersToChase(db, 'remind', '2026-06-30');
            await requests.answersToChase(db, 'escalate', '2026-07-01');
          },
        },
        markChased: {
          run: (db) => requests.markChased(db, 'remind', [{ request_id: ID, unit_id: UNIT }], NOW),
        },
      },
    },
  });
});
