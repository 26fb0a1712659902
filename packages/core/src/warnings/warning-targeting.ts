import {
  type AffectedProduct,
  affectedProductKeys,
  parseVersionRange,
  productAffected,
} from '@ungcuu/domain/warnings/product-match.ts';
import { type MatchedSystem, planTargets, type Targeting } from '@ungcuu/domain/warnings/warning.ts';
import type { Executor } from '../shared/context.ts';
import { inventoryCandidates } from './system-product.repository.ts';
import { unitsForTargeting } from './warning-target.repository.ts';

/** At most this many matched systems are kept per unit (what the unit is shown). */
const MAX_MATCHED_PER_UNIT = 50;

/**
 * Which units a warning goes to and why: the inventory's product entries whose key an affected
 * product names are read through the key index, matched by vendor and version in the domain
 * (product-match.ts), then the targeting mode chooses the units.
 */
export async function planWarningTargets(
  db: Executor,
  products: readonly AffectedProduct[],
  targeting: Targeting,
) {
  const usable = products.filter((p) => parseVersionRange(p.versionRange) !== null);
  const keys = [...new Set(usable.flatMap(affectedProductKeys))];
  const matches = new Map<string, MatchedSystem[]>();
  for (const c of await inventoryCandidates(db, keys)) {
    const hit = usable.find((p) =>
      productAffected({ vendor: c.vendor, product: c.product, version: c.version, cpe: c.cpe }, p),
    );
    if (!hit) continue;
    const list = matches.get(c.unit_id) ?? [];
    if (list.length < MAX_MATCHED_PER_UNIT)
      list.push({
        systemId: c.system_id,
        systemName: c.system_name,
        vendor: c.vendor,
        product: c.product,
        version: c.version,
        versionRange: hit.versionRange,
      });
    matches.set(c.unit_id, list);
  }
  const units = await unitsForTargeting(db, targeting.unitIds ?? []);
  const planned = planTargets(targeting, units, matches);
  const byId = new Map(units.map((u) => [u.id, u]));
  return planned.map((p) => ({
    ...p,
    unitName: byId.get(p.unitId)!.name,
    unitType: byId.get(p.unitId)!.type,
  }));
}
