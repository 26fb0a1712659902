import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILTIN_PLAYBOOKS, playbookFor } from '../playbooks/catalogue.ts';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  causeGroupOf,
  SUBTYPE_LABELS,
  SUBTYPES,
  subtypesOf,
} from './taxonomy.ts';

test('every cause group and subtype has Vietnamese and English labels', () => {
  for (const g of CAUSE_GROUPS) {
    assert.ok(CAUSE_GROUP_LABELS[g].vi.trim().length > 2, g);
    assert.ok(CAUSE_GROUP_LABELS[g].en.trim().length > 2, g);
  }
  for (const s of SUBTYPES) {
    assert.ok(SUBTYPE_LABELS[s].vi.trim().length > 2, s);
    assert.ok(SUBTYPE_LABELS[s].en.trim().length > 2, s);
    assert.notEqual(SUBTYPE_LABELS[s].vi, SUBTYPE_LABELS[s].en, `${s} is not translated`);
  }
});

test('the seed scenarios: 10 attack types, 5 failures, 5 operator errors, natural disasters', () => {
  assert.equal(subtypesOf('attack').length, 10);
  assert.equal(subtypesOf('failure').length, 5);
  assert.equal(subtypesOf('operator').length, 5);
  assert.ok(subtypesOf('disaster').length >= 4);
  for (const s of SUBTYPES) assert.ok(CAUSE_GROUPS.includes(causeGroupOf(s)));
});

test('every subtype has exactly one built-in playbook, and playbookFor returns it', () => {
  for (const s of SUBTYPES) {
    assert.equal(BUILTIN_PLAYBOOKS.filter((p) => p.subtype === s).length, 1, s);
    assert.equal(playbookFor(s).subtype, s);
  }
});
