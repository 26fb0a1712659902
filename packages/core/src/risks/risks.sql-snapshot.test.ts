import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as risk from './risk.repository.ts';

test('risks repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/risks.sql', import.meta.url), {
    risk: {
      exports: risk,
      cases: {
        findRiskById: { run: (db) => risk.findRiskById(db, ID) },
        listRisks: {
          run: async (db) => {
            await risk.listRisks(db, { limit: 50, offset: 0 }, ALL);
            await risk.listRisks(
              db,
              {
                limit: 50,
                offset: 50,
                systemId: ID,
                unitId: UNIT,
                band: 'high',
                subtype: 'attack.malware',
                status: 'open',
                likelihood: 4,
                impact: 5,
              } as Parameters<typeof risk.listRisks>[1],
              OWN_UNIT,
            );
          },
        },
        insertRisk: {
          run: (db) =>
            risk.insertRisk(db, {
              system_id: ID,
              subtype: 'malware',
              likelihood: 4,
              impact: 5,
              score: 20,
              band: 'high',
              updated_at: NOW,
            }),
        },
        updateRisk: { run: (db) => risk.updateRisk(db, ID, { likelihood: 2, score: 10, band: 'medium' }) },
        deleteRisk: { run: (db) => risk.deleteRisk(db, ID) },
        insertScoreHistory: {
          run: (db) =>
            risk.insertScoreHistory(
              db,
              { id: ID, likelihood: 4, impact: 5, score: 20, band: 'high' },
              USER,
              NOW,
            ),
        },
        scoreHistory: { run: (db) => risk.scoreHistory(db, ID) },
        heatMapCounts: {
          run: async (db) => {
            await risk.heatMapCounts(db, null, false);
            await risk.heatMapCounts(db, UNIT, true);
          },
        },
        subtypesInRegister: { run: (db) => risk.subtypesInRegister(db, ID) },
        findAssessment: { run: (db) => risk.findAssessment(db, ID) },
        upsertAssessment: {
          run: (db) =>
            risk.upsertAssessment(db, {
              system_id: ID,
              answers: '{}',
              status: 'draft',
              assessed_by: USER,
              assessed_at: NOW,
              updated_at: NOW,
            }),
        },
      },
    },
  });
});
