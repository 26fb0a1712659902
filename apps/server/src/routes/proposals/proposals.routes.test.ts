import assert from 'node:assert/strict';
import { incidentTestWorld, UNKNOWN_ID } from '../incidents.testkit.ts';

// Proposals (kiến nghị, đề xuất): raised by the focal office or a unit, answered by a leader.
const w = incidentTestWorld();
let ownA: { id: string };
let sharedByFocal: { id: string };
let incident: { id: string; code: string };

const proposal = (extra: Record<string, unknown> = {}) => ({
  title: 'Đề nghị bổ sung kinh phí gia hạn tường lửa',
  content: 'Bản quyền tường lửa của phường hết hạn ngày 31/12; đề nghị bổ sung 36.000.000 đồng.',
  ...extra,
});

let arranged: Promise<void> | undefined;
/** The records every endpoint below reads, made once (after the world exists). */
const arrange = () => {
  arranged ??= (async () => {
    incident = await w.report(w.officerA);
    ownA = await w.ok(w.officerA, 'POST', '/api/proposals', proposal({ incidentId: incident.id }));
    sharedByFocal = await w.ok(
      w.coordinator,
      'POST',
      '/api/proposals',
      proposal({ title: 'Khó khăn về nhân lực ứng cứu sự cố', sharedWithAll: true }),
    );
  })();
  return arranged;
};

w.endpoint('POST /api/proposals', {
  setup: arrange,
  method: 'POST',
  url: () => '/api/proposals',
  as: () => w.officerA,
  payload: () => proposal(),
  bad: [
    { why: 'without a title', payload: () => ({ content: 'x' }) },
    { why: 'with an unknown field', payload: () => proposal({ amount: 1 }) },
  ],
  forbidden: [
    { why: 'a leader answers proposals, does not raise them', as: () => w.leader },
    { why: 'a viewer raises nothing', as: () => w.viewerA },
  ],
  notFound: [
    { why: 'naming an unknown incident', payload: () => proposal({ incidentId: UNKNOWN_ID }) },
    {
      why: "naming another commune's incident",
      as: () => w.officerB,
      payload: () => proposal({ incidentId: incident.id }),
    },
  ],
  success: {
    status: 201,
    why: 'the unit raises a proposal; the leaders get a notice; the change is audited',
    check: async (res) => {
      const body = res.json();
      assert.equal(body.status, 'open');
      assert.equal(body.unitId, w.communeA.id);
      assert.deepEqual(body.allowedActions, []);
      assert.deepEqual(await w.auditActions(body.id), ['proposal.create']);
      const notices = await w.ctx.db
        .selectFrom('notifications')
        .select(['user_id', 'kind'])
        .where('kind', '=', 'proposal_raised')
        .where('user_id', '=', w.leader.id)
        .execute();
      assert.ok(notices.length >= 1, 'the leader hears of it');
    },
  },
});

w.endpoint('GET /api/proposals', {
  setup: arrange,
  method: 'GET',
  url: () => '/api/proposals?limit=50',
  as: () => w.officerB,
  bad: [{ why: 'with an unknown status', url: () => '/api/proposals?status=maybe' }],
  forbidden: {
    instead: 'everyone may list: the list is cut to what they may see',
    check: async () => {
      const page = await w.ok(w.viewerA, 'GET', '/api/proposals');
      assert.ok(page.items.some((p: { id: string }) => p.id === ownA.id));
    },
  },
  notFound: [{ why: 'filtering by an unknown unit', url: () => `/api/proposals?unitId=${UNKNOWN_ID}` }],
  success: {
    status: 200,
    why: "another commune sees the proposals shared with every unit, never commune A's own",
    check: (res) => {
      const ids = res.json().items.map((p: { id: string }) => p.id);
      assert.ok(ids.includes(sharedByFocal.id));
      assert.ok(!ids.includes(ownA.id));
    },
  },
});

w.endpoint('GET /api/proposals/:id', {
  setup: arrange,
  method: 'GET',
  url: () => `/api/proposals/${ownA.id}`,
  as: () => w.leader,
  bad: [{ why: 'with an id that is not a uuid', url: () => '/api/proposals/abc' }],
  forbidden: {
    instead: 'a proposal one may not read is not there (404), never 403',
    check: async () => {
      assert.equal((await w.call(w.officerB, 'GET', `/api/proposals/${ownA.id}`)).statusCode, 404);
    },
  },
  notFound: [
    { why: 'an unknown proposal', url: () => `/api/proposals/${UNKNOWN_ID}` },
    { why: "commune A's own proposal, read by commune B", as: () => w.officerB },
  ],
  success: {
    status: 200,
    why: 'the leader reads it with the answer action offered',
    check: (res) => {
      const body = res.json();
      assert.equal(body.incidentCode, incident.code);
      assert.deepEqual(body.allowedActions, ['proposal.answer']);
    },
  },
});

w.endpoint('POST /api/proposals/:id/answer', {
  setup: arrange,
  method: 'POST',
  url: () => `/api/proposals/${ownA.id}/answer`,
  as: () => w.leader,
  payload: () => ({
    decision: 'accepted',
    answer: 'Đồng ý; giao Phòng Tài chính – Kế hoạch bố trí kinh phí.',
  }),
  bad: [
    { why: 'with an unknown decision', payload: () => ({ decision: 'maybe' }) },
    {
      why: 'declining without an answer',
      payload: () => ({ decision: 'declined' }),
      code: 'proposal.answer_required',
    },
  ],
  forbidden: [
    { why: 'the focal office does not decide', as: () => w.coordinator },
    { why: 'nor the unit that raised it', as: () => w.officerA },
  ],
  notFound: [
    { why: 'an unknown proposal', url: () => `/api/proposals/${UNKNOWN_ID}/answer` },
    { why: "another commune's proposal", as: () => w.officerB },
  ],
  conflicts: [
    {
      why: 'a stale version',
      status: 409,
      code: 'conflict.stale',
      url: () => `/api/proposals/${ownA.id}/answer?version=99`,
    },
  ],
  success: {
    status: 200,
    why: 'the leader accepts; the raiser is told; audited; a second answer is refused',
    check: async (res) => {
      const body = res.json();
      assert.equal(body.status, 'accepted');
      assert.equal(body.answeredBy, w.leader.id);
      assert.deepEqual(await w.auditActions(ownA.id), ['proposal.create', 'proposal.answer']);
      const told = await w.ctx.db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', w.officerA.id)
        .where('kind', '=', 'proposal_answered')
        .execute();
      assert.equal(told.length, 1);
      const again = await w.call(w.leader, 'POST', `/api/proposals/${ownA.id}/answer`, {
        decision: 'noted',
        answer: 'x',
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'proposal.already_answered');
    },
  },
});
