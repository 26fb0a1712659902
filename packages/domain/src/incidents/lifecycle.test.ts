import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  availableTransitions,
  checkTransition,
  INCIDENT_STATES,
  type IncidentState,
  isTerminal,
  type LifecycleIncident,
  STATE_LABELS,
  TERMINAL_STATES,
  TRANSITIONS,
} from './lifecycle.ts';
import { ROLE_CODES, type RoleCode } from './roles.ts';

/** An incident with every requirement filled, so only the table decides. */
const complete = (state: IncidentState): LifecycleIncident => ({
  state,
  classificationConfirmed: true,
  causeSummary: 'Máy chủ chưa vá lỗ hổng',
  actionsTaken: ['Cô lập máy', 'Khôi phục từ bản sao lưu'],
  lessonsLearned: 'Sao lưu ngoại tuyến hằng tuần',
  duplicateOfId: 'inc-1',
  mergedIntoId: 'inc-2',
  rejectionReason: 'Lượt dò quét đã bị tường lửa chặn',
  reopenReason: 'Mã độc xuất hiện lại',
});

interface Row {
  from: IncidentState;
  allowed: [IncidentState, RoleCode][];
  disallowed: [IncidentState, RoleCode][];
}

const rows: Row[] = [
  {
    from: 'new',
    allowed: [
      ['triaged', 'coordinator'],
      ['rejected', 'coordinator'],
      ['duplicate', 'admin'],
      ['merged', 'coordinator'],
    ],
    disallowed: [
      ['triaged', 'unit_officer'],
      ['responding', 'coordinator'],
      ['closed', 'admin'],
    ],
  },
  {
    from: 'triaged',
    allowed: [
      ['responding', 'unit_officer'],
      ['responding', 'leader'],
      ['rejected', 'coordinator'],
      ['duplicate', 'coordinator'],
      ['merged', 'admin'],
    ],
    disallowed: [
      ['responding', 'viewer'],
      ['contained', 'coordinator'],
      ['new', 'admin'],
    ],
  },
  {
    from: 'responding',
    allowed: [
      ['contained', 'responder'],
      ['recovered', 'unit_officer'],
      ['merged', 'coordinator'],
    ],
    disallowed: [
      ['contained', 'leader'],
      ['closed', 'coordinator'],
      ['rejected', 'admin'],
    ],
  },
  {
    from: 'contained',
    allowed: [
      ['recovered', 'responder'],
      ['responding', 'unit_officer'],
      ['merged', 'coordinator'],
    ],
    disallowed: [
      ['closed', 'coordinator'],
      ['recovered', 'viewer'],
    ],
  },
  {
    from: 'recovered',
    allowed: [
      ['closed', 'leader'],
      ['closed', 'coordinator'],
      ['responding', 'responder'],
    ],
    disallowed: [
      ['closed', 'responder'],
      ['closed', 'unit_officer'],
      ['merged', 'coordinator'],
    ],
  },
  {
    from: 'closed',
    allowed: [
      ['responding', 'leader'],
      ['responding', 'coordinator'],
    ],
    disallowed: [
      ['responding', 'responder'],
      ['new', 'admin'],
      ['recovered', 'admin'],
    ],
  },
  { from: 'rejected', allowed: [], disallowed: [] },
  { from: 'duplicate', allowed: [], disallowed: [] },
  { from: 'merged', allowed: [], disallowed: [] },
];

test('lifecycle: the table covers every state', () => {
  assert.deepEqual(rows.map((r) => r.from).sort(), [...INCIDENT_STATES].sort());
  for (const state of INCIDENT_STATES) assert.ok(STATE_LABELS[state].vi && STATE_LABELS[state].en);
});

for (const row of rows) {
  test(`lifecycle: from ${row.from}`, () => {
    for (const [to, role] of row.allowed) {
      assert.equal(checkTransition(complete(row.from), to, role).ok, true, `${row.from} → ${to} as ${role}`);
    }
    for (const [to, role] of row.disallowed) {
      assert.deepEqual(
        checkTransition(complete(row.from), to, role),
        { ok: false, code: 'transition.not_allowed', missing: [] },
        `${row.from} → ${to} as ${role}`,
      );
    }
    if (isTerminal(row.from)) {
      for (const to of INCIDENT_STATES) {
        for (const role of ROLE_CODES) assert.equal(checkTransition(complete(row.from), to, role).ok, false);
      }
      assert.deepEqual(availableTransitions(complete(row.from), 'admin'), []);
    }
  });
}

test('lifecycle: a state never transitions to itself, and viewers can do nothing', () => {
  for (const state of INCIDENT_STATES) {
    for (const role of ROLE_CODES) assert.equal(checkTransition(complete(state), state, role).ok, false);
    for (const to of INCIDENT_STATES) assert.equal(checkTransition(complete(state), to, 'viewer').ok, false);
  }
});

test('lifecycle: admin may take every transition in the table', () => {
  for (const t of TRANSITIONS) {
    for (const from of t.from) {
      assert.deepEqual(checkTransition(complete(from), t.to, 'admin'), { ok: true, transition: t.code });
    }
  }
});

test('lifecycle: (from, to) pairs are unambiguous', () => {
  const pairs = TRANSITIONS.flatMap((t) => t.from.map((f) => `${f}→${t.to}`));
  assert.equal(new Set(pairs).size, pairs.length);
  for (const state of TERMINAL_STATES) assert.ok(!TRANSITIONS.some((t) => t.from.includes(state)));
});

test('lifecycle: triage requires a confirmed classification', () => {
  const result = checkTransition({ state: 'new', classificationConfirmed: false }, 'triaged', 'coordinator');
  assert.deepEqual(result, {
    ok: false,
    code: 'transition.missing_requirements',
    missing: ['classificationConfirmed'],
  });
});

test('lifecycle: closing requires cause, actions taken and lessons learned', () => {
  const result = checkTransition(
    { state: 'recovered', causeSummary: '  ', actionsTaken: [], lessonsLearned: null },
    'closed',
    'leader',
  );
  assert.deepEqual(result, {
    ok: false,
    code: 'transition.missing_requirements',
    missing: ['causeSummary', 'actionsTaken', 'lessonsLearned'],
  });
  const textActions = {
    state: 'recovered' as const,
    causeSummary: 'x',
    actionsTaken: 'Đã cài lại máy',
    lessonsLearned: 'y',
  };
  assert.equal(checkTransition(textActions, 'closed', 'leader').ok, true);
});

test('lifecycle: duplicate, merge, reject and reopen need their reference or reason', () => {
  const miss = (incident: LifecycleIncident, to: IncidentState) => {
    const r = checkTransition(incident, to, 'coordinator');
    return r.ok ? [] : r.missing;
  };
  assert.deepEqual(miss({ state: 'new' }, 'duplicate'), ['duplicateOfId']);
  assert.deepEqual(miss({ state: 'triaged' }, 'merged'), ['mergedIntoId']);
  assert.deepEqual(miss({ state: 'new' }, 'rejected'), ['rejectionReason']);
  assert.deepEqual(miss({ state: 'closed' }, 'responding'), ['reopenReason']);
  assert.deepEqual(miss({ state: 'responding' }, 'contained'), ['actionsTaken']);
});

test('lifecycle: available transitions list what the role may do and what is missing', () => {
  const list = availableTransitions({ state: 'recovered', causeSummary: 'x' }, 'leader');
  assert.deepEqual(
    list.map((t) => [t.code, t.to, t.missing]),
    [['close', 'closed', ['actionsTaken', 'lessonsLearned']]],
  );
  const officer = availableTransitions({ state: 'new' }, 'unit_officer');
  assert.deepEqual(officer, []);
});
