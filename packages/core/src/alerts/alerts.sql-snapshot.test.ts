import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, ID2, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as sources from './alert.repository.ts';
import * as batch from './alert-batch.repository.ts';
import * as filing from './alert-filing.repository.ts';
import * as partitions from './alert-partitions.repository.ts';
import * as rules from './alert-rules.repository.ts';

// The intake's repository is split by responsibility; its snapshot stays one module ("alert").
const alerts = { ...sources, ...batch, ...filing, ...partitions, ...rules };

const N0 = () => [{ n: 0 }];
const alertRow: batch.AlertInsert = {
  id: ID,
  occurred_at: NOW.toISOString(),
  external_id: 'x-1',
  fingerprint: 'fp',
  status: 'accepted',
  severity: 3,
  rule_id: '5712',
  rule_name: 'sshd brute force',
  category: 'authentication_failures',
  host: 'web-01',
  ip: '10.0.0.5',
  src_ip: '203.0.113.7',
  dest_ip: null,
  url: null,
  agent: 'web-01',
  message: null,
  resolved: false,
  host_key: 'web-01',
  system_id: ID2,
  unit_id: UNIT,
  group_id: ID,
  raw: { rule: { id: '5712' } },
};
const delta: batch.GroupDelta = {
  fingerprint: 'fp',
  status: 'open',
  severity: 3,
  rule_id: '5712',
  rule_name: 'sshd brute force',
  category: null,
  host_key: 'web-01',
  system_id: ID2,
  unit_id: UNIT,
  count: 2,
  suppressed_count: 0,
  first_seen: NOW.toISOString(),
  last_seen: NOW.toISOString(),
};

test('alert intake repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/alerts.sql', import.meta.url), {
    alert: {
      exports: alerts,
      pure: ['partitionDay'],
      cases: {
        lockPartitions: { run: (db) => alerts.lockPartitions(db) },
        createPartitions: { run: (db) => alerts.createPartitions(db, NOW, 1), rows: N0 },
        listPartitions: { run: (db) => alerts.listPartitions(db) },
        dropPartitionsBefore: {
          run: (db) => alerts.dropPartitionsBefore(db, NOW),
          rows: () => [{ name: 'alerts_p20260101' }],
        },
        deleteReceiptsBefore: { run: (db) => alerts.deleteReceiptsBefore(db, NOW) },
        listSources: { run: (db) => alerts.listSources(db) },
        findSource: { run: (db) => alerts.findSource(db, ID) },
        findSourceByToken: { run: (db) => alerts.findSourceByToken(db, ID, 'wazuh') },
        findSourceByName: { run: (db) => alerts.findSourceByName(db, 'syslog', '10.0.0.1') },
        insertSource: {
          run: (db) =>
            alerts.insertSource(db, {
              kind: 'wazuh',
              name: 'Wazuh',
              token_id: ID,
              unit_id: UNIT,
              fingerprint_fields: null,
            }),
        },
        updateSource: { run: (db) => alerts.updateSource(db, ID, { enabled: false }) },
        deleteSource: { run: (db) => alerts.deleteSource(db, ID) },
        sourceHasGroups: { run: (db) => alerts.sourceHasGroups(db, ID) },
        countSourceTraffic: {
          run: (db) => alerts.countSourceTraffic(db, ID, { received: 5, refused: 0 }, NOW),
        },
        systemAddresses: { run: (db) => alerts.systemAddresses(db) },
        hostAliases: { run: (db) => alerts.hostAliases(db) },
        activeSuppressions: { run: (db) => alerts.activeSuppressions(db, NOW) },
        currentMaintenance: { run: (db) => alerts.currentMaintenance(db, NOW) },
        insertReceipts: { run: (db) => alerts.insertReceipts(db, ID, ['a', 'b'], NOW) },
        closeStaleGroups: { run: (db) => alerts.closeStaleGroups(db, ID, ['fp'], NOW) },
        liveGroupIds: { run: (db) => alerts.liveGroupIds(db, ID, ['fp']) },
        startGroups: { run: (db) => alerts.startGroups(db, ID, [delta], NOW) },
        applyGroupDeltas: { run: (db) => alerts.applyGroupDeltas(db, [{ ...delta, id: ID2 }], NOW) },
        insertAlerts: { run: (db) => alerts.insertAlerts(db, ID, NOW, [alertRow]) },
        upsertUnmapped: {
          run: (db) =>
            alerts.upsertUnmapped(db, ID, [
              {
                value: 'web-01',
                kind: 'host',
                count: 1,
                first_seen: NOW.toISOString(),
                last_seen: NOW.toISOString(),
              },
            ]),
        },
        addSuppressionHits: { run: (db) => alerts.addSuppressionHits(db, [{ id: ID, n: 3 }]) },
        claimIncidentFiling: { run: (db) => alerts.claimIncidentFiling(db, [ID], NOW) },
        claimForManualFiling: { run: (db) => alerts.claimForManualFiling(db, ID, NOW, NOW) },
        closeGroup: { run: (db) => alerts.closeGroup(db, ID, NOW) },
        tokenOwner: { run: (db) => alerts.tokenOwner(db, ID) },
        reclaimStaleFilings: { run: (db) => alerts.reclaimStaleFilings(db, NOW, NOW) },
        setGroupIncident: { run: (db) => alerts.setGroupIncident(db, ID, ID2, NOW) },
        markTimelineWritten: { run: (db) => alerts.markTimelineWritten(db, [{ id: ID, count: 4 }], NOW) },
        listAlerts: {
          run: async (db) => {
            await alerts.listAlerts(db, { limit: 50, offset: 0 }, ALL);
            await alerts.listAlerts(
              db,
              {
                limit: 20,
                offset: 40,
                unitId: UNIT,
                systemId: ID2,
                sourceId: ID,
                groupId: ID,
                severity: 'high',
                status: 'accepted',
                unmapped: true,
                from: NOW.toISOString(),
                to: NOW.toISOString(),
                q: '50%_off',
              },
              OWN_UNIT,
            );
          },
          rows: N0,
        },
        findAlert: { run: (db) => alerts.findAlert(db, ID) },
        listGroups: {
          run: async (db) => {
            await alerts.listGroups(db, { limit: 50, offset: 0 }, ALL);
            await alerts.listGroups(
              db,
              {
                limit: 50,
                offset: 0,
                status: 'open',
                sourceId: ID,
                unitId: UNIT,
                systemId: ID2,
                severity: 'medium',
                hasIncident: false,
                q: 'ssh',
              },
              OWN_UNIT,
            );
          },
          rows: N0,
        },
        findGroup: { run: (db) => alerts.findGroup(db, ID) },
        findGroups: { run: (db) => alerts.findGroups(db, [ID, ID2]) },
        groupsOfIncident: { run: (db) => alerts.groupsOfIncident(db, ID) },
        alertsOfGroups: { run: (db) => alerts.alertsOfGroups(db, [ID], 50, 0), rows: N0 },
        listUnmapped: { run: (db) => alerts.listUnmapped(db, { limit: 50, offset: 0, q: 'web' }), rows: N0 },
        insertAlias: { run: (db) => alerts.insertAlias(db, 'web-01', ID, USER) },
        listAliases: { run: (db) => alerts.listAliases(db) },
        deleteUnmapped: { run: (db) => alerts.deleteUnmapped(db, 'web-01') },
        remapHost: { run: (db) => alerts.remapHost(db, 'web-01', { id: ID, unitId: UNIT }, NOW) },
        listSuppressions: { run: (db) => alerts.listSuppressions(db) },
        findSuppression: { run: (db) => alerts.findSuppression(db, ID) },
        insertSuppression: {
          run: (db) =>
            alerts.insertSuppression(db, {
              source_id: null,
              rule_id: '5712',
              host: null,
              fingerprint: null,
              reason: 'noise',
              expires_at: null,
              created_by: USER,
            }),
          rows: () => [{ id: ID }],
        },
        updateSuppression: { run: (db) => alerts.updateSuppression(db, ID, { reason: 'x' }) },
        deleteSuppression: { run: (db) => alerts.deleteSuppression(db, ID) },
        listMaintenance: {
          run: async (db) => {
            await alerts.listMaintenance(db, {}, ALL, NOW);
            await alerts.listMaintenance(db, { systemId: ID, past: true }, OWN_UNIT, NOW);
          },
        },
        findMaintenance: { run: (db) => alerts.findMaintenance(db, ID) },
        insertMaintenance: {
          run: (db) =>
            alerts.insertMaintenance(db, {
              system_id: ID,
              unit_id: UNIT,
              starts_at: NOW,
              ends_at: NOW,
              reason: 'upgrade',
              created_by: USER,
            }),
          rows: () => [{ id: ID }],
        },
        updateMaintenance: { run: (db) => alerts.updateMaintenance(db, ID, { reason: 'x' }) },
        deleteMaintenance: { run: (db) => alerts.deleteMaintenance(db, ID) },
        systemOwner: { run: (db) => alerts.systemOwner(db, ID) },
      },
    },
  });
});
