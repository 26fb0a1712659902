import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { NOW, UNIT } from '../testing/sql-snapshot-values.ts';
import * as demo from './demo.repository.ts';

test('demo repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/demo.sql', import.meta.url), {
    demo: {
      exports: demo,
      cases: {
        insertRows: {
          run: (db) =>
            demo.insertRows(db, 'readiness_equipment', [
              { unit_id: UNIT, name: 'Ổ cứng sao lưu', category: 'backup_media', updated_at: NOW },
              { unit_id: UNIT, name: 'Bộ lưu điện', category: 'ups', updated_at: NOW },
            ]),
        },
        demoTownLoaded: { run: (db) => demo.demoTownLoaded(db, 'Dữ liệu mẫu') },
        takeIncidentCodes: { run: (db) => demo.takeIncidentCodes(db, 2026, 3) },
        countRows: { run: (db) => demo.countRows(db, ['incidents', 'risks']) },
        demoPeople: { run: (db) => demo.demoPeople(db) },
      },
    },
  });
});
