import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';
import { createSystem, endpoint, expectError, get, post } from '../systems.testkit.ts';

// The lessons library (seed I.2, docs/decisions/0026): every unit reads every lesson; a lesson of
// an incident the reader may not see comes without code, title, unit, names or indicators.

const w = incidentTestWorld();
const c = () => w.ctx;
let lessonA: { id: string; code: string };
let lessonB: { id: string };
let openIncident: { id: string };
let riskA: { id: string };
let riskB: { id: string };
let followupId: string;

const LESSON_A =
  'UBND phường Minh Đức chặn địa chỉ 203.0.113.45 quá muộn; cần tiêu chuẩn sao lưu ngoại tuyến hằng tuần và tập huấn nhận diện thư giả mạo.';

async function close(id: string, fields: Record<string, unknown>) {
  // The closure (Mẫu 04) has its own tests: here the incident is closed directly.
  await w.ctx.db
    .updateTable('incidents')
    .set({ state: 'closed', closed_at: new Date(), ...fields })
    .where('id', '=', id)
    .execute();
}

// Inside one suite, so that the world's own set-up (a root hook) has run first.
describe('lessons library', () => {
  before(async () => {
    const a = await w.report(w.officerA);
    await close(a.id, {
      lessons_learned: LESSON_A,
      cause_summary: 'Mã độc mã hóa lây qua thư từ ketoan-minhduc@mail.example.com.',
      actions_taken: 'Cô lập máy, khôi phục từ bản sao lưu, chặn myhao-phishing.example.net.',
      cause_group: 'attack',
      subtype: 'attack.ransomware',
    });
    lessonA = a;
    const b = await w.report(w.officerB, {
      title: 'Mất điện phòng máy chủ',
      description: 'Mất điện kéo dài 4 giờ.',
    });
    await close(b.id, {
      lessons_learned: 'Mất điện kéo dài làm dừng cổng thông tin: cần bộ lưu điện đủ 2 giờ và máy phát.',
      cause_group: 'failure',
      subtype: 'failure.power',
    });
    lessonB = b;
    openIncident = await w.report(w.officerA, { title: 'Sự cố đang xử lý' });
    const systemA = await createSystem(w.ctx, w.coordinator, w.communeA.id);
    riskA = await post(w.ctx, w.coordinator, '/api/risks', {
      systemId: systemA.id,
      subtype: 'attack.ransomware',
      likelihood: 4,
      impact: 4,
    });
    const systemB = await createSystem(w.ctx, w.coordinator, w.communeB.id);
    riskB = await post(w.ctx, w.coordinator, '/api/risks', {
      systemId: systemB.id,
      subtype: 'failure.power',
      likelihood: 2,
      impact: 3,
    });
  });

  endpoint(c, 'GET /api/lessons', {
    method: 'GET',
    url: () => '/api/lessons?limit=20&offset=0',
    as: () => w.coordinator,
    bad: { url: () => '/api/lessons?causeGroup=aliens' },
    forbidden: {
      scoped: 'every unit reads every lesson; another unit’s comes redacted',
      check: async () => {
        const page = await get(w.ctx, w.officerB, '/api/lessons?limit=20&offset=0');
        assert.equal(page.total, 2);
        const a = page.items.find((l: { id: string }) => l.id === lessonA.id);
        assert.equal(a.full, false);
        assert.equal(a.incidentCode, null);
        assert.equal(a.title, null);
        assert.equal(a.unitName, null);
        const text = JSON.stringify(a);
        for (const leak of ['203.0.113.45', 'Minh Đức', 'minhduc', 'myhao-phishing', lessonA.code])
          assert.ok(!text.includes(leak), `redacted: ${leak}`);
        assert.match(a.lessons, /sao lưu ngoại tuyến/, 'the lesson itself is shared');
        const own = page.items.find((l: { id: string }) => l.id === lessonB.id);
        assert.equal(own.full, true, 'their own lesson is whole');
      },
    },
    notFound: { na: 'a list' },
    success: {
      status: 200,
      check: (res) => {
        assert.equal(res.json().total, 2, 'open incidents are not lessons');
        assert.ok(res.json().items.every((l: { full: boolean }) => l.full));
      },
    },
  });

  describe('lessons: redaction per role', () => {
    const cases: [string, () => { headers: Record<string, string> }, boolean][] = [
      ['coordinator', () => w.coordinator, true],
      ['leader', () => w.leader, true],
      ['officer of the unit', () => w.officerA, true],
      ['viewer of the unit', () => w.viewerA, true],
      ['officer of another unit', () => w.officerB, false],
      ['provider responder', () => w.responderP, false],
      ['external body', () => w.externalUser, false],
    ];
    for (const [who, user, full] of cases)
      test(`${who} ${full ? 'reads the whole lesson' : 'reads it redacted'}`, async () => {
        const res = await w.ctx.inject({
          method: 'GET',
          url: `/api/lessons/${lessonA.id}`,
          headers: user().headers,
        });
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        const l = res.json();
        assert.equal(l.full, full);
        assert.equal(l.incidentCode, full ? lessonA.code : null);
        assert.equal(l.lessons.includes('203.0.113.45'), full);
        assert.equal((l.causeSummary as string).includes('ketoan-minhduc@mail.example.com'), full);
      });

    test('search is accent-insensitive and filters by cause', async () => {
      const ids = async (q: string) =>
        (await get(w.ctx, w.officerA, `/api/lessons?${q}`)).items.map((l: { id: string }) => l.id);
      assert.deepEqual(await ids('q=tieu%20chuan%20sao%20luu'), [lessonA.id]);
      assert.deepEqual(await ids(`q=${encodeURIComponent('mất điện')}`), [lessonB.id]);
      assert.deepEqual(await ids('q=may%20phat'), [lessonB.id]);
      assert.deepEqual(await ids('causeGroup=failure'), [lessonB.id]);
      assert.deepEqual(await ids('subtype=attack.ransomware'), [lessonA.id]);
    });

    test("the incident's TLP decides what another unit reads: GREEN shows indicators, RED withholds the texts", async () => {
      const asOfficerB = async () => {
        const res = await w.ctx.inject({
          method: 'GET',
          url: `/api/lessons/${lessonA.id}`,
          headers: w.officerB.headers,
        });
        assert.equal(res.statusCode, 200);
        return res.json();
      };
      const setTlp = (tlp: string) =>
        w.ctx.db.updateTable('incidents').set({ tlp }).where('id', '=', lessonA.id).execute();
      try {
        await setTlp('green');
        const green = await asOfficerB();
        assert.equal(green.full, false);
        assert.ok(green.lessons.includes('203.0.113.45'), 'GREEN indicators travel in the community');
        assert.ok(!green.lessons.includes('Minh Đức'), 'names are still removed');
        assert.equal(green.incidentCode, null);
        await setTlp('red');
        const red = await asOfficerB();
        assert.match(red.lessons, /TLP:RED/);
        assert.ok(!red.lessons.includes('sao lưu'), 'no text of a RED lesson');
        assert.equal(red.causeSummary, null);
        assert.equal(red.actionsTaken, null);
        assert.deepEqual(red.followups, []);
        assert.equal(red.subtype, 'attack.ransomware', 'what kind of incident taught it stays');
        await setTlp('red');
        const own = await w.ctx.inject({
          method: 'GET',
          url: `/api/lessons/${lessonA.id}`,
          headers: w.officerA.headers,
        });
        assert.ok(own.json().lessons.includes('203.0.113.45'), 'the unit of the incident reads it whole');
      } finally {
        await setTlp('amber');
      }
    });
  });

  endpoint(c, 'GET /api/lessons/:id', {
    method: 'GET',
    url: () => `/api/lessons/${lessonA.id}`,
    as: () => w.officerA,
    bad: { url: () => '/api/lessons/x' },
    forbidden: {
      scoped: 'no one is refused a lesson: another unit reads it redacted (above)',
      check: async () => {
        // An open incident is not a lesson: to everyone, not there.
        await get(w.ctx, w.coordinator, `/api/lessons/${openIncident.id}`, 404);
      },
    },
    notFound: { url: () => `/api/lessons/${UNKNOWN_ID}` },
    success: { status: 200, check: (res) => assert.equal(res.json().subtype, 'attack.ransomware') },
  });

  endpoint(c, 'POST /api/lessons/:id/risks', {
    method: 'POST',
    url: () => `/api/lessons/${lessonA.id}/risks`,
    payload: () => ({ riskId: riskA.id }),
    as: () => w.officerA,
    bad: { payload: () => ({}) },
    // Reads the lesson, but may not change another unit's incident.
    forbidden: { user: () => w.officerB, payload: () => ({ riskId: riskB.id }) },
    notFound: { payload: () => ({ riskId: UNKNOWN_ID }) },
    success: {
      status: 200,
      check: async (res) => {
        assert.deepEqual(
          res.json().risks.map((r: { id: string }) => r.id),
          [riskA.id],
        );
        const again = await w.ctx.inject({
          method: 'POST',
          url: `/api/lessons/${lessonA.id}/risks`,
          headers: w.officerA.headers,
          payload: { riskId: riskA.id },
        });
        expectError(again, 409, 'lesson.link_exists');
        // Another unit reads the lesson but not the risk of a system it cannot see.
        assert.deepEqual((await get(w.ctx, w.officerB, `/api/lessons/${lessonA.id}`)).risks, []);
      },
    },
  });

  endpoint(c, 'GET /api/risks/:id/lessons', {
    method: 'GET',
    url: () => `/api/risks/${riskA.id}/lessons`,
    as: () => w.coordinator,
    bad: { url: () => '/api/risks/x/lessons' },
    forbidden: { hidden: () => w.officerB },
    notFound: { url: () => `/api/risks/${UNKNOWN_ID}/lessons` },
    success: {
      status: 200,
      check: (res) =>
        assert.deepEqual(
          res.json().items.map((l: { id: string }) => l.id),
          [lessonA.id],
        ),
    },
  });

  endpoint(c, 'POST /api/lessons/:id/followups', {
    method: 'POST',
    url: () => `/api/lessons/${lessonA.id}/followups`,
    payload: () => ({
      action: 'Sao lưu ngoại tuyến hằng tuần cho máy kế toán',
      doneBy: 'Nguyễn Văn Hùng, UBND phường Minh Đức',
      dueOn: '2026-12-31',
    }),
    as: () => w.officerA,
    bad: { payload: () => ({ action: '' }) },
    forbidden: { user: () => w.officerB },
    notFound: { url: () => `/api/lessons/${UNKNOWN_ID}/followups` },
    success: {
      status: 201,
      check: async (res) => {
        const f = res.json().followups[0];
        followupId = f.id;
        assert.equal(f.status, 'planned');
        assert.equal(f.doneBy, 'Nguyễn Văn Hùng, UBND phường Minh Đức');
        const seen = (await get(w.ctx, w.officerB, `/api/lessons/${lessonA.id}`)).followups[0];
        assert.equal(seen.doneBy, null, 'no names for another unit');
        assert.equal(seen.action, 'Sao lưu ngoại tuyến hằng tuần cho máy kế toán');
        assert.ok((await w.auditActions(followupId)).includes('lesson.followup.create'));
      },
    },
  });

  endpoint(c, 'PATCH /api/lesson-followups/:id', {
    method: 'PATCH',
    url: () => `/api/lesson-followups/${followupId}`,
    payload: () => ({ status: 'done', doneOn: '2026-11-30' }),
    as: () => w.coordinator,
    bad: { payload: () => ({ status: 'finished' }) },
    forbidden: { user: () => w.officerB },
    notFound: { url: () => `/api/lesson-followups/${UNKNOWN_ID}` },
    success: {
      status: 200,
      check: (res) => {
        const f = res.json().followups[0];
        assert.deepEqual([f.status, f.doneOn], ['done', '2026-11-30']);
      },
    },
  });

  endpoint(c, 'DELETE /api/lessons/:id/risks/:riskId', {
    method: 'DELETE',
    url: () => `/api/lessons/${lessonA.id}/risks/${riskA.id}`,
    as: () => w.officerA,
    bad: { url: () => `/api/lessons/${lessonA.id}/risks/x` },
    forbidden: { user: () => w.officerB, url: () => `/api/lessons/${lessonA.id}/risks/${riskB.id}` },
    notFound: { url: () => `/api/lessons/${lessonA.id}/risks/${UNKNOWN_ID}` },
    success: { status: 200, check: (res) => assert.deepEqual(res.json().risks, []) },
  });

  endpoint(c, 'DELETE /api/lesson-followups/:id', {
    method: 'DELETE',
    url: () => `/api/lesson-followups/${followupId}`,
    as: () => w.officerA,
    bad: { url: () => '/api/lesson-followups/x' },
    forbidden: { user: () => w.officerB },
    notFound: { url: () => `/api/lesson-followups/${UNKNOWN_ID}` },
    success: {
      status: 200,
      check: async () =>
        assert.deepEqual((await get(w.ctx, w.officerA, `/api/lessons/${lessonA.id}`)).followups, []),
    },
  });
});
