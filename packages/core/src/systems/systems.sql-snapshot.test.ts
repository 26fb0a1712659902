import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ALL, ID, ID2, NOW, OWN_UNIT, UNIT } from '../testing/sql-snapshot-values.ts';
import * as system from './system.repository.ts';

const newSystem = {
  name: 'Cổng thông tin',
  kind: 'portal',
  owner_unit_id: UNIT,
  operating_unit_id: UNIT,
  updated_at: NOW,
} as Parameters<typeof system.insertSystem>[1];

test('systems repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/systems.sql', import.meta.url), {
    system: {
      exports: system,
      cases: {
        findSystemById: { run: (db) => system.findSystemById(db, ID) },
        findSystemsByIds: { run: (db) => system.findSystemsByIds(db, [ID, ID2]) },
        findSystemWithUnits: { run: (db) => system.findSystemWithUnits(db, ID) },
        listSystems: {
          run: async (db) => {
            await system.listSystems(db, { limit: 50, offset: 0 }, ALL);
            await system.listSystems(
              db,
              {
                limit: 50,
                offset: 50,
                q: 'cổng',
                unitId: UNIT,
                level: 3,
                kind: 'portal',
                critical: true,
                includeArchived: true,
              } as Parameters<typeof system.listSystems>[1],
              OWN_UNIT,
            );
          },
        },
        exportSystems: { run: (db) => system.exportSystems(db, { unitId: UNIT }, OWN_UNIT, 5000) },
        insertSystem: { run: (db) => system.insertSystem(db, newSystem) },
        insertSystems: {
          run: (db) => system.insertSystems(db, [newSystem, { ...newSystem, name: 'Thư điện tử' }]),
        },
        activeSystemNamesOfUnits: { run: (db) => system.activeSystemNamesOfUnits(db, [UNIT]) },
        updateSystem: { run: (db) => system.updateSystem(db, ID, { archived: true, updated_at: NOW }) },
        dependencyClosureEdges: { run: (db) => system.dependencyClosureEdges(db, ID) },
        dependantClosureEdges: { run: (db) => system.dependantClosureEdges(db, ID) },
        findDependency: { run: (db) => system.findDependency(db, ID, ID2) },
        insertDependency: { run: (db) => system.insertDependency(db, ID, ID2, 'Dùng chung CSDL') },
        deleteDependency: { run: (db) => system.deleteDependency(db, ID, ID2) },
        directNeighbours: { run: (db) => system.directNeighbours(db, ID) },
        lockDependencyGraph: { run: (db) => system.lockDependencyGraph(db) },
      },
    },
  });
});
