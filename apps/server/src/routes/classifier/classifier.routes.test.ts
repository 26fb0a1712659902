import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CLASSIFIER_JOBS } from '@ungcuu/core/jobs/classifier-jobs.ts';
import { startScheduler } from '@ungcuu/core/jobs/scheduler.ts';
import { TestContext } from '../../testing/test-app.ts';
import { audits, buildWorld, call, hoursAgo, ok, report, type World } from '../incidents.testkit.ts';
import { expectError } from '../systems.testkit.ts';

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
});
after(() => ctx.close());

const incident = (title: string, description: string) => ({ title, description, detectedAt: hoursAgo(2) });

describe('classifier status, accuracy, retrain, rollback', () => {
  test('401 without a session', async () => {
    expectError(await call(ctx, null, 'GET', '/api/classifier/status'), 401, 'auth.required');
    expectError(await call(ctx, null, 'POST', '/api/classifier/rollback'), 401, 'auth.required');
  });
  test('400 for a period that ends before it starts', async () => {
    const url = `/api/classifier/accuracy?from=${hoursAgo(1)}&to=${hoursAgo(5)}`;
    expectError(await call(ctx, w.coordinator, 'GET', url), 400, 'classifier.bad_period');
    expectError(await call(ctx, w.coordinator, 'GET', '/api/classifier/accuracy?from=yesterday'), 400);
  });
  test('403 for a ward officer; 403 for a coordinator who tries to retrain or roll back', async () => {
    expectError(await call(ctx, w.officerA, 'GET', '/api/classifier/status'), 403, 'forbidden');
    expectError(await call(ctx, w.officerA, 'GET', '/api/classifier/accuracy'), 403, 'forbidden');
    expectError(await call(ctx, w.coordinator, 'POST', '/api/classifier/rollback'), 403, 'forbidden');
    expectError(await call(ctx, w.coordinator, 'POST', '/api/classifier/retrain'), 403, 'forbidden');
  });
  test('409 when rolling back while the shipped model is in use', async () => {
    expectError(
      await call(ctx, w.admin, 'POST', '/api/classifier/rollback'),
      409,
      'classifier.already_shipped',
    );
  });

  test("coordinators' corrections change later suggestions after the retrain job; rollback restores the shipped model", async () => {
    const probe = incident(
      'Website phường hiện trang trắng',
      'Bên hosting báo đã khóa tài khoản dịch vụ của phường',
    );
    const first = await report(ctx, w.officerA, probe);
    const shippedSuggestion = (first.suggestion as { subtype: string; modelVersion: string }) ?? null;
    assert.equal(shippedSuggestion?.modelVersion, 'shipped');
    assert.notEqual(shippedSuggestion?.subtype, 'operator.other');

    // The office knows better: the hosting contract was not renewed (operator.other).
    const reports = [
      incident('Website xã hiển thị trang trắng', 'Nhà cung cấp hosting báo tài khoản bị khóa'),
      incident('Cổng thông tin phường trắng trang', 'Bên hosting nói tài khoản đã bị khóa'),
      incident('Trang tin của thị trấn không hiện gì', 'Hosting thông báo khóa tài khoản dịch vụ'),
    ];
    for (const body of reports) {
      const row = await report(ctx, w.officerB, body);
      await ok(
        ctx,
        w.coordinator,
        'POST',
        `/api/incidents/${row.id}/classify`,
        { subtype: 'operator.other' },
        200,
      );
    }
    const pending = await ok(ctx, w.coordinator, 'GET', '/api/classifier/status');
    assert.equal(pending.activeVersion, 'shipped');
    assert.equal(pending.pendingExamples, 3);

    const scheduler = startScheduler(ctx.services.deps, CLASSIFIER_JOBS, () => {});
    try {
      assert.equal((await scheduler.runOnce())['classifier-retrain'], 1);
      // Nothing new decided since: the next run does not retrain.
      assert.equal((await scheduler.runOnce())['classifier-retrain'], 0);
    } finally {
      await scheduler.stop();
    }
    const trained = await ok(ctx, w.coordinator, 'GET', '/api/classifier/status');
    assert.equal(trained.activeVersion, 'office-1');
    assert.equal(trained.models[0].officeExamples, 3);
    assert.equal(trained.pendingExamples, 0);
    const retrainAudit = await audits(ctx, trained.models[0].id);
    assert.deepEqual(
      retrainAudit.map((a) => a.action),
      ['classifier.retrain'],
    );

    const later = await report(ctx, w.officerA, probe);
    const learned = later.suggestion as { subtype: string; modelVersion: string };
    assert.equal(learned.subtype, 'operator.other');
    assert.equal(learned.modelVersion, 'office-1');

    const rolledBack = await ok(ctx, w.admin, 'POST', '/api/classifier/rollback', undefined, 200);
    assert.equal(rolledBack.activeVersion, 'shipped');
    assert.ok(rolledBack.models[0].rolledBackAt);
    const afterRollback = await report(ctx, w.officerA, probe);
    assert.deepEqual(afterRollback.suggestion, first.suggestion);
    const rollbackAudit = await audits(ctx, trained.models[0].id);
    assert.deepEqual(
      rollbackAudit.map((a) => a.action),
      ['classifier.retrain', 'classifier.rollback'],
    );
    // A rollback sticks: the job learns again only from decisions made after it.
    const scheduler2 = startScheduler(ctx.services.deps, CLASSIFIER_JOBS, () => {});
    try {
      assert.equal((await scheduler2.runOnce())['classifier-retrain'], 0);
    } finally {
      await scheduler2.stop();
    }
  });

  test("accuracy on the office's confirmed incidents, per group, subtype and month, with the confusion table", async () => {
    const report1 = await ok(ctx, w.coordinator, 'GET', '/api/classifier/accuracy');
    assert.equal(report1.overall.n, 3);
    // The three reports were suggested as a failure and confirmed as an operator error.
    assert.equal(report1.overall.suggested, 3);
    assert.equal(report1.overall.subtypeRight, 0);
    const operator = report1.byGroup.find((g: { group: string }) => g.group === 'operator');
    assert.equal(operator.n, 3);
    assert.equal(report1.bySubtype[0].subtype, 'operator.other');
    assert.equal(report1.byMonth.length, 1);
    assert.equal(report1.confusion.length, 1);
    assert.equal(report1.confusion[0].confirmed, 'operator.other');
    assert.equal(report1.confusion[0].n, 3);
  });
});

describe('similar incidents', () => {
  let campaignA: { id: string };
  let unrelated: { id: string };

  before(async () => {
    campaignA = await report(
      ctx,
      w.officerA,
      incident(
        'Cổng thông tin phường bị chèn link cờ bạc',
        'Tìm trên Google thấy trang của phường hiện quảng cáo nhà cái, cá cược bóng đá',
      ),
    );
    unrelated = await report(
      ctx,
      w.officerA,
      incident('Mất điện phòng máy chủ', 'Điện lưới mất từ 9h, UPS hết pin, máy chủ tắt'),
    );
  });

  test('401, 400, 404 before success', async () => {
    expectError(await call(ctx, null, 'GET', `/api/incidents/${campaignA.id}/similar`), 401, 'auth.required');
    expectError(await call(ctx, w.coordinator, 'POST', '/api/incidents/similar', { description: 'x' }), 400);
    expectError(
      await call(ctx, w.coordinator, 'GET', '/api/incidents/00000000-0000-4000-8000-0000000000ff/similar'),
      404,
    );
    // Another ward's incident is as missing as an unknown one.
    expectError(await call(ctx, w.officerB, 'GET', `/api/incidents/${campaignA.id}/similar`), 404);
  });

  test('the focal office sees a reworded duplicate from another ward, not an unrelated incident', async () => {
    const wave = await report(
      ctx,
      w.officerB,
      incident(
        'website xa bi chen lien ket web co bac',
        'google hien quang cao nha cai, ca cuoc bong da tren trang cua xa',
      ),
    );
    const similar = await ok(ctx, w.coordinator, 'GET', `/api/incidents/${wave.id}/similar`);
    const ids = similar.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(campaignA.id), JSON.stringify(similar));
    assert.ok(!ids.includes(unrelated.id));
    const hit = similar.items.find((i: { id: string }) => i.id === campaignA.id);
    assert.equal(hit.sameUnit, false);
    assert.ok(hit.textSimilarity > 0.3);

    // On intake, before the report is filed: typed with Telex slips, sharing the gambling domain.
    const draft = await ok(
      ctx,
      w.coordinator,
      'POST',
      '/api/incidents/similar',
      {
        title: 'trang web phuwowngf bij cheen link cowf bacj',
        description: 'quangr caos nhaf caif, cas cuwowcj',
      },
      200,
    );
    assert.ok(draft.items.some((i: { id: string }) => i.id === campaignA.id));
    assert.ok(!draft.items.some((i: { id: string }) => i.id === unrelated.id));
  });

  test('incident search tolerates Telex slips: "cowf bacj" finds "cờ bạc"', async () => {
    const found = await ok(ctx, w.coordinator, 'GET', '/api/incidents?q=cowf%20bacj&limit=50');
    assert.ok(found.items.some((i: { id: string }) => i.id === campaignA.id));
    assert.ok(!found.items.some((i: { id: string }) => i.id === unrelated.id));
  });

  test("a ward officer's list holds only what the ward may see", async () => {
    const wardB = await ok(
      ctx,
      w.officerB,
      'POST',
      '/api/incidents/similar',
      {
        title: 'Cổng thông tin bị chèn link cờ bạc',
        description: 'Google hiện quảng cáo nhà cái, cá cược bóng đá',
      },
      200,
    );
    assert.ok(!wardB.items.some((i: { id: string }) => i.id === campaignA.id));
    const wardA = await ok(
      ctx,
      w.officerA,
      'POST',
      '/api/incidents/similar',
      {
        title: 'Cổng thông tin bị chèn link cờ bạc',
        description: 'Google hiện quảng cáo nhà cái, cá cược bóng đá',
      },
      200,
    );
    assert.ok(wardA.items.some((i: { id: string }) => i.id === campaignA.id));
  });
});
