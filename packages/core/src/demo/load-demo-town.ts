import { ensureDefaultTemplate } from '../inspections/inspection-context.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { demoPeople, demoTownLoaded } from './demo.repository.ts';
import { demoBudget } from './demo-budget.ts';
import type { DemoContext, DemoLoader } from './demo-context.ts';
import { demoIncidents } from './demo-incidents.ts';
import { demoInspections } from './demo-inspections.ts';
import { demoRandom } from './demo-random.ts';
import { demoReadiness } from './demo-readiness.ts';
import { demoSystems } from './demo-systems.ts';

/** The seed of the town: the same figures at every load. */
export const DEMO_SEED = 2025;
/** The note on every demo system: how a second load knows the town is there. */
export const DEMO_MARKER = 'Dữ liệu mẫu thị xã Mỹ Hào (npm run demo)';

/**
 * The parts of the town, in order (later ones use what earlier ones made). A new part (e.g. the
 * warnings of demo-warnings.ts) is one more entry here, or passed as `extra` to loadDemoTown.
 */
export const DEMO_LOADERS: readonly DemoLoader[] = [
  demoSystems,
  demoReadiness,
  demoInspections,
  demoBudget,
  demoIncidents,
];

export type DemoTownResult =
  | { loaded: true; written: Record<string, number>; ms: number }
  | { loaded: false; reason: 'already_loaded' };

/**
 * A believable year (two for incidents) of the seed's town on top of its units and users
 * (loadDemoOrganisation first). Rows are written with multi-row inserts in ONE transaction, and
 * each part leaves one audited 'demo.load' record naming what it wrote (docs/decisions/0026): the
 * services would audit each record, which for ≈ 3,000 rows is slow and tells a reader nothing.
 * A second load refuses: the town is there already.
 */
export async function loadDemoTown(
  deps: ServiceDeps,
  actor: RequestActor,
  extra: readonly DemoLoader[] = [],
): Promise<DemoTownResult> {
  const started = performance.now();
  if (await demoTownLoaded(deps.db, DEMO_MARKER)) return { loaded: false, reason: 'already_loaded' };
  const template = await ensureDefaultTemplate(deps);
  const written = await mutate(deps, actor, async ({ trx, audit }) => {
    // Checked again inside the transaction: two loads at once must not both write.
    if (await demoTownLoaded(trx, DEMO_MARKER)) return null;
    const people = await demoPeople(trx);
    const ctx: DemoContext = {
      rnd: demoRandom(DEMO_SEED),
      now: deps.clock.now(),
      marker: DEMO_MARKER,
      units: new Map(people.units.map((u) => [u.code, { id: u.id, name: u.name, type: u.type }])),
      users: new Map(
        people.users.map((u) => [u.username, { id: u.id, fullName: u.full_name, unitId: u.unit_id }]),
      ),
      systems: [],
      risks: [],
      templateId: template.id,
      written: {},
    };
    for (const loader of [...DEMO_LOADERS, ...extra]) {
      const before = { ...ctx.written };
      await loader.load(trx, ctx);
      const rows = Object.fromEntries(Object.entries(ctx.written).filter(([t, n]) => before[t] !== n));
      await audit({
        action: 'demo.load',
        entityType: 'demo',
        entityId: null,
        after: { part: loader.name, rows },
      });
    }
    return ctx.written;
  });
  if (!written) return { loaded: false, reason: 'already_loaded' };
  return { loaded: true, written, ms: Math.round(performance.now() - started) };
}
