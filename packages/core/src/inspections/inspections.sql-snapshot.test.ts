import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, ID2, NOW, OWN_UNIT, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as inspection from './inspection.repository.ts';
import * as remediation from './remediation.repository.ts';

const TITLE = JSON.stringify({ vi: 'Cập nhật bản vá', en: 'Apply patches' });

test('inspections repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/inspections.sql', import.meta.url), {
    inspection: {
      exports: inspection,
      cases: {
        findTemplate: { run: (db) => inspection.findTemplate(db, ID) },
        latestTemplate: { run: (db) => inspection.latestTemplate(db, 'KT-2026') },
        listTemplates: { run: (db) => inspection.listTemplates(db) },
        insertTemplate: {
          run: (db) =>
            inspection.insertTemplate(db, { code: 'KT-2026', version: 2, title: TITLE, items: '[]' }),
        },
        findInspection: { run: (db) => inspection.findInspection(db, ID) },
        findInspectionOf: { run: (db) => inspection.findInspectionOf(db, UNIT, 2026) },
        listInspections: {
          run: async (db) => {
            await inspection.listInspections(db, { limit: 50, offset: 0 }, ALL);
            await inspection.listInspections(
              db,
              { limit: 50, offset: 50, year: 2026, unitId: UNIT, status: 'planned' },
              OWN_UNIT,
            );
          },
        },
        insertInspections: {
          run: (db) =>
            inspection.insertInspections(db, [
              { unit_id: UNIT, year: 2026, template_id: ID, planned_on: '2026-03-01', updated_at: NOW },
            ]),
        },
        updateInspection: {
          run: (db) => inspection.updateInspection(db, ID, { status: 'completed', updated_at: NOW }),
        },
        unitHasLevel3Plus: { run: (db) => inspection.unitHasLevel3Plus(db, UNIT) },
        answersOf: { run: (db) => inspection.answersOf(db, ID) },
        answersOfMany: { run: (db) => inspection.answersOfMany(db, [ID, ID2]) },
        upsertAnswers: {
          run: (db) =>
            inspection.upsertAnswers(db, [
              {
                inspection_id: ID,
                item_key: 'a1',
                answer: 'yes',
                note: null,
                answered_by: USER,
                answered_at: NOW,
              },
            ]),
        },
        evidenceOf: { run: (db) => inspection.evidenceOf(db, ID) },
        insertEvidence: {
          run: (db) =>
            inspection.insertEvidence(db, {
              inspection_id: ID,
              item_key: 'a1',
              filename: 'anh.png',
              content_type: 'image/png',
              size_bytes: 4,
              sha256: 'ab',
              content: new Uint8Array([1, 2, 3, 4]),
              uploaded_by: USER,
              uploaded_at: NOW,
            }),
        },
        evidenceContent: { run: (db) => inspection.evidenceContent(db, ID, ID2) },
      },
    },
    remediation: {
      exports: remediation,
      cases: {
        findTask: { run: (db) => remediation.findTask(db, ID) },
        tasksOfInspection: { run: (db) => remediation.tasksOfInspection(db, ID) },
        listTasks: {
          run: async (db) => {
            await remediation.listTasks(db, { limit: 50, offset: 0 }, ALL, '2026-12-05');
            await remediation.listTasks(
              db,
              { limit: 50, offset: 0, unitId: UNIT, inspectionId: ID, status: 'open', overdue: true },
              OWN_UNIT,
              '2026-12-05',
            );
          },
        },
        insertTasks: {
          run: (db) =>
            remediation.insertTasks(db, [
              {
                unit_id: UNIT,
                inspection_id: ID,
                item_key: 'a1',
                answer: 'no',
                title: TITLE,
                description: TITLE,
                priority: 'high',
                due_date: '2027-01-31',
                updated_at: NOW,
              },
            ]),
        },
        updateTask: {
          run: (db) => remediation.updateTask(db, ID, { status: 'done', done_note: 'Xong', updated_at: NOW }),
        },
      },
    },
  });
});
