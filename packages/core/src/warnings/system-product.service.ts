import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { installedProductKey } from '@ungcuu/domain/warnings/product-match.ts';
import type {
  SystemProductInput,
  SystemProductPatch,
  SystemProductView,
} from '@ungcuu/domain/warnings/warning-api.ts';
import type { SystemProductRow } from '../db/schema-warnings.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank, toIso } from '../shared/row-values.ts';
import type { SystemService } from '../systems/system.service.ts';
import { systemUnitIds } from '../systems/system.view.ts';
import * as repo from './system-product.repository.ts';

export function systemProductView(r: SystemProductRow): SystemProductView {
  return {
    id: r.id,
    systemId: r.system_id,
    vendor: r.vendor,
    product: r.product,
    version: r.version,
    cpe: r.cpe,
    updatedAt: toIso(r.updated_at)!,
  };
}

/** The columns of a product entry, with the key warnings find it by. */
export function systemProductColumns(input: SystemProductInput) {
  const vendor = input.vendor.trim();
  const product = input.product.trim();
  const version = blank(input.version);
  const cpe = blank(input.cpe);
  return {
    vendor,
    product,
    version,
    cpe,
    product_key: installedProductKey({ vendor, product, version, cpe }),
  };
}

/** Product entries of a system (vendor, product, version, CPE): read and written with the system. */
export function createSystemProductService(deps: ServiceDeps, systems: SystemService) {
  async function writable(actor: RequestActor, systemId: string) {
    const system = await systems.readable(actor, systemId);
    if (!can(actor, 'system.update', { unitIds: systemUnitIds(system) })) throw new DomainError('forbidden');
    if (system.archived) throw new DomainError('system.archived');
    return system;
  }

  async function entry(actor: RequestActor, id: string) {
    const row = await repo.findSystemProduct(deps.db, id);
    if (!row) throw new DomainError('not_found', { entity: 'system_product' });
    const system = await writable(actor, row.system_id);
    return { row, system };
  }

  return {
    async list(actor: RequestActor, systemId: string) {
      await systems.readable(actor, systemId);
      return { items: (await repo.productsOfSystem(deps.db, systemId)).map(systemProductView) };
    },

    async add(actor: RequestActor, systemId: string, input: SystemProductInput) {
      const system = await writable(actor, systemId);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const [row] = await repo.insertSystemProducts(trx, [
          { system_id: systemId, ...systemProductColumns(input), updated_at: deps.clock.now() },
        ]);
        await audit({
          action: 'system.product.add',
          entityType: 'system_product',
          entityId: row!.id,
          unitId: system.operating_unit_id,
          after: row,
        });
        await announce({ entity: 'system', id: systemId, action: 'product', unitIds: systemUnitIds(system) });
        return systemProductView(row!);
      });
    },

    async update(actor: RequestActor, id: string, patch: SystemProductPatch) {
      const { row: before, system } = await entry(actor, id);
      const merged = {
        vendor: patch.vendor ?? before.vendor,
        product: patch.product ?? before.product,
        version: patch.version === undefined ? before.version : patch.version,
        cpe: patch.cpe === undefined ? before.cpe : patch.cpe,
      };
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.updateSystemProduct(trx, id, {
          ...systemProductColumns(merged),
          updated_at: deps.clock.now(),
        });
        await audit({
          action: 'system.product.update',
          entityType: 'system_product',
          entityId: id,
          unitId: system.operating_unit_id,
          before,
          after: row,
        });
        await announce({
          entity: 'system',
          id: system.id,
          action: 'product',
          unitIds: systemUnitIds(system),
        });
        return systemProductView(row);
      });
    },

    async remove(actor: RequestActor, id: string) {
      const { row: before, system } = await entry(actor, id);
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteSystemProduct(trx, id);
        await audit({
          action: 'system.product.remove',
          entityType: 'system_product',
          entityId: id,
          unitId: system.operating_unit_id,
          before,
        });
        await announce({
          entity: 'system',
          id: system.id,
          action: 'product',
          unitIds: systemUnitIds(system),
        });
        return { id, deleted: true };
      });
    },
  };
}
export type SystemProductService = ReturnType<typeof createSystemProductService>;
