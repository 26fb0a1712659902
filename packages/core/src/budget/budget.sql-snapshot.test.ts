import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as budget from './budget.repository.ts';

test('budget repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/budget.sql', import.meta.url), {
    budget: {
      exports: budget,
      cases: {
        findLine: { run: (db) => budget.findLine(db, ID) },
        listLines: {
          run: (db) =>
            budget.listLines(
              db,
              { year: 2026, unitId: UNIT, status: 'draft', category: 'equipment', limit: 20, offset: 40 },
              OWN_UNIT,
            ),
        },
        linesOfYear: { run: (db) => budget.linesOfYear(db, 2026, ALL, UNIT) },
        sumsByCategoryAndStatus: { run: (db) => budget.sumsByCategoryAndStatus(db, 2026, OWN_UNIT) },
        insertLine: {
          run: (db) =>
            budget.insertLine(db, {
              fiscal_year: 2026,
              unit_id: UNIT,
              category: 'equipment',
              title: 'Tường lửa',
              amount: 120_000_000,
              updated_at: NOW,
            }),
        },
        updateLine: { run: (db) => budget.updateLine(db, ID, { status: 'submitted', updated_at: NOW }) },
        deleteLine: { run: (db) => budget.deleteLine(db, ID) },
        spendingOf: { run: (db) => budget.spendingOf(db, ID) },
        findSpending: { run: (db) => budget.findSpending(db, ID) },
        insertSpending: {
          run: (db) =>
            budget.insertSpending(db, {
              line_id: ID,
              amount: 5_000_000,
              spent_on: '2026-12-01',
              note: null,
              created_by: USER,
            }),
        },
        deleteSpending: { run: (db) => budget.deleteSpending(db, ID) },
        linkTargetExists: {
          run: async (db) => {
            await budget.linkTargetExists(db, 'readiness_item', ID);
            await budget.linkTargetExists(db, 'risk_treatment', ID);
          },
        },
        focalOfficeName: { run: (db) => budget.focalOfficeName(db) },
        lineHistory: { run: (db) => budget.lineHistory(db, ID) },
        teamForEstimate: { run: (db) => budget.teamForEstimate(db, UNIT) },
        equipmentForEstimate: { run: (db) => budget.equipmentForEstimate(db, OWN_UNIT, UNIT) },
        lastSubmitter: { run: (db) => budget.lastSubmitter(db, ID) },
      },
    },
  });
});
