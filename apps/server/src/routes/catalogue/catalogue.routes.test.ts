import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { SUBTYPES } from '@ungcuu/domain/incidents/taxonomy.ts';
import { BUILTIN_PLAYBOOKS } from '@ungcuu/domain/playbooks/catalogue.ts';
import type { Playbook } from '@ungcuu/domain/playbooks/playbook.ts';
import { BUILTIN_REGIMES } from '@ungcuu/domain/regimes/builtin-regimes.ts';
import { TestContext } from '../../testing/test-app.ts';
import {
  audits,
  buildWorld,
  call,
  endpoint,
  type IncidentView,
  ok,
  report,
  type World,
} from '../incidents.testkit.ts';

// Playbooks (phương án ứng cứu) and reporting regimes: everyone reads them, administrators edit
// them; an edited playbook is a new version and incidents keep the version they started with.

let ctx: TestContext;
let w: World;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
});
after(() => ctx.close());

const c = () => ctx;
const builtin = (subtype: string) => structuredClone(BUILTIN_PLAYBOOKS.find((p) => p.subtype === subtype)!);

endpoint(c, 'GET /api/playbooks', {
  method: 'GET',
  url: () => '/api/playbooks',
  as: () => w.officerA,
  bad: [],
  forbidden: {
    instead: 'everyone reads the playbooks, the viewer included',
    check: async () => {
      assert.equal(
        (await ok(ctx, w.viewerA, 'GET', '/api/playbooks')).items.length,
        BUILTIN_PLAYBOOKS.length,
      );
    },
  },
  notFound: [],
  success: {
    status: 200,
    why: 'one playbook per subtype, each as now in force',
    check: async (res) => {
      const items = res.json().items as Playbook[];
      assert.deepEqual(items.map((p) => p.subtype).sort(), [...SUBTYPES].sort());
      const edited = await ctx.db.selectFrom('playbook_versions').select(['subtype', 'version']).execute();
      for (const p of items) {
        const latest = Math.max(1, ...edited.filter((e) => e.subtype === p.subtype).map((e) => e.version));
        assert.equal(p.version, latest, p.subtype);
      }
    },
  },
});

endpoint(c, 'GET /api/playbooks/:subtype', {
  method: 'GET',
  url: () => '/api/playbooks/attack.phishing',
  as: () => w.viewerA,
  bad: [{ why: 'on an unknown subtype', url: () => '/api/playbooks/attack.nope' }],
  forbidden: {
    instead: 'everyone reads a playbook: the external body too',
    check: async () => {
      assert.equal(
        (await ok(ctx, w.externalUser, 'GET', '/api/playbooks/attack.phishing')).subtype,
        'attack.phishing',
      );
    },
  },
  notFound: {
    instead: 'every subtype of the taxonomy has a playbook',
    check: async () => {
      for (const subtype of SUBTYPES)
        assert.equal(
          (await call(ctx, w.viewerA, 'GET', `/api/playbooks/${subtype}`)).statusCode,
          200,
          subtype,
        );
    },
  },
  success: {
    status: 200,
    why: 'the built-in version 1 while nobody has edited it',
    check: (res) => {
      assert.deepEqual(res.json(), builtin('attack.phishing'));
    },
  },
});

{
  let before: IncidentView;
  const edited = () => {
    const p = builtin('attack.ransomware');
    const extra = {
      ...p.steps.find((s) => s.phase === 'P3')!,
      key: 'bao-cong-an-tinh',
      title: { vi: 'Báo Công an tỉnh (PA05) qua điện thoại', en: 'Call the provincial police (PA05)' },
    };
    return { title: p.title, summary: p.summary, steps: [...p.steps, extra] };
  };
  const classified = async (incidentId: string) => {
    const view = await ok(
      ctx,
      w.coordinator,
      'POST',
      `/api/incidents/${incidentId}/classify`,
      { subtype: 'attack.ransomware' },
      200,
    );
    const keys = await ctx.db
      .selectFrom('incident_tasks')
      .select('step_key')
      .where('incident_id', '=', incidentId)
      .execute();
    return { version: view.playbookVersion, keys: keys.map((k) => k.step_key) };
  };
  endpoint(c, 'PUT /api/playbooks/:subtype', {
    method: 'PUT',
    url: () => '/api/playbooks/attack.ransomware',
    payload: edited,
    as: () => w.admin,
    setup: async () => {
      before = await report(ctx, w.officerA);
      assert.equal((await classified(before.id)).version, 1);
    },
    bad: [
      { why: 'on an unknown subtype', url: () => '/api/playbooks/attack.nope' },
      {
        why: 'on a playbook missing a phase (no lessons learned, P7)',
        payload: () => ({ ...edited(), steps: edited().steps.filter((s) => s.phase !== 'P7') }),
        expect: (res) => {
          assert.deepEqual(res.json().error.details, [
            { code: 'phase.missing', path: '/steps', message: 'P7' },
          ]);
        },
      },
      {
        why: 'on two steps with one key',
        payload: () => ({ ...edited(), steps: [...edited().steps, edited().steps[0]!] }),
        expect: (res) => {
          assert.equal(res.json().error.details[0].code, 'step.duplicate_key');
        },
      },
      {
        why: 'on a step without instructions',
        payload: () => ({ ...edited(), steps: [{ key: 'a', phase: 'P1' }] }),
      },
    ],
    forbidden: [
      { why: 'for the focal office (uses playbooks, does not edit them)', as: () => w.coordinator },
      { why: 'for a unit officer', as: () => w.officerA },
    ],
    notFound: [],
    success: {
      status: 200,
      why: 'saved as version 2: incidents classified from now on use it, earlier ones keep version 1',
      check: async (res) => {
        const saved = res.json();
        assert.deepEqual([saved.version, saved.code], [2, builtin('attack.ransomware').code]);
        const row = await ctx.db
          .selectFrom('playbook_versions')
          .select(['version', 'created_by'])
          .where('subtype', '=', 'attack.ransomware')
          .execute();
        assert.deepEqual(row, [{ version: 2, created_by: w.admin.id }]);
        const trail = await audits(ctx, `${saved.code}@2`);
        assert.deepEqual(
          trail.map((a) => a.action),
          ['playbook.save'],
        );
        assert.equal((await ok(ctx, w.viewerA, 'GET', '/api/playbooks/attack.ransomware')).version, 2);

        const later = await report(ctx, w.officerA);
        const now = await classified(later.id);
        assert.equal(now.version, 2);
        assert.ok(now.keys.includes('bao-cong-an-tinh'));
        assert.equal(now.keys.length, edited().steps.length);
        const kept = await classified(before.id);
        assert.equal(kept.version, 1, 'the earlier incident keeps the version it started with');
        assert.ok(!kept.keys.includes('bao-cong-an-tinh'));
        assert.equal(kept.keys.length, builtin('attack.ransomware').steps.length);
      },
    },
  });
}

endpoint(c, 'GET /api/regimes', {
  method: 'GET',
  url: () => '/api/regimes',
  as: () => w.officerA,
  bad: [],
  forbidden: {
    instead: 'everyone reads the regimes, the viewer included',
    check: async () => {
      assert.ok((await ok(ctx, w.viewerA, 'GET', '/api/regimes')).items.length >= BUILTIN_REGIMES.length);
    },
  },
  notFound: [],
  success: {
    status: 200,
    why: 'the built-in regimes in order of coming into force, with their unverified values marked',
    check: (res) => {
      const items = res.json().items as { id: string; effectiveFrom: string; unverifiedPaths: string[] }[];
      for (const r of BUILTIN_REGIMES)
        assert.ok(
          items.some((i) => i.id === r.id),
          r.id,
        );
      const dates = items.map((i) => i.effectiveFrom);
      assert.deepEqual(dates, [...dates].sort());
      const y2026 = items.find((i) => i.id === 'vn_2026')!;
      assert.ok(y2026.unverifiedPaths.length > 0, 'the 2026 regime carries unverified values');
    },
  },
});

{
  const regime = () => ({
    ...structuredClone(BUILTIN_REGIMES[1]!),
    id: 'vn_2030_thu_nghiem',
    name: { vi: 'Chế độ báo cáo thử nghiệm 2030', en: 'Trial regime 2030' },
    effectiveFrom: '2030-01-01',
  });
  endpoint(c, 'PUT /api/regimes', {
    method: 'PUT',
    url: () => '/api/regimes',
    payload: regime,
    as: () => w.admin,
    bad: [
      {
        why: 'on a day that does not exist',
        payload: () => ({ ...regime(), effectiveFrom: '2030-02-30' }),
        expect: (res) => {
          assert.deepEqual(res.json().error.details, [{ code: 'date.invalid', path: '/effectiveFrom' }]);
        },
      },
      { why: 'without a name', payload: () => ({ ...regime(), name: undefined }) },
      {
        why: 'on a deadline sent to a recipient the regime does not declare',
        payload: () => {
          const r = regime();
          return { ...r, recipients: r.recipients.filter((x) => x.kind !== 'police') };
        },
        expect: (res) => {
          const issues = res.json().error.details as { code: string; message: string }[];
          assert.ok(issues.length > 0);
          assert.ok(issues.every((i) => i.code === 'recipient.undeclared' && i.message === 'police'));
        },
      },
    ],
    forbidden: [
      { why: 'for the focal office', as: () => w.coordinator },
      { why: 'for a unit officer', as: () => w.officerA },
    ],
    notFound: [],
    success: {
      status: 200,
      why: 'stored, audited, and listed at once',
      check: async (res) => {
        assert.deepEqual(res.json(), regime());
        const row = await ctx.db
          .selectFrom('reporting_regimes')
          .select('data')
          .where('id', '=', 'vn_2030_thu_nghiem')
          .executeTakeFirstOrThrow();
        assert.deepEqual(row.data, regime());
        const trail = await audits(ctx, 'vn_2030_thu_nghiem');
        assert.deepEqual(
          trail.map((a) => [a.action, a.actor_user_id]),
          [['regime.save', w.admin.id]],
        );
        const listed = await ok(ctx, w.officerA, 'GET', '/api/regimes');
        const found = listed.items.find((r: { id: string }) => r.id === 'vn_2030_thu_nghiem');
        assert.equal(found?.name.vi, 'Chế độ báo cáo thử nghiệm 2030');
        assert.equal(listed.items.at(-1).id, 'vn_2030_thu_nghiem', 'latest in force last');
      },
    },
  });
}
