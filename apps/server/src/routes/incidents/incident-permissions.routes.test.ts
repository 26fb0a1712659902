import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import {
  buildWorld,
  call,
  type IncidentView,
  ok,
  report,
  type Unit,
  type World,
} from '../incidents.testkit.ts';

// The permission matrix of incidents, tasks and evidence, through the HTTP API: who may do what on
// an incident reported by commune A. The table is written by hand; each cell is asserted on a
// fresh incident, so no cell depends on another. The incident of each cell has been assigned to a
// service provider (its responders work on it), escalated to the provincial police (an external
// body, read-only), given a task for commune A, and holds one piece of evidence.

let ctx: TestContext;
let w: World;
let otherExternal: Unit;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
  otherExternal = await ctx.unit({
    type: 'external',
    name: 'Trung tâm Giám sát an toàn không gian mạng quốc gia',
  });
});
after(() => ctx.close());

const WHO = [
  'admin',
  'coordinator',
  'leader',
  'officerA',
  'officerB',
  'responderP',
  'viewerA',
  'externalUser',
] as const;
const OPERATIONS = [
  'list contains it',
  'get',
  'patch',
  'classify',
  'transition',
  'create task',
  'respond to a task for commune A',
  'comment',
  'upload evidence',
  'download evidence',
  'escalate',
  'Mẫu 04',
] as const;
type Operation = (typeof OPERATIONS)[number];

// For "list contains it": 1 listed, 0 not listed. Otherwise the HTTP status.
// biome-ignore format: a table reads best as a table
const MATRIX: Record<Operation, readonly [number, number, number, number, number, number, number, number]> = {
  //                                   admin coord leader offA offB respP viewA extern
  'list contains it':                  [  1,    1,    1,    1,   0,    1,    1,    1],
  'get':                               [200,  200,  200,  200, 404,  200,  200,  200],
  'patch':                             [200,  200,  403,  200, 404,  200,  403,  403],
  'classify':                          [200,  200,  403,  403, 404,  403,  403,  403],
  'transition':                        [200,  200,  403,  403, 404,  403,  403,  403],
  'create task':                       [201,  201,  403,  403, 404,  403,  403,  403],
  'respond to a task for commune A':   [200,  200,  403,  200, 404,  403,  403,  403],
  'comment':                           [201,  201,  403,  201, 404,  201,  403,  403],
  'upload evidence':                   [201,  201,  403,  201, 404,  201,  403,  403],
  'download evidence':                 [200,  200,  200,  200, 404,  200,  403,  403],
  'escalate':                          [201,  201,  201,  403, 404,  403,  403,  403],
  'Mẫu 04':                            [200,  200,  200,  403, 404,  403,  403,  403],
};

interface Fixture {
  incident: IncidentView;
  token: string;
  taskId: string;
  evidenceId: string;
}

let fixtures = 0;

/** An incident reported by commune A, brought to the state described at the top of the file. */
async function fixture(): Promise<Fixture> {
  fixtures += 1;
  // A word of its own, so that a list search finds this incident and no other.
  const token = `matran${String(fixtures).padStart(3, '0')}`;
  const incident = await report(ctx, w.officerA, { title: `Máy kế toán bị mã hóa ${token}` });
  const base = `/api/incidents/${incident.id}`;
  await ok(ctx, w.coordinator, 'POST', `${base}/assign`, { respondingUnitIds: [w.provider.id] }, 200);
  await ok(ctx, w.coordinator, 'POST', `${base}/escalations`, {
    toUnitId: w.external.id,
    channel: 'email',
    summary: 'Đề nghị Công an tỉnh hỗ trợ',
  });
  const task = await ok(ctx, w.coordinator, 'POST', `${base}/tasks`, {
    title: 'Cách ly máy kế toán khỏi mạng',
    assigneeUnitId: w.communeA.id,
  });
  const evidence = await uploadEvidence(w.officerA, incident.id);
  assert.equal(evidence.statusCode, 201, evidence.body);
  return { incident, token, taskId: task.id, evidenceId: evidence.json().id };
}

function uploadEvidence(user: TestUser, incidentId: string): Promise<LightMyRequestResponse> {
  const boundary = 'ungcuu-matrix';
  return ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incidentId}/evidence`,
    headers: { ...user.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload:
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="nhat-ky.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\nKết nối lạ tới 203.0.113.7 lúc 02:14\r\n--${boundary}--\r\n`,
  });
}

/** Each operation as the HTTP call it is; the list operation answers with 200 or 404 (not listed). */
const DO: Record<Operation, (user: TestUser, f: Fixture) => Promise<LightMyRequestResponse>> = {
  'list contains it': (user, f) => call(ctx, user, 'GET', `/api/incidents?q=${f.token}`),
  get: (user, f) => call(ctx, user, 'GET', `/api/incidents/${f.incident.id}`),
  patch: (user, f) =>
    call(ctx, user, 'PATCH', `/api/incidents/${f.incident.id}`, {
      actionsTaken: 'Đã rút cáp mạng máy kế toán.',
    }),
  classify: (user, f) =>
    call(ctx, user, 'POST', `/api/incidents/${f.incident.id}/classify`, { subtype: 'attack.ransomware' }),
  transition: (user, f) =>
    call(ctx, user, 'POST', `/api/incidents/${f.incident.id}/transition`, {
      to: 'rejected',
      rejectionReason: 'Cảnh báo nhầm của phần mềm diệt virus',
    }),
  'create task': (user, f) =>
    call(ctx, user, 'POST', `/api/incidents/${f.incident.id}/tasks`, {
      title: 'Kiểm tra bản sao lưu',
      assigneeUnitId: w.communeA.id,
    }),
  'respond to a task for commune A': (user, f) =>
    call(ctx, user, 'POST', `/api/tasks/${f.taskId}/respond`, { action: 'accept' }),
  comment: (user, f) =>
    call(ctx, user, 'POST', `/api/incidents/${f.incident.id}/comments`, { body: 'Đã nắm thông tin.' }),
  'upload evidence': (user, f) => uploadEvidence(user, f.incident.id),
  'download evidence': (user, f) =>
    call(ctx, user, 'GET', `/api/incidents/${f.incident.id}/evidence/${f.evidenceId}`),
  escalate: (user, f) =>
    call(ctx, user, 'POST', `/api/incidents/${f.incident.id}/escalations`, {
      toUnitId: otherExternal.id,
      channel: 'portal',
      summary: 'Báo cáo sự cố lên cơ quan điều phối quốc gia',
    }),
  'Mẫu 04': (user, f) => call(ctx, user, 'GET', `/api/incidents/${f.incident.id}/documents/mau04.docx`),
};

for (const operation of OPERATIONS) {
  describe(`permission matrix: ${operation}`, () => {
    WHO.forEach((who, column) => {
      const expected = MATRIX[operation][column]!;
      const label =
        operation === 'list contains it' ? (expected ? 'listed' : 'not listed') : String(expected);
      test(`${who}: ${label}`, async () => {
        const f = await fixture();
        const res = await DO[operation](w[who], f);
        if (operation === 'list contains it') {
          assert.equal(res.statusCode, 200, res.body.slice(0, 300));
          const ids = res.json().items.map((i: { id: string }) => i.id);
          assert.deepEqual(ids, expected ? [f.incident.id] : []);
          return;
        }
        assert.equal(res.statusCode, expected, `${who} ${operation}: ${res.body.slice(0, 300)}`);
        if (expected === 403) assert.equal(res.json().error.code, 'forbidden');
        if (expected === 404) assert.equal(res.json().error.code, 'not_found');
      });
    });
  });
}

// The API returns the allowed actions with the incident so the UI never guesses: they must say
// what the table says.
const ACTION_OF: Partial<Record<Operation, string>> = {
  patch: 'incident.update',
  classify: 'incident.triage',
  transition: 'incident.transition',
  'create task': 'task.create',
  comment: 'comment.create',
  'upload evidence': 'evidence.upload',
  'download evidence': 'evidence.read',
  escalate: 'incident.escalate',
  'Mẫu 04': 'incident.report_docs',
};

describe('permission matrix: the allowed actions returned with the incident agree with the table', () => {
  WHO.forEach((who, column) => {
    if (MATRIX.get[column] !== 200) return;
    test(who, async () => {
      const f = await fixture();
      const view = await ok(ctx, w[who], 'GET', `/api/incidents/${f.incident.id}`);
      const expected = Object.entries(ACTION_OF)
        .filter(([op]) => MATRIX[op as Operation][column]! < 300)
        .map(([, action]) => action)
        .sort();
      const shown = (view.allowedActions as string[]).filter((a) => Object.values(ACTION_OF).includes(a));
      assert.deepEqual(shown.sort(), expected);
    });
  });
});
