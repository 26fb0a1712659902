import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestContext } from '../../testing/test-app.ts';
import { buildWorld, ok, report, type World } from '../incidents.testkit.ts';
import { createSystem } from '../systems.testkit.ts';

// Domain README §3: severity reads the APPROVED level of the affected system; while no level is
// approved the system counts as level 3 and the assessment says "unclassified".

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
});
after(() => ctx.close());

interface Severity {
  tier: string;
  unclassifiedLevel: boolean;
  effectiveLevel: number;
  reasons: { vi: string; en: string }[];
}

const approved = { status: 'approved', decisionRef: '12/QĐ-UBND', decisionDate: '2025-03-01' };

test('a draft level 1 does not lower the tier: the system counts as unclassified level 3', async () => {
  const system = await createSystem(ctx, w.coordinator, w.communeA.id, {
    securityLevel: 1,
    levelApproval: { status: 'draft', decisionRef: null, decisionDate: null },
  });
  const incident = await report(ctx, w.officerA, { systemId: system.id, triggers: { C1: true } });
  const severity = incident.severity as Severity;
  assert.equal(severity.unclassifiedLevel, true);
  assert.equal(severity.effectiveLevel, 3);
  // C1 on a level ≥ 3 system is an emergency (T3); a level-1 system would only be T2.
  assert.equal(incident.tier, 'T3');
  assert.ok(severity.reasons.some((r) => r.en.includes('level 1 proposed, not approved')));
});

test('a submitted level 5 does not raise the tier to a serious incident', async () => {
  const system = await createSystem(ctx, w.coordinator, w.communeA.id, {
    securityLevel: 5,
    levelApproval: { status: 'submitted', decisionRef: null, decisionDate: null },
  });
  const incident = await report(ctx, w.officerA, { systemId: system.id, triggers: { C1: true, C6: true } });
  const severity = incident.severity as Severity;
  assert.equal(severity.effectiveLevel, 3);
  assert.equal(incident.serious, false);
});

test('an approved level counts as approved, and editing the incident recomputes with it', async () => {
  const system = await createSystem(ctx, w.coordinator, w.communeA.id, {
    securityLevel: 1,
    levelApproval: approved,
  });
  const incident = await report(ctx, w.officerA, { systemId: system.id, triggers: { C1: true } });
  assert.equal(incident.tier, 'T2');
  assert.equal((incident.severity as Severity).unclassifiedLevel, false);
  const draft = await createSystem(ctx, w.coordinator, w.communeA.id, { securityLevel: 1 });
  const moved = await ok(ctx, w.coordinator, 'PATCH', `/api/incidents/${incident.id}`, {
    systemId: draft.id,
  });
  assert.equal(moved.tier, 'T3');
  assert.equal(moved.severity.unclassifiedLevel, true);
});
