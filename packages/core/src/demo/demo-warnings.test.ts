import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DatabaseHandle } from '../db/engine.ts';
import { SYSTEM_ACTOR, systemClock } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { loadDemoWarnings } from './demo-warnings.ts';
import { loadDemoOrganisation } from './load-demo.ts';

let handle: DatabaseHandle;
let deps: ServiceDeps;
before(async () => {
  handle = await createTestDatabase();
  deps = { db: handle.db, clock: systemClock };
  await loadDemoOrganisation(deps, SYSTEM_ACTOR);
});
after(() => handle.close());

test('the demo town gets two published warnings with answers and a draft, once, without bell notices', async () => {
  assert.equal(await loadDemoWarnings(deps, SYSTEM_ACTOR), 3);
  assert.equal(await loadDemoWarnings(deps, SYSTEM_ACTOR), 0, 'a second load adds nothing');
  const rows = await handle.db
    .selectFrom('warnings')
    .select(['status', 'source_ref'])
    .orderBy('code')
    .execute();
  assert.deepEqual(
    rows.map((r) => r.status),
    ['published', 'published', 'draft'],
  );
  const targets = await handle.db.selectFrom('warning_targets').select(['status']).execute();
  assert.ok(targets.length > 10);
  assert.ok(targets.some((t) => t.status === 'done') && targets.some((t) => t.status === 'sent'));
  const notices = await handle.db
    .selectFrom('notifications')
    .select('id')
    .where('kind', 'like', 'warning%')
    .execute();
  assert.equal(notices.length, 0);
});
