import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { InformationSystemInputSchema, systemInputIssues } from '@ungcuu/domain/systems/system.ts';
import type { SystemListQuery } from '@ungcuu/domain/systems/system-api.ts';
import { foldVietnamese } from '@ungcuu/domain/text/normalize.ts';
import { type ValidationIssue, validationIssues } from '@ungcuu/domain/validation.ts';
import { SystemProductInputSchema } from '@ungcuu/domain/warnings/warning-api.ts';
import type { NewInformationSystemRow } from '../db/schema-preparedness.ts';
import { CSV_TYPE, type ExportFile, writeCsv, writeXlsx, XLSX_TYPE } from '../export/tabular-export.ts';
import { MAX_IMPORT_ROWS, readTabular, type TabularFormat } from '../import/tabular.ts';
import { findUnitsByCodes } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { insertSystemProducts, productsOfSystems } from '../warnings/system-product.repository.ts';
import { systemProductColumns } from '../warnings/system-product.service.ts';
import * as repo from './system.repository.ts';
import { systemColumns } from './system.service.ts';
import { SYSTEM_HEADERS, systemFromRow, systemToCells } from './system-columns.ts';

export interface SystemRowReport {
  row: number;
  key: string;
  errors: ValidationIssue[];
}

export interface SystemImportReport {
  kind: 'systems';
  dryRun: boolean;
  total: number;
  valid: number;
  rows: SystemRowReport[];
  created: number;
}

/** Product entries one spreadsheet row may carry ("Sản phẩm" column). */
const MAX_PRODUCTS_PER_ROW = 50;

const sameSystemKey = (operatingUnitId: string, name: string) =>
  `${operatingUnitId}|${foldVietnamese(name.trim())}`;

/** Inventory import (CSV/XLSX, dry run first: every row's errors, nothing written) and export. */
export function createSystemImportService(deps: ServiceDeps) {
  const { db } = deps;

  /** Unit codes and existing (unit, name) pairs, each fetched with one query for the whole file. */
  async function lookups(codes: string[], unitIds: string[]) {
    const lower = [...new Set(codes.map((c) => c.toLowerCase()).filter(Boolean))];
    const units = await findUnitsByCodes(db, lower);
    const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u.id]));
    const ids = [...new Set([...unitIds, ...units.map((u) => u.id)])];
    const existing = await repo.activeSystemNamesOfUnits(db, ids);
    return {
      unitByCode,
      existing: new Set(existing.map((e) => sameSystemKey(e.operating_unit_id, e.name))),
    };
  }

  return {
    async run(
      actor: RequestActor,
      bytes: Buffer,
      format: TabularFormat,
      dryRun: boolean,
    ): Promise<SystemImportReport> {
      if (!can(actor, 'system.create')) throw new DomainError('forbidden');
      const rows = await readTabular(bytes, format);
      if (rows.length === 0) throw new DomainError('import.bad_file', { detail: 'no rows' });
      const parsed = rows.map(systemFromRow);
      const { unitByCode, existing } = await lookups(
        parsed.flatMap((p) => [p.ownerCode, p.operatorCode]),
        [],
      );
      const seen = new Set<string>();
      const reports: SystemRowReport[] = [];
      for (const [i, p] of parsed.entries()) {
        const errors: ValidationIssue[] = [];
        const ownerId = unitByCode.get(p.ownerCode.toLowerCase());
        const operatorId = unitByCode.get(p.operatorCode.toLowerCase());
        if (!ownerId)
          errors.push({
            path: '/owner_unit_code',
            message: `owner_unit_code: ${p.ownerCode || '∅'} not found`,
          });
        if (!operatorId)
          errors.push({
            path: '/operating_unit_code',
            message: `operating_unit_code: ${p.operatorCode || '∅'} not found`,
          });
        const placeholder = '00000000-0000-4000-8000-000000000000';
        p.input.ownerUnitId = ownerId ?? placeholder;
        p.input.operatingUnitId = operatorId ?? placeholder;
        const schemaErrors = validationIssues(InformationSystemInputSchema, p.input);
        errors.push(
          ...schemaErrors.map((e) => ({
            path: e.path,
            message: `${e.path.replace(/^\//, '')}: ${e.message}`,
          })),
        );
        if (p.products.length > MAX_PRODUCTS_PER_ROW)
          errors.push({ path: '/products', message: `products: at most ${MAX_PRODUCTS_PER_ROW}` });
        for (const [j, product] of p.products.slice(0, MAX_PRODUCTS_PER_ROW).entries()) {
          for (const e of validationIssues(SystemProductInputSchema, product))
            errors.push({
              path: `/products/${j}${e.path}`,
              message: `products ${j + 1} (vendor|product|version)${e.path}: ${e.message}`,
            });
        }
        if (schemaErrors.length === 0) {
          for (const issue of systemInputIssues(p.input))
            errors.push({ path: issue.path, message: `${issue.path.replace(/^\//, '')}: ${issue.code}` });
        }
        if (ownerId && operatorId && !can(actor, 'system.create', { unitIds: [ownerId, operatorId] }))
          errors.push({ path: '/operating_unit_code', message: 'operating_unit_code: not your unit' });
        if (operatorId && p.input.name) {
          const key = sameSystemKey(operatorId, p.input.name);
          if (seen.has(key) || existing.has(key))
            errors.push({ path: '/name', message: `name: ${p.input.name} already exists in this unit` });
          seen.add(key);
        }
        reports.push({ row: i + 2, key: p.input.name, errors });
      }
      const bad = reports.filter((r) => r.errors.length > 0);
      const report: SystemImportReport = {
        kind: 'systems',
        dryRun,
        total: rows.length,
        valid: rows.length - bad.length,
        rows: reports,
        created: 0,
      };
      if (dryRun) return report;
      if (bad.length > 0) throw new DomainError('import.has_errors', { count: bad.length }, report);

      // One transaction and one multi-row insert per chunk: all rows or none.
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = deps.clock.now();
        const values = parsed.map(
          (p) => ({ ...systemColumns(p.input), updated_at: now }) as NewInformationSystemRow,
        );
        // The file's rows are unique by (operating unit, name): products follow their system by that key.
        const productsByKey = new Map(
          parsed.map((p) => [sameSystemKey(p.input.operatingUnitId, p.input.name), p.products]),
        );
        for (let i = 0; i < values.length; i += 500) {
          const inserted = await repo.insertSystems(trx, values.slice(i, i + 500));
          await insertSystemProducts(
            trx,
            inserted.flatMap((row) =>
              (productsByKey.get(sameSystemKey(row.operating_unit_id, row.name)) ?? []).map((product) => ({
                system_id: row.id,
                ...systemProductColumns(product),
                updated_at: now,
              })),
            ),
          );
          for (const row of inserted) {
            await audit({
              action: 'system.import',
              entityType: 'information_system',
              entityId: row.id,
              unitId: row.operating_unit_id,
              after: row,
            });
          }
        }
        await announce({ entity: 'system', id: 'import', action: 'import', unitIds: 'all' });
      });
      return { ...report, created: parsed.length };
    },

    /** The inventory as the caller may see it, filtered like the list, as XLSX or CSV. */
    async export(
      actor: RequestActor,
      query: Omit<SystemListQuery, 'limit' | 'offset'>,
      format: 'xlsx' | 'csv',
    ): Promise<ExportFile> {
      const rows = await repo.exportSystems(db, query, readReach(actor, 'system.read'), MAX_IMPORT_ROWS);
      const products = await productsOfSystems(
        db,
        rows.map((r) => r.id),
      );
      const bySystem = new Map<string, typeof products>();
      for (const p of products) bySystem.set(p.system_id, [...(bySystem.get(p.system_id) ?? []), p]);
      const cells = rows.map((r) => systemToCells(r, bySystem.get(r.id) ?? []));
      const stamp = deps.clock.now().toISOString().slice(0, 10);
      return format === 'csv'
        ? {
            filename: `he-thong-thong-tin-${stamp}.csv`,
            contentType: CSV_TYPE,
            bytes: writeCsv(SYSTEM_HEADERS, cells),
          }
        : {
            filename: `he-thong-thong-tin-${stamp}.xlsx`,
            contentType: XLSX_TYPE,
            bytes: await writeXlsx('Hệ thống thông tin', SYSTEM_HEADERS, cells),
          };
    },
  };
}
export type SystemImportService = ReturnType<typeof createSystemImportService>;
