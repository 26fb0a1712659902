import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AlertSourceRef } from '@ungcuu/domain/alerts/alert.ts';
import { parseAlertBody } from '@ungcuu/domain/alerts/alert-parsers.ts';
import type { KyselyPlugin } from 'kysely';
import type { DatabaseHandle } from '../db/engine.ts';
import { createServices, type Services } from '../services.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { ingestAlerts, syslogSource } from './alert-intake.ts';

// Issue 13: the statements of an intake batch are a fixed small number, not one (or more) per
// alert: every table is written once per batch. A Kysely plugin counts what reaches the database.

let handle: DatabaseHandle;
let services: Services;
let source: AlertSourceRef;
let statements = 0;
const counter: KyselyPlugin = {
  transformQuery: (args) => {
    statements++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};

const batch = (tag: string, size: number, hosts: number) => {
  const body = parseAlertBody('generic', {
    alerts: Array.from({ length: size }, (_, i) => ({
      externalId: `${tag}-${i}`,
      title: `Rule ${i % 7}: port scan`,
      ruleId: `R${i % 7}`,
      severity: 'low',
      host: `${tag}-host-${i % hosts}.example`,
      srcIp: `198.51.100.${i % 200}`,
    })),
  });
  assert.ok(body.ok);
  return body.items;
};

let warmups = 0;
/**
 * Statements of one batch, with the intake's caches (kept seconds) and today's partition warm: a
 * one-alert batch of a fixed fingerprint just before refreshes what expired.
 */
async function statementsOf(items: ReturnType<typeof batch>): Promise<number> {
  await ingestAlerts(services.deps, source, [retag(batch('warm', 1, 1)[0]!, `w${++warmups}`)]);
  statements = 0;
  const result = await ingestAlerts(services.deps, source, items);
  assert.equal(result.accepted, items.length);
  return statements;
}

before(async () => {
  handle = await createTestDatabase();
  services = createServices({ ...handle, db: handle.db.withPlugin(counter) });
  const unit = await handle.db
    .insertInto('units')
    .values({ code: `ST${Date.now()}`, name: 'Phòng VHKHTT', type: 'focal_office', updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  source = { ...(await syslogSource(services.deps, 'statements 10.0.0.9', unit.id)), ratePerMinute: 0 };
  await ingestAlerts(services.deps, source, batch('warm', 3, 3));
});
after(() => handle.close());

test('a batch of 1, 50 or 500 alerts costs the same statements (new groups, then live ones)', async (t) => {
  // New fingerprints: the groups are started in the batch.
  const fresh = [
    await statementsOf(batch('a', 1, 1)),
    await statementsOf(batch('b', 50, 50)),
    await statementsOf(batch('c', 500, 250)),
  ];
  // The same fingerprints again (new external ids): the groups are live, only counted.
  const live = [
    await statementsOf(batch('c', 1, 250).map((item) => retag(item, 'd'))),
    await statementsOf(batch('c', 50, 250).map((item) => retag(item, 'e'))),
    await statementsOf(batch('c', 500, 250).map((item) => retag(item, 'f'))),
  ];
  t.diagnostic(`statements per batch of 1/50/500 alerts: new groups ${fresh}, live groups ${live}`);
  assert.deepEqual(new Set(fresh).size, 1, `statements per batch with new groups: ${fresh}`);
  assert.deepEqual(new Set(live).size, 1, `statements per batch with live groups: ${live}`);
  assert.ok(fresh[0]! <= 12 && live[0]! <= 10, `fresh ${fresh[0]}, live ${live[0]}`);
  assert.ok(live[0]! < fresh[0]!, 'live groups need no start');
});

/** The same alert under another external id (a new alert of a known fingerprint). */
function retag(item: ReturnType<typeof batch>[number], tag: string) {
  assert.ok(item.ok);
  return { ...item, alert: { ...item.alert, externalId: `${tag}-${item.alert.externalId}` } };
}
