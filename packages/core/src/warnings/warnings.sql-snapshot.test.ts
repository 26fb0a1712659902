import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as products from './system-product.repository.ts';
import * as warnings from './warning.repository.ts';
import * as targets from './warning-target.repository.ts';

const DAY = '2026-12-05';

test('warnings repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/warnings.sql', import.meta.url), {
    systemProducts: {
      exports: products,
      cases: {
        productsOfSystem: { run: (db) => products.productsOfSystem(db, ID) },
        productsOfSystems: { run: (db) => products.productsOfSystems(db, [ID, ID2]) },
        findSystemProduct: { run: (db) => products.findSystemProduct(db, ID) },
        insertSystemProducts: {
          run: (db) =>
            products.insertSystemProducts(db, [
              {
                system_id: ID,
                vendor: 'Apache',
                product: 'HTTP Server',
                version: '2.4.57',
                cpe: null,
                product_key: 'http_server',
                updated_at: NOW,
              },
            ]),
        },
        updateSystemProduct: {
          run: (db) => products.updateSystemProduct(db, ID, { version: '2.4.62', updated_at: NOW }),
        },
        deleteSystemProduct: { run: (db) => products.deleteSystemProduct(db, ID) },
        inventoryCandidates: { run: (db) => products.inventoryCandidates(db, ['http_server', 'httpd']) },
      },
    },
    warnings: {
      exports: warnings,
      cases: {
        nextWarningNumber: { run: (db) => warnings.nextWarningNumber(db), rows: () => [{ n: '1' }] },
        insertWarning: {
          run: (db) =>
            warnings.insertWarning(db, {
              code: 'CB-2026-0001',
              title: 'Apache',
              severity: 'high',
              tlp: 'GREEN',
              targeting: JSON.stringify({ mode: 'products' }),
              source_ref: null,
              created_by: USER,
              updated_at: NOW,
            }),
        },
        updateWarning: {
          run: (db) => warnings.updateWarning(db, ID, { status: 'published', updated_at: NOW }),
        },
        deleteWarning: { run: (db) => warnings.deleteWarning(db, ID) },
        findWarning: { run: (db) => warnings.findWarning(db, ID) },
        findWarningBySourceRef: { run: (db) => warnings.findWarningBySourceRef(db, 'demo:1') },
        lockWarning: { run: (db) => warnings.lockWarning(db, ID) },
        replaceWarningProducts: {
          run: (db) =>
            warnings.replaceWarningProducts(db, ID, [
              {
                warning_id: ID,
                position: 0,
                vendor: 'Apache',
                product: 'HTTP Server',
                version_range: '< 2.4.58',
                cpe: null,
              },
            ]),
        },
        replaceWarningIndicators: {
          run: (db) =>
            warnings.replaceWarningIndicators(db, ID, [
              { warning_id: ID, kind: 'domain', value: 'x[.]com', normalized: 'x.com' },
            ]),
        },
        productsOfWarning: { run: (db) => warnings.productsOfWarning(db, ID) },
        indicatorsOfWarning: { run: (db) => warnings.indicatorsOfWarning(db, ID) },
        listWarnings: {
          run: async (db) => {
            await warnings.listWarnings(
              db,
              { status: 'published', q: 'apache', limit: 50, offset: 0 },
              OWN_UNIT,
            );
            await warnings.listWarnings(db, { limit: 50, offset: 0 }, { all: true });
          },
          rows: () => [{ n: '0' }],
        },
        addWarningTimeline: {
          run: (db) =>
            warnings.addWarningTimeline(db, {
              warningId: ID,
              at: NOW,
              step: 'published',
              actorUserId: USER,
              actorLabel: 'u',
              data: { targets: 1 },
            }),
        },
        listWarningTimeline: { run: (db) => warnings.listWarningTimeline(db, ID, UNIT) },
        insertWarningFile: {
          run: (db) =>
            warnings.insertWarningFile(db, {
              warning_id: ID,
              unit_id: UNIT,
              filename: 'a.txt',
              content_type: 'text/plain',
              size: 1,
              sha256: 'ab',
              content: Buffer.from('a'),
              uploaded_by: USER,
              uploaded_at: NOW,
            }),
        },
        filesOfWarning: { run: (db) => warnings.filesOfWarning(db, ID, UNIT) },
        findWarningFile: { run: (db) => warnings.findWarningFile(db, ID, ID2) },
        publishedWarningsWithIndicators: {
          run: (db) =>
            warnings.publishedWarningsWithIndicators(db, [{ kind: 'domain', normalized: 'x.com' }]),
        },
        linkWarningIncident: {
          run: (db) =>
            warnings.linkWarningIncident(db, {
              warning_id: ID,
              incident_id: ID2,
              kind: 'domain',
              normalized: 'x.com',
              matched_at: NOW,
            }),
        },
        incidentsOfWarning: { run: (db) => warnings.incidentsOfWarning(db, ID) },
      },
    },
    warningTargets: {
      exports: targets,
      cases: {
        unitsForTargeting: { run: (db) => targets.unitsForTargeting(db, [UNIT]) },
        insertTargets: {
          run: (db) =>
            targets.insertTargets(db, [
              { warning_id: ID, unit_id: UNIT, reason: 'product', matched_systems: '[]', updated_at: NOW },
            ]),
        },
        findTarget: { run: (db) => targets.findTarget(db, ID, UNIT) },
        lockTarget: { run: (db) => targets.lockTarget(db, ID, UNIT) },
        updateTarget: { run: (db) => targets.updateTarget(db, ID, { status: 'done', updated_at: NOW }) },
        targetCounts: { run: (db) => targets.targetCounts(db, [ID], DAY) },
        complianceRows: {
          run: (db) => targets.complianceRows(db, ID, { status: 'overdue', limit: 100, offset: 0 }, DAY),
        },
        evidenceCounts: { run: (db) => targets.evidenceCounts(db, ID, [UNIT]) },
        warningsOfUnit: {
          run: (db) => targets.warningsOfUnit(db, UNIT, { limit: 50, offset: 0 }, DAY),
          rows: () => [{ n: '0' }],
        },
        targetsOfUnit: { run: (db) => targets.targetsOfUnit(db, [ID], UNIT) },
        targetsToRemindOrEscalate: { run: (db) => targets.targetsToRemindOrEscalate(db, DAY, '2026-12-07') },
        markTargets: { run: (db) => targets.markTargets(db, [ID], 'reminded_at', NOW) },
        leaderUsersOfUnits: { run: (db) => targets.leaderUsersOfUnits(db, [UNIT]) },
      },
    },
  });
});
