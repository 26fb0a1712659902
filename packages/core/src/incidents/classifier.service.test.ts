import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ClassifierModel } from '@ungcuu/domain/incidents/classifier-model.ts';
import { shippedModel } from '@ungcuu/domain/incidents/classifier-shipped.ts';
import { suggestWithModel } from '@ungcuu/domain/incidents/classifier-suggest.ts';
import { SUBTYPES } from '@ungcuu/domain/incidents/taxonomy.ts';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../db/engine.ts';
import { createTestDatabase, databaseUrlWithName } from '../testing/test-db.ts';
import {
  activateModel,
  CLASSIFIER_MODEL_ENTITY,
  suggestForText,
  suggestForTexts,
  watchClassifierModels,
} from './classifier.service.ts';

/**
 * The active model is cached per process (issue 13: intake must not read it per report); a model
 * activated by another process must still be used at once. On PostgreSQL the "other process" is a
 * second connection pool on the same database, told by the change notice; PGlite is one process
 * per database, so there the second handle is the same one.
 */
let first: DatabaseHandle;
let second: DatabaseHandle;
let unwatch: () => Promise<void>;

before(async () => {
  first = await createTestDatabase();
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = await sql<{ name: string }>`select current_database() as name`.execute(first.db);
    second = await openDatabase({ databaseUrl: databaseUrlWithName(url, name.rows[0]!.name), poolSize: 2 });
  } else second = first;
  unwatch = await watchClassifierModels(second);
});
after(async () => {
  await unwatch();
  if (second !== first) await second.close();
  await first.close();
});

const PROBE = 'Website phường hiện trang trắng, hosting báo khóa tài khoản';

/** The shipped model, leaning hard towards one subtype: an office model that is easy to recognise. */
function leaningTo(subtype: (typeof SUBTYPES)[number]): ClassifierModel {
  const model = shippedModel();
  const bias = Float32Array.from(model.bias);
  bias[SUBTYPES.indexOf(subtype)]! += 40;
  return { ...model, bias };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 3_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('suggestForTexts gives what suggestForText gives, per text, in order', async () => {
  const texts = [PROBE, 'Máy chủ bị DDoS, lưu lượng rác rất lớn', 'xin chào', ''];
  const many = await suggestForTexts(second.db, texts);
  assert.equal(many.length, texts.length);
  for (const [i, text] of texts.entries()) assert.deepEqual(many[i], await suggestForText(second.db, text));
  assert.equal(many[1]?.subtype, 'attack.dos');
  assert.equal(many[3], null);
});

test('activating a model in another instance changes the suggestion at once (the change notice, not a timer)', async () => {
  const shipped = await suggestForText(second.db, PROBE);
  assert.equal(shipped?.modelVersion, 'shipped');
  assert.notEqual(shipped?.subtype, 'operator.other');
  // The second instance now holds the shipped model. activateModel does not touch this process's
  // own generation counter (train() does): only the notice can tell the second instance.

  const office = leaningTo('operator.other');
  await first.db
    .transaction()
    .execute((trx) => activateModel(trx, office, { officeExamples: 3, trainMs: 1, now: new Date() }));
  // Without the notice the second instance would keep the shipped model for a minute (it listens).
  const after = await until(
    () => suggestForText(second.db, PROBE),
    (s) => s?.modelVersion !== 'shipped',
  );
  assert.equal(after?.modelVersion, 'office-1');
  assert.equal(after?.subtype, 'operator.other');
  assert.deepEqual(after, { ...suggestWithModel(PROBE, office), modelVersion: 'office-1' });
  const batch = await suggestForTexts(second.db, [PROBE]);
  assert.equal(batch[0]?.modelVersion, 'office-1');

  // And again: a newer model replaces the one just loaded.
  await first.db
    .transaction()
    .execute((trx) =>
      activateModel(trx, leaningTo('disaster.fire'), { officeExamples: 4, trainMs: 1, now: new Date() }),
    );
  const newer = await until(
    () => suggestForText(second.db, PROBE),
    (s) => s?.modelVersion !== 'office-1',
  );
  assert.equal(newer?.modelVersion, 'office-2');
  assert.equal(newer?.subtype, 'disaster.fire');
});

test('the notice names the classifier model', () => {
  assert.equal(CLASSIFIER_MODEL_ENTITY, 'classifier_model');
});
