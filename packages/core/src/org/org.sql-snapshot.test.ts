import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW, UNIT } from '../testing/sql-snapshot-values.ts';
import * as team from './team.repository.ts';
import * as unit from './unit.repository.ts';
import * as user from './user.repository.ts';

test('org repositories SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/org.sql', import.meta.url), {
    team: {
      exports: team,
      cases: {
        findTeamMemberById: { run: (db) => team.findTeamMemberById(db, ID) },
        listActiveTeamMembers: {
          run: async (db) => {
            await team.listActiveTeamMembers(db, { limit: 50, offset: 0 });
            await team.listActiveTeamMembers(db, { onCall: true, q: 'mạng', limit: 50, offset: 50 });
          },
        },
        insertTeamMember: {
          run: (db) => team.insertTeamMember(db, { unit_id: UNIT, full_name: 'Trần An', updated_at: NOW }),
        },
        updateTeamMember: { run: (db) => team.updateTeamMember(db, ID, { on_call: true, updated_at: NOW }) },
      },
    },
    unit: {
      exports: unit,
      cases: {
        findUnitById: { run: (db) => unit.findUnitById(db, ID) },
        lockUnitById: { run: (db) => unit.lockUnitById(db, ID) },
        findUnitsByIds: { run: (db) => unit.findUnitsByIds(db, [ID, ID2]) },
        findUnitByCode: { run: (db) => unit.findUnitByCode(db, 'XA-01') },
        findUnitsByCodes: { run: (db) => unit.findUnitsByCodes(db, ['XA-01', 'Px-02']) },
        listUnits: {
          run: async (db) => {
            await unit.listUnits(db, { limit: 50, offset: 0 });
            await unit.listUnits(db, {
              q: 'phường',
              type: 'ward',
              parentId: ID,
              includeArchived: true,
              limit: 50,
              offset: 100,
            });
          },
        },
        insertUnit: {
          run: (db) =>
            unit.insertUnit(db, { code: 'XA-01', name: 'Xã Một', type: 'commune', updated_at: NOW }),
        },
        updateUnit: { run: (db) => unit.updateUnit(db, ID, { name: 'Xã Một Mới', updated_at: NOW }) },
        ancestorIds: { run: (db) => unit.ancestorIds(db, ID) },
        countUnitDependants: { run: (db) => unit.countUnitDependants(db, ID) },
      },
    },
    user: {
      exports: user,
      cases: {
        findUserById: { run: (db) => user.findUserById(db, ID) },
        findUserByUsername: { run: (db) => user.findUserByUsername(db, 'An.Tran') },
        findUsersByUsernames: { run: (db) => user.findUsersByUsernames(db, ['an.tran', 'binh']) },
        listUsers: {
          run: async (db) => {
            await user.listUsers(db, { limit: 50, offset: 0 });
            await user.listUsers(db, {
              q: 'an',
              unitId: UNIT,
              role: 'responder',
              active: true,
              scopeUnitId: UNIT,
              limit: 50,
              offset: 50,
            });
          },
        },
        insertUser: {
          run: (db) =>
            user.insertUser(db, {
              unit_id: UNIT,
              username: 'an.tran',
              full_name: 'Trần An',
              roles: ['responder'],
              password_hash: null,
              updated_at: NOW,
            }),
        },
        updateUser: { run: (db) => user.updateUser(db, ID, { disabled: true, updated_at: NOW }) },
        countUsers: { run: (db) => user.countUsers(db) },
      },
    },
  });
});
