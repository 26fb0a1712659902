import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLES, type Role } from '../org/roles.ts';
import {
  ACTIONS,
  type Action,
  type Actor,
  allowedActions,
  can,
  type PermissionTarget,
  widestScope,
} from './permissions.ts';

// The permission matrix, written down by hand. A change of grants in permissions.ts must be a
// conscious change of this table: the implementation is never used to compute the expectation.
//   ALL  any record;  OWN  records of the actor's own unit;  SELF  records about the actor;  ___  never.
const ALL = 'all';
const OWN = 'own';
const SELF = 'self';
const ___ = 'none';
type Cell = typeof ALL | typeof OWN | typeof SELF | typeof ___;

const COLUMNS = ['admin', 'coordinator', 'leader', 'finance', 'unit_officer', 'responder', 'viewer'] as const;

// biome-ignore format: a table reads best as a table
const MATRIX: Record<Action, readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell]> = {
  //                     admin coord leader finance officer responder viewer
  'unit.read':            [ALL, ALL, ALL, ALL, ALL, ALL, ALL],
  'unit.create':          [ALL, ___, ___, ___, ___, ___, ___],
  'unit.update':          [ALL, ALL, ___, ___, OWN, ___, ___],
  'unit.delete':          [ALL, ___, ___, ___, ___, ___, ___],
  'user.read':            [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'user.create':          [ALL, ___, ___, ___, ___, ___, ___],
  'user.update':          [ALL, ___, ___, ___, ___, ___, ___],
  'user.reset_password':  [ALL, ___, ___, ___, ___, ___, ___],
  'team.read':            [ALL, ALL, ALL, ALL, ALL, ALL, ALL],
  'team.manage':          [ALL, ALL, ___, ___, ___, ___, ___],
  'audit.read':           [ALL, ___, ALL, ___, ___, ___, ___],
  'token.manage':         [ALL, SELF, ___, ___, SELF, SELF, ___],
  'import.run':           [ALL, ___, ___, ___, ___, ___, ___],
  'incident.read':        [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'incident.report':      [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'incident.update':      [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'incident.triage':      [ALL, ALL, ___, ___, ___, ___, ___],
  'incident.assign':      [ALL, ALL, ___, ___, ___, ___, ___],
  'incident.transition':  [ALL, ALL, ___, ___, ___, ___, ___],
  'incident.escalate':    [ALL, ALL, ALL, ___, ___, ___, ___],
  'incident.merge':       [ALL, ALL, ___, ___, ___, ___, ___],
  'incident.report_docs': [ALL, ALL, ALL, ___, ___, ___, ___],
  'task.read':            [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'task.create':          [ALL, ALL, ___, ___, ___, ___, ___],
  'task.update':          [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'task.respond':         [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'evidence.read':        [ALL, ALL, ALL, OWN, OWN, OWN, ___],
  'evidence.upload':      [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'comment.create':       [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'playbook.read':        [ALL, ALL, ALL, ALL, ALL, ALL, ALL],
  'playbook.manage':      [ALL, ___, ___, ___, ___, ___, ___],
  'regime.read':          [ALL, ALL, ALL, ALL, ALL, ALL, ALL],
  'regime.manage':        [ALL, ___, ___, ___, ___, ___, ___],
  'system.read':          [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'system.create':        [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'system.update':        [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'system.delete':        [ALL, ALL, ___, ___, ___, ___, ___],
  'risk.read':            [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'risk.manage':          [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'readiness.read':       [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'readiness.manage':     [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'inspection.read':      [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'inspection.plan':      [ALL, ALL, ___, ___, ___, ___, ___],
  'inspection.conduct':   [ALL, ALL, ___, ___, ___, ___, ___],
  'inspection.answer':    [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'remediation.update':   [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'budget.read':          [ALL, ALL, ALL, ALL, OWN, OWN, ___],
  'budget.manage':        [ALL, ALL, ___, ___, ___, ___, ___],
  // Seed IV.3: finance appraises, leadership decides; not even the administrator does either.
  'budget.appraise':      [___, ___, ___, ALL, ___, ___, ___],
  'budget.decide':        [___, ___, ALL, ___, ___, ___, ___],
  'lesson.read':          [ALL, ALL, ALL, ALL, ALL, ALL, ALL],
  'notification.read':    [SELF, SELF, SELF, SELF, SELF, SELF, SELF],
  'classifier.read':      [ALL, ALL, ___, ___, ___, ___, ___],
  'classifier.manage':    [ALL, ___, ___, ___, ___, ___, ___],
  'notification.settings': [ALL, ___, ___, ___, ___, ___, ___],
  'monitor.read':         [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'monitor.manage':       [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'alert.read':           [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'alert.manage':         [ALL, ALL, ___, ___, ___, ___, ___],
  'alert.ingest':         [ALL, ALL, ___, ___, ___, ___, ___],
  'warning.read':         [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'warning.manage':       [ALL, ALL, ___, ___, ___, ___, ___],
  'warning.respond':      [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'feed.read':            [ALL, ALL, ___, ___, ___, ___, ___],
  'request.read':         [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'request.manage':       [ALL, ALL, ___, ___, ___, ___, ___],
  'request.answer':       [ALL, ALL, ___, OWN, OWN, OWN, ___],
  'proposal.read':        [ALL, ALL, ALL, OWN, OWN, OWN, OWN],
  'proposal.raise':       [ALL, ALL, ___, OWN, OWN, OWN, ___],
  // Seed IV: the leaders answer what the focal office and the units propose.
  'proposal.answer':      [___, ___, ALL, ___, ___, ___, ___],
  'report.read':          [ALL, ALL, ALL, ___, ___, ___, ___],
  'report.manage':        [ALL, ALL, ___, ___, ___, ___, ___],
};

type TargetKind = 'own_unit' | 'other_unit' | 'self' | 'no_target';

// What each cell means for each kind of target. "no target" asks "on some record at all".
// biome-ignore format: a table reads best as a table
const OUTCOME: Record<Cell, Record<TargetKind, boolean>> = {
  all:  { own_unit: true,  other_unit: true,  self: true,  no_target: true },
  own:  { own_unit: true,  other_unit: false, self: true,  no_target: true },
  self: { own_unit: false, other_unit: false, self: true,  no_target: true },
  none: { own_unit: false, other_unit: false, self: false, no_target: false },
};

const OWN_UNIT = '11111111-1111-4111-8111-111111111111';
const OTHER_UNIT = '22222222-2222-4222-8222-222222222222';
const ACTOR_ID = '33333333-3333-4333-8333-333333333333';
const SOMEONE_ELSE = '44444444-4444-4444-8444-444444444444';

function actor(...roles: Role[]): Actor {
  return { userId: ACTOR_ID, unitId: OWN_UNIT, roles };
}

function target(kind: TargetKind): PermissionTarget | undefined {
  switch (kind) {
    case 'own_unit':
      return { unitIds: [OWN_UNIT], userId: SOMEONE_ELSE };
    case 'other_unit':
      return { unitIds: [OTHER_UNIT], userId: SOMEONE_ELSE };
    case 'self':
      return { unitIds: [OWN_UNIT], userId: ACTOR_ID };
    case 'no_target':
      return undefined;
  }
}

function cell(role: Role, action: Action): Cell {
  return MATRIX[action][COLUMNS.indexOf(role as (typeof COLUMNS)[number])]!;
}

describe('permission matrix', () => {
  test('the table covers exactly the roles and actions of the product', () => {
    assert.deepEqual([...COLUMNS], [...ROLES]);
    assert.deepEqual(Object.keys(MATRIX).sort(), [...ACTIONS].sort());
  });

  const kinds: TargetKind[] = ['own_unit', 'other_unit', 'self', 'no_target'];
  for (const role of ROLES) {
    test(`${role}: every action on own unit, other unit, self and no target`, () => {
      const mismatches: string[] = [];
      for (const action of ACTIONS) {
        for (const kind of kinds) {
          const expected = OUTCOME[cell(role, action)][kind];
          const actual = can(actor(role), action, target(kind));
          if (actual !== expected)
            mismatches.push(`${action} on ${kind}: expected ${expected}, got ${actual}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }

  test('a record of several units is own-unit when any of them is the actor’s', () => {
    const officer = actor('unit_officer');
    assert.equal(can(officer, 'incident.update', { unitIds: [OTHER_UNIT, OWN_UNIT] }), true);
    assert.equal(can(officer, 'incident.update', { unitIds: [OTHER_UNIT] }), false);
    assert.equal(can(officer, 'incident.update', { unitIds: [] }), false);
    assert.equal(can(officer, 'incident.update', {}), false);
  });

  test('a self grant needs the record to be about the actor, not merely in the actor’s unit', () => {
    const responder = actor('responder');
    assert.equal(can(responder, 'token.manage', { userId: ACTOR_ID }), true);
    assert.equal(can(responder, 'token.manage', { userId: SOMEONE_ELSE, unitIds: [OWN_UNIT] }), false);
  });

  test('several roles grant the union of their scopes', () => {
    const both = actor('viewer', 'finance');
    assert.equal(can(both, 'budget.appraise', { unitIds: [OTHER_UNIT] }), true);
    assert.equal(can(both, 'incident.report', { unitIds: [OWN_UNIT] }), true);
    assert.equal(can(both, 'incident.report', { unitIds: [OTHER_UNIT] }), false);
    const officerLeader = actor('unit_officer', 'leader');
    assert.equal(can(officerLeader, 'user.read', { unitIds: [OTHER_UNIT] }), true);
    assert.equal(can(officerLeader, 'unit.update', { unitIds: [OTHER_UNIT] }), false);
  });

  test('no roles, no permissions', () => {
    for (const action of ACTIONS) assert.equal(can(actor(), action), false, action);
  });
});

describe('widestScope', () => {
  test('matches the table for every role and action', () => {
    const scopeOf: Record<Cell, string | null> = { all: 'all', own: 'own_unit', self: 'self', none: null };
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        assert.equal(widestScope(actor(role), action), scopeOf[cell(role, action)], `${role} ${action}`);
      }
    }
  });

  test('the widest of several roles wins: all over own unit over self', () => {
    assert.equal(widestScope(actor('viewer', 'leader'), 'user.read'), 'all');
    assert.equal(widestScope(actor('leader', 'viewer'), 'user.read'), 'all');
    assert.equal(widestScope(actor('unit_officer', 'coordinator'), 'unit.update'), 'all');
    assert.equal(widestScope(actor('responder', 'finance'), 'budget.read'), 'all');
    assert.equal(widestScope(actor('responder', 'viewer'), 'incident.read'), 'own_unit');
    assert.equal(widestScope(actor('responder'), 'token.manage'), 'self');
    assert.equal(widestScope(actor('viewer', 'leader'), 'unit.delete'), null);
    assert.equal(widestScope(actor(), 'unit.read'), null);
  });
});

describe('allowedActions', () => {
  const unitActions: Action[] = ['unit.update', 'unit.delete', 'user.create'];

  test('an officer may update their own unit only, and never delete it', () => {
    const officer = actor('unit_officer');
    assert.deepEqual(allowedActions(officer, unitActions, { unitIds: [OWN_UNIT] }), ['unit.update']);
    assert.deepEqual(allowedActions(officer, unitActions, { unitIds: [OTHER_UNIT] }), []);
  });

  test('an administrator may do all of them on any unit, in the order asked', () => {
    assert.deepEqual(allowedActions(actor('admin'), unitActions, { unitIds: [OTHER_UNIT] }), unitActions);
    const reversed = [...unitActions].reverse();
    assert.deepEqual(allowedActions(actor('admin'), reversed, { unitIds: [OTHER_UNIT] }), reversed);
  });

  test('a coordinator may update any unit but not delete it or create users', () => {
    assert.deepEqual(allowedActions(actor('coordinator'), unitActions, { unitIds: [OTHER_UNIT] }), [
      'unit.update',
    ]);
  });

  test('a viewer gets an empty list, not an error', () => {
    assert.deepEqual(allowedActions(actor('viewer'), unitActions, { unitIds: [OWN_UNIT] }), []);
  });
});
