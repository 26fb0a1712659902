import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, ID2, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as facts from './readiness-facts.repository.ts';
import * as items from './readiness-items.repository.ts';
import { DRILLS, EQUIPMENT, LICENCES, TRAININGS } from './readiness-kinds.ts';

const unit = {
  id: UNIT,
  code: 'XA-01',
  name: 'Xã Một',
  type: 'commune',
  has_focal_main: true,
  has_focal_backup: false,
};

test('readiness repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/readiness.sql', import.meta.url), {
    facts: {
      exports: facts,
      cases: {
        listReadinessUnits: {
          run: async (db) => {
            await facts.listReadinessUnits(db, { limit: 50, offset: 0 }, ALL);
            await facts.listReadinessUnits(db, { limit: 50, offset: 0, q: 'xã', type: 'commune' }, OWN_UNIT);
          },
        },
        allReadinessUnits: { run: (db) => facts.allReadinessUnits(db, OWN_UNIT) },
        findReadinessUnit: { run: (db) => facts.findReadinessUnit(db, UNIT) },
        gatherFacts: { run: (db) => facts.gatherFacts(db, [unit]) },
        licencesExpiringBetween: {
          run: async (db) => {
            await facts.licencesExpiringBetween(db, '2026-12-05', '2027-01-04');
            await facts.licencesExpiringBetween(db, '2026-12-05', '2027-01-04', UNIT);
          },
        },
        insertRemindersOnce: {
          run: (db) =>
            facts.insertRemindersOnce(db, [
              {
                user_id: null,
                unit_id: UNIT,
                kind: 'licence.expiring',
                title: JSON.stringify({ vi: 'Bản quyền sắp hết hạn', en: 'Licence expires soon' }),
                body: null,
                link: `/readiness/licences/${ID}`,
                dedupe_key: `licence.expiring:${ID}:2026-12-20`,
              },
            ]),
        },
      },
    },
    items: {
      exports: items,
      cases: {
        findItem: { run: (db) => items.findItem(db, LICENCES.spec, ID) },
        listItems: {
          run: async (db) => {
            await items.listItems(db, EQUIPMENT.spec, { limit: 50, offset: 0 }, ALL);
            await items.listItems(
              db,
              LICENCES.spec,
              { limit: 50, offset: 0, unitId: UNIT, kind: 'antivirus', from: '2026-01-01', to: '2026-12-31' },
              OWN_UNIT,
            );
            await items.listItems(db, TRAININGS.spec, { limit: 50, offset: 0 }, OWN_UNIT);
          },
        },
        insertItem: {
          run: (db) =>
            items.insertItem(db, 'readiness_licences', {
              unit_id: UNIT,
              kind: 'antivirus',
              product: 'Diệt virus',
              expires_on: '2027-01-01',
              updated_at: NOW,
            }),
        },
        updateItem: {
          run: (db) => items.updateItem(db, 'readiness_licences', ID, { seats: 20, updated_at: NOW }),
        },
        deleteItem: { run: (db) => items.deleteItem(db, 'readiness_drills', ID) },
        loadLinks: {
          run: async (db) => {
            await items.loadLinks(db, TRAININGS.link!, [ID, ID2]);
            await items.loadLinks(db, DRILLS.link!, [ID]);
          },
        },
        replaceLinks: { run: (db) => items.replaceLinks(db, TRAININGS.link!, ID, [USER]) },
      },
    },
  });
});
