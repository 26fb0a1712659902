import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, NOW, UNIT, USER } from '../testing/sql-snapshot-values.ts';
import * as lessons from './lesson.repository.ts';

test('lessons repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/lessons.sql', import.meta.url), {
    lessons: {
      exports: lessons,
      cases: {
        listLessons: {
          run: (db) =>
            lessons.listLessons(db, {
              q: 'sao luu',
              causeGroup: 'attack',
              subtype: 'attack.ransomware',
              limit: 20,
              offset: 0,
            }),
        },
        findLesson: { run: (db) => lessons.findLesson(db, ID) },
        lessonsOfRisk: { run: (db) => lessons.lessonsOfRisk(db, ID) },
        unitNames: { run: (db) => lessons.unitNames(db, [UNIT]) },
        risksOfLessons: { run: (db) => lessons.risksOfLessons(db, [ID]) },
        followupsOf: { run: (db) => lessons.followupsOf(db, [ID]) },
        findFollowup: { run: (db) => lessons.findFollowup(db, ID) },
        insertFollowup: {
          run: (db) =>
            lessons.insertFollowup(db, {
              incident_id: ID,
              action: 'Lập lịch sao lưu',
              done_by: 'Phòng VHKHTT',
              due_on: '2026-12-31',
              created_by: USER,
              updated_at: NOW,
            }),
        },
        updateFollowup: { run: (db) => lessons.updateFollowup(db, ID, { status: 'done', updated_at: NOW }) },
        deleteFollowup: { run: (db) => lessons.deleteFollowup(db, ID) },
        insertRiskLink: {
          run: (db) => lessons.insertRiskLink(db, { incident_id: ID, risk_id: ID, linked_by: USER }),
        },
        deleteRiskLink: { run: (db) => lessons.deleteRiskLink(db, ID, ID) },
      },
    },
  });
});
