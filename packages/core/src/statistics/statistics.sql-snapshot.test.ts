import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, NOW, OWN_UNIT, UNIT } from '../testing/sql-snapshot-values.ts';
import * as statistics from './statistics.repository.ts';

const FILTER = { from: '2026-01-01', to: '2026-06-30', unitId: [UNIT], causeGroup: 'attack' as const };

test('statistics repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/statistics.sql', import.meta.url), {
    statistics: {
      exports: statistics,
      cases: {
        incidentBreakdown: {
          run: async (db) => {
            for (const by of ['cause_group', 'subtype', 'tier', 'state', 'month', 'system'] as const)
              await statistics.incidentBreakdown(db, by, FILTER, ALL);
            await statistics.incidentBreakdown(db, 'unit', {}, OWN_UNIT);
          },
        },
        responseTimes: { run: (db) => statistics.responseTimes(db, FILTER, OWN_UNIT) },
        overdueTasksByUnit: { run: (db) => statistics.overdueTasksByUnit(db, FILTER, ALL, NOW) },
        openIncidentsPage: {
          run: (db) =>
            statistics.openIncidentsPage(db, {}, OWN_UNIT, {
              afterId: '00000000-0000-0000-0000-000000000000',
              limit: 500,
              minTier: 'T3',
            }),
        },
        uptimeByMonitor: { run: (db) => statistics.uptimeByMonitor(db, FILTER, OWN_UNIT) },
        inspectionResults: { run: (db) => statistics.inspectionResults(db, 2026, [UNIT], ALL, '2026-12-05') },
        decisionIncidents: { run: (db) => statistics.decisionIncidents(db, ALL, 50) },
        recentEscalations: { run: (db) => statistics.recentEscalations(db, OWN_UNIT, NOW, 20) },
        budgetAwaitingDecision: { run: (db) => statistics.budgetAwaitingDecision(db, ALL, 50) },
      },
    },
  });
});
