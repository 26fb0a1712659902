import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as proposals from './proposal.repository.ts';

test('proposals repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/proposals.sql', import.meta.url), {
    proposals: {
      exports: proposals,
      cases: {
        findProposal: { run: (db) => proposals.findProposal(db, ID) },
        lockProposal: { run: (db) => proposals.lockProposal(db, ID) },
        listProposals: {
          run: (db) =>
            proposals.listProposals(db, { status: 'open', unitId: UNIT, limit: 20, offset: 0 }, OWN_UNIT),
        },
        countOpenProposals: {
          run: async (db) => {
            await proposals.countOpenProposals(db, ALL);
            await proposals.countOpenProposals(db, OWN_UNIT);
          },
        },
        insertProposal: {
          run: (db) =>
            proposals.insertProposal(db, {
              title: 'Đề nghị bổ sung kinh phí',
              content: 'Nội dung',
              raised_by_user_id: USER,
              unit_id: UNIT,
              updated_at: NOW,
            }),
        },
        updateProposal: {
          run: (db) =>
            proposals.updateProposal(db, ID, {
              status: 'accepted',
              answered_by: USER,
              answered_at: NOW,
              updated_at: NOW,
            }),
        },
      },
    },
  });
});
