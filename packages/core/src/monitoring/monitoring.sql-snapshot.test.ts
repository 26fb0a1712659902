import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, ID2, NOW, OWN_UNIT, UNIT } from '../testing/sql-snapshot-values.ts';
import * as monitor from './monitor.repository.ts';
import * as results from './monitor-results.repository.ts';
import * as probe from './probe.repository.ts';

/** One server result (with a DNS snapshot) and one probe result of the same monitor. */
const serverResult: results.ResultRecord = {
  monitorId: ID,
  probeId: null,
  checkedAt: NOW,
  ok: true,
  responseMs: 120,
  message: 'HTTP 200',
  detail: { status: 200 },
  snapshot: { kind: 'dns', answers: ['203.0.113.7'] },
};
const probeResult: results.ResultRecord = {
  monitorId: ID,
  probeId: ID2,
  checkedAt: NOW,
  ok: false,
  responseMs: null,
  message: 'timeout',
};

test('monitoring repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/monitoring.sql', import.meta.url), {
    monitor: {
      exports: monitor,
      // Bucket boundaries: arithmetic on dates, no SQL.
      pure: ['hourStart', 'dayStart'],
      cases: {
        findMonitor: { run: (db) => monitor.findMonitor(db, ID) },
        listMonitors: {
          run: async (db) => {
            await monitor.listMonitors(db, { limit: 50, offset: 0 }, ALL);
            await monitor.listMonitors(
              db,
              {
                limit: 20,
                offset: 40,
                unitId: UNIT,
                systemId: ID2,
                status: 'down',
                kind: 'http',
                q: '50%_off',
              },
              OWN_UNIT,
            );
          },
          rows: () => [{ n: '0' }],
        },
        uptimeOf: { run: (db) => monitor.uptimeOf(db, [ID, ID2], NOW) },
        bucketsOf: {
          run: async (db) => {
            await monitor.bucketsOf(db, ID, 'hour', NOW);
            await monitor.bucketsOf(db, ID, 'day', NOW);
          },
        },
        recentResults: { run: (db) => monitor.recentResults(db, ID, 20) },
        insertMonitors: {
          run: (db) =>
            monitor.insertMonitors(db, [
              {
                unit_id: UNIT,
                system_id: ID2,
                name: 'Cổng thông tin – Trang web',
                kind: 'http',
                target: 'https://example.gov.vn/',
                config: JSON.stringify({}),
                interval_seconds: 60,
                timeout_ms: 10_000,
                next_run_at: NOW,
                updated_at: NOW,
              },
            ]),
        },
        targetTaken: {
          run: async (db) => {
            await monitor.targetTaken(db, UNIT, 'http', 'https://example.gov.vn/');
            await monitor.targetTaken(db, UNIT, 'http', 'https://example.gov.vn/', ID);
          },
        },
        updateMonitor: {
          run: (db) =>
            monitor.updateMonitor(db, ID, { name: 'Cổng thông tin', enabled: false, updated_at: NOW }),
        },
        deleteMonitor: { run: (db) => monitor.deleteMonitor(db, ID) },
        systemOwnerUnit: { run: (db) => monitor.systemOwnerUnit(db, ID2) },
        scheduleNow: { run: (db) => monitor.scheduleNow(db, ID, NOW) },
        systemsWithAddresses: {
          run: async (db) => {
            await monitor.systemsWithAddresses(db, ALL);
            await monitor.systemsWithAddresses(db, OWN_UNIT, [ID, ID2]);
          },
        },
        statusCounts: { run: (db) => monitor.statusCounts(db, UNIT) },
      },
    },
    results: {
      exports: results,
      cases: {
        claimDue: { run: (db) => results.claimDue(db, NOW, 25, 0.1) },
        insertResults: { run: (db) => results.insertResults(db, [serverResult, probeResult]) },
        addToBuckets: { run: (db) => results.addToBuckets(db, [serverResult, probeResult]) },
        applyServerResults: { run: (db) => results.applyServerResults(db, [serverResult]) },
        stateInputs: {
          run: async (db) => {
            await results.stateInputs(db, [ID, ID2], NOW);
            await results.stateInputs(db, [ID], NOW, true);
          },
        },
        setStatus: {
          run: (db) =>
            results.setStatus(db, ID, {
              status: 'down',
              down_since: NOW,
              incident_id: null,
              incident_filing_at: NOW,
            }),
        },
        upsertProbeStates: { run: (db) => results.upsertProbeStates(db, [probeResult]) },
        deleteExpired: { run: (db) => results.deleteExpired(db, NOW, 30) },
      },
    },
    probe: {
      exports: probe,
      cases: {
        listProbes: {
          run: async (db) => {
            await probe.listProbes(db, undefined);
            await probe.listProbes(db, UNIT);
          },
        },
        findProbe: { run: (db) => probe.findProbe(db, ID) },
        findLiveProbeByHash: { run: (db) => probe.findLiveProbeByHash(db, 'ab'.repeat(32)) },
        insertProbe: {
          run: (db) =>
            probe.insertProbe(db, {
              unit_id: UNIT,
              name: 'Đầu dò VNPT',
              token_hash: 'ab'.repeat(32),
              prefix: 'ucp_abcdef',
            }),
        },
        revokeProbe: { run: (db) => probe.revokeProbe(db, ID, NOW) },
        markProbeSeen: { run: (db) => probe.markProbeSeen(db, ID, NOW) },
        probeChecks: {
          run: async (db) => {
            await probe.probeChecks(db, undefined);
            await probe.probeChecks(db, UNIT, [ID, ID2]);
          },
        },
      },
    },
  });
});
