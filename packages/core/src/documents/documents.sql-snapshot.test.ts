import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, NOW, USER } from '../testing/sql-snapshot-values.ts';
import * as activity from './activity.repository.ts';
import * as mau05 from './mau05.repository.ts';
import * as plan from './plan.repository.ts';
import * as facts from './plan-facts.repository.ts';
import * as profile from './unit-profile.repository.ts';

const FROM = new Date('2025-12-14T17:00:00Z');
const TO = new Date('2026-12-14T17:00:00Z');

test('documents repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/documents.sql', import.meta.url), {
    mau05: {
      exports: mau05,
      cases: {
        mau05Figures: { run: (db) => mau05.mau05Figures(db, FROM, TO) },
        mau05Helpers: { run: (db) => mau05.mau05Helpers(db, FROM, TO) },
        findPeriodicReport: { run: (db) => mau05.findPeriodicReport(db, 'annual', 2026) },
        insertPeriodicReport: {
          run: (db) =>
            mau05.insertPeriodicReport(db, {
              kind: 'annual',
              year: 2026,
              regime_id: 'vn-2026',
              report_code: 'annual_unit',
              period_start: '2025-12-15',
              period_end: '2026-12-14',
              updated_by: USER,
              updated_at: NOW,
            }),
        },
        updatePeriodicReport: {
          run: (db) => mau05.updatePeriodicReport(db, ID, { proposals: 'Đề xuất', updated_at: NOW }),
        },
      },
    },
    plan: {
      exports: plan,
      cases: {
        listPlans: { run: (db) => plan.listPlans(db) },
        findPlanByYear: { run: (db) => plan.findPlanByYear(db, 2027) },
        insertPlan: {
          run: (db) => plan.insertPlan(db, { year: 2027, place: 'Mỹ Hào', number: null, updated_at: NOW }),
        },
        updatePlan: { run: (db) => plan.updatePlan(db, ID, { number: '18', updated_at: NOW }) },
        currentPlanSections: { run: (db) => plan.currentPlanSections(db, ID) },
        planSectionVersions: { run: (db) => plan.planSectionVersions(db, ID, 'budget') },
        latestPlanSectionVersion: { run: (db) => plan.latestPlanSectionVersion(db, ID, 'budget') },
        insertPlanSections: {
          run: (db) =>
            plan.insertPlanSections(db, [
              {
                plan_id: ID,
                key: 'budget',
                version: 2,
                body: 'III. KINH PHÍ',
                source: 'edited',
                edited_by: USER,
              },
            ]),
        },
      },
    },
    planFacts: {
      exports: facts,
      cases: {
        planBodies: { run: (db) => facts.planBodies(db) },
        planUnits: { run: (db) => facts.planUnits(db) },
        planSystems: { run: (db) => facts.planSystems(db) },
        planTopRisks: { run: (db) => facts.planTopRisks(db, 10) },
        planRiskBands: { run: (db) => facts.planRiskBands(db) },
        planIncidentsByGroup: { run: (db) => facts.planIncidentsByGroup(db, FROM, TO) },
        planInspections: { run: (db) => facts.planInspections(db, 2027) },
        planExpiringLicences: { run: (db) => facts.planExpiringLicences(db, '2027-01-01', '2027-12-31') },
        planBudgetLines: { run: (db) => facts.planBudgetLines(db, 2027) },
        mainParentUnit: { run: (db) => facts.mainParentUnit(db) },
      },
    },
    unitProfile: {
      exports: profile,
      cases: {
        unitProfile: { run: (db) => profile.unitProfile(db, ID) },
        unitSystems: { run: (db) => profile.unitSystems(db, ID) },
        unitTeam: { run: (db) => profile.unitTeam(db, ID) },
      },
    },
    activity: {
      exports: activity,
      cases: {
        activityIncidents: { run: (db) => activity.activityIncidents(db, FROM, TO) },
        activityResponseTimes: { run: (db) => activity.activityResponseTimes(db, FROM, TO) },
        activityWarnings: { run: (db) => activity.activityWarnings(db, FROM, TO) },
        activityInspections: { run: (db) => activity.activityInspections(db, 2026) },
        activityBudget: { run: (db) => activity.activityBudget(db, 2026, '2026-01-01', '2026-12-31') },
      },
    },
  });
});
