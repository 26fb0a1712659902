import { test } from 'node:test';
import { checkSqlSnapshot } from '../testing/sql-snapshot.ts';
import { ID, ID2, NOW } from '../testing/sql-snapshot-values.ts';
import * as sharing from './sharing.repository.ts';

test('sharing repository SQL matches its snapshot', async () => {
  await checkSqlSnapshot(new URL('./__snapshots__/sharing.sql', import.meta.url), {
    sharing: {
      exports: sharing,
      cases: {
        observablesForExport: { run: (db) => sharing.observablesForExport(db, ID) },
        insertImportedObservables: {
          run: (db) =>
            sharing.insertImportedObservables(db, ID, [
              { kind: 'ip', value: '203.0.113.9', normalized: '203.0.113.9' },
              { kind: 'domain', value: 'evil.example', normalized: 'evil.example' },
            ]),
        },
        setIncidentTlp: { run: (db) => sharing.setIncidentTlp(db, ID, 'red', NOW) },
        feedIncidentPage: {
          run: (db) => sharing.feedIncidentPage(db, ['clear', 'green'], { limit: 50, offset: 0 }),
          rows: () => [{ n: '0' }],
        },
        observablesOfIncidents: { run: (db) => sharing.observablesOfIncidents(db, [ID, ID2]) },
        feedWarningPage: {
          run: (db) => sharing.feedWarningPage(db, ['CLEAR', 'GREEN'], { limit: 50, offset: 0 }),
          rows: () => [{ n: '0' }],
        },
        indicatorsOfWarnings: { run: (db) => sharing.indicatorsOfWarnings(db, [ID, ID2]) },
      },
    },
  });
});
