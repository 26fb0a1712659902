import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRoleCode } from '../incidents/roles.ts';
import { causeGroupOf, SUBTYPES } from '../incidents/taxonomy.ts';
import { BUILTIN_PLAYBOOKS, playbookFor } from './catalogue.ts';
import { missingPhases, PHASE_LABELS, PHASES, type Playbook, validatePlaybook } from './playbook.ts';

const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

test('catalogue: every subtype has exactly one playbook', () => {
  assert.equal(BUILTIN_PLAYBOOKS.length, SUBTYPES.length);
  for (const subtype of SUBTYPES) {
    const matches = BUILTIN_PLAYBOOKS.filter((p) => p.subtype === subtype);
    assert.equal(matches.length, 1, subtype);
    assert.equal(playbookFor(subtype), matches[0]);
  }
  const codes = BUILTIN_PLAYBOOKS.map((p) => p.code);
  assert.equal(new Set(codes).size, codes.length);
});

test('catalogue: the catalogue keeps taxonomy order, group by group', () => {
  assert.deepEqual(
    BUILTIN_PLAYBOOKS.map((p) => p.subtype),
    [...SUBTYPES],
  );
});

for (const playbook of BUILTIN_PLAYBOOKS) {
  test(`catalogue: ${playbook.subtype} is complete and valid`, () => {
    assert.equal(playbook.version, 1);
    assert.equal(playbook.code, `pb.${playbook.subtype}`);
    assert.ok(playbook.steps.length >= 6 && playbook.steps.length <= 12, `${playbook.steps.length} steps`);
    for (const text of [playbook.title, playbook.summary]) {
      assert.ok(text.vi.trim() && text.en.trim());
      assert.match(text.vi, VI_DIACRITIC);
    }
    const keys = new Set<string>();
    for (const step of playbook.steps) {
      assert.ok(!keys.has(step.key), `duplicate key ${step.key}`);
      keys.add(step.key);
      assert.ok(PHASES.includes(step.phase), step.key);
      assert.ok(isRoleCode(step.defaultRole) && step.defaultRole !== 'viewer', step.key);
      assert.ok(Number.isInteger(step.expectedMinutes) && step.expectedMinutes > 0, step.key);
      for (const text of [step.title, step.instructions, step.evidence]) {
        assert.ok(text.vi.trim().length > 0 && text.en.trim().length > 0, step.key);
        assert.match(text.vi, VI_DIACRITIC, `${step.key}: Vietnamese without diacritics?`);
      }
    }
    assert.deepEqual(missingPhases(playbook), []);
    for (const phase of ['P1', 'P2', 'P3', 'P6', 'P7'] as const) {
      assert.ok(
        playbook.steps.some((s) => s.phase === phase),
        phase,
      );
    }
    assert.ok(playbook.steps.some((s) => s.phase === 'P4' || s.phase === 'P5'));
    const result = validatePlaybook(playbook);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  });
}

test('catalogue: steps run in phase order', () => {
  for (const playbook of BUILTIN_PLAYBOOKS) {
    const order = playbook.steps.map((s) => PHASES.indexOf(s.phase));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      playbook.subtype,
    );
  }
});

test('catalogue: attacks start with a first action by the person on site', () => {
  for (const playbook of BUILTIN_PLAYBOOKS.filter((p) => causeGroupOf(p.subtype) === 'attack')) {
    assert.equal(playbook.steps[0]?.phase, 'P1');
    assert.equal(playbook.steps[0]?.defaultRole, 'unit_officer');
  }
});

test('catalogue: the ransomware playbook says isolate, keep on, photograph, do not pay', () => {
  const first = playbookFor('attack.ransomware').steps[0]!;
  assert.match(first.instructions.vi, /Rút ngay dây mạng/);
  assert.match(first.instructions.vi, /KHÔNG tắt máy/);
  assert.match(first.instructions.vi, /Chụp ảnh màn hình thông báo đòi tiền chuộc/);
  assert.match(first.instructions.vi, /không trả tiền/);
  assert.match(first.instructions.en, /Do NOT switch the computer off/);
});

test('catalogue: every phase has labels', () => {
  for (const phase of PHASES) {
    assert.ok(PHASE_LABELS[phase].label.vi && PHASE_LABELS[phase].label.en);
    assert.ok(PHASE_LABELS[phase].produces.vi && PHASE_LABELS[phase].produces.en);
  }
});

const edit = (patch: (p: Playbook) => void): Playbook => {
  const copy = structuredClone(playbookFor('attack.malware'));
  patch(copy);
  return copy;
};

test('playbook validation: an edited playbook with a higher version takes precedence', () => {
  const v2 = edit((p) => {
    p.version = 2;
    p.steps[0]!.expectedMinutes = 5;
  });
  assert.ok(validatePlaybook(v2).ok);
  assert.equal(playbookFor('attack.malware', [v2]), v2);
  assert.equal(playbookFor('attack.dos', [v2]).subtype, 'attack.dos');
});

test('playbook validation: rejects duplicate keys, missing phases and schema errors', () => {
  const dup = edit((p) => {
    p.steps[1]!.key = p.steps[0]!.key;
  });
  const r1 = validatePlaybook(dup);
  assert.ok(!r1.ok && r1.issues.some((i) => i.code === 'step.duplicate_key' && i.path === '/steps/1/key'));

  const noClose = edit((p) => {
    p.steps = p.steps.filter((s) => s.phase !== 'P6');
  });
  const r2 = validatePlaybook(noClose);
  assert.ok(!r2.ok && r2.issues.some((i) => i.code === 'phase.missing' && i.message === 'P6'));

  const noAction = edit((p) => {
    p.steps = p.steps.filter((s) => s.phase !== 'P4' && s.phase !== 'P5');
  });
  assert.deepEqual(missingPhases(noAction), ['P4|P5']);

  for (const broken of [
    edit((p) => {
      p.steps[0]!.expectedMinutes = 0;
    }),
    edit((p) => {
      p.steps[0]!.title.en = '';
    }),
    edit((p) => {
      (p.steps[0] as { defaultRole: string }).defaultRole = 'mayor';
    }),
    edit((p) => {
      (p as { subtype: string }).subtype = 'attack.alien';
    }),
    edit((p) => {
      p.version = 0;
    }),
  ]) {
    const r = validatePlaybook(broken);
    assert.ok(!r.ok && r.issues.every((i) => i.code === 'schema'));
  }
});
