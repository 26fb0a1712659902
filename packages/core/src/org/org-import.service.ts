import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { isRole } from '@ungcuu/domain/org/roles.ts';
import {
  type UnitInput,
  UnitInputSchema,
  type UserInput,
  UserInputSchema,
} from '@ungcuu/domain/org/schemas.ts';
import { isUnitType, UNIT_TYPES } from '@ungcuu/domain/org/unit-types.ts';
import { type ValidationIssue, validationIssues } from '@ungcuu/domain/validation.ts';
import { generateOneTimePassword, hashPassword } from '../auth/password.ts';
import { pick, readTabular, sourceRow, type TabularFormat, type TabularRow } from '../import/tabular.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import * as units from './unit.repository.ts';
import * as users from './user.repository.ts';
import { auditableUser } from './user.view.ts';

export interface RowReport {
  row: number;
  key: string;
  errors: ValidationIssue[];
}

export interface ImportReport {
  kind: 'units' | 'users';
  dryRun: boolean;
  total: number;
  valid: number;
  rows: RowReport[];
  created: number;
  /** Users created without a password get a one-time password, listed once here. */
  credentials?: { username: string; oneTimePassword: string }[];
}

function unitFromRow(row: TabularRow): UnitInput & { parentCode?: string } {
  const rawType = pick(row, 'type', 'loai', 'loai_don_vi') ?? '';
  const focalName = pick(row, 'focal_main_name', 'dau_moi_chinh', 'dau_moi_chinh_ho_ten');
  const backupName = pick(row, 'focal_backup_name', 'dau_moi_du_phong', 'dau_moi_du_phong_ho_ten');
  return {
    code: pick(row, 'code', 'ma', 'ma_don_vi') ?? '',
    name: pick(row, 'name', 'ten', 'ten_don_vi') ?? '',
    type: (isUnitType(rawType) ? rawType : rawType) as UnitInput['type'],
    ...(pick(row, 'parent_code', 'ma_don_vi_cap_tren', 'don_vi_cap_tren')
      ? { parentCode: pick(row, 'parent_code', 'ma_don_vi_cap_tren', 'don_vi_cap_tren')! }
      : {}),
    ...spread('address', pick(row, 'address', 'dia_chi')),
    ...spread('phone', pick(row, 'phone', 'dien_thoai', 'so_dien_thoai')),
    ...spread('email', pick(row, 'email', 'thu_dien_tu')),
    ...spread('website', pick(row, 'website', 'trang_thong_tin')),
    ...spread('leaderName', pick(row, 'leader_name', 'lanh_dao_phu_trach')),
    ...(focalName
      ? {
          focalMain: {
            name: focalName,
            ...spread('phone', pick(row, 'focal_main_phone', 'dau_moi_chinh_dien_thoai')),
            ...spread('email', pick(row, 'focal_main_email', 'dau_moi_chinh_email')),
          },
        }
      : {}),
    ...(backupName
      ? {
          focalBackup: {
            name: backupName,
            ...spread('phone', pick(row, 'focal_backup_phone', 'dau_moi_du_phong_dien_thoai')),
            ...spread('email', pick(row, 'focal_backup_email', 'dau_moi_du_phong_email')),
          },
        }
      : {}),
  };
}

function spread(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}

function describe(issue: ValidationIssue): ValidationIssue {
  return { path: issue.path, message: `${issue.path.replace(/^\//, '') || 'row'}: ${issue.message}` };
}

/** Imports units or users from CSV/XLSX. A dry run reports every row's errors and writes nothing. */
export function createOrgImportService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function planUnits(rows: TabularRow[]) {
    const reports: RowReport[] = [];
    const codesInFile = new Set<string>();
    const planned: (UnitInput & { parentCode?: string })[] = [];
    for (const [i, raw] of rows.entries()) {
      const input = unitFromRow(raw);
      const { parentCode, ...unit } = input;
      const errors = validationIssues(UnitInputSchema, unit).map(describe);
      if (unit.type && !isUnitType(unit.type))
        errors.push({ path: '/type', message: `type: ${unit.type} ∉ ${UNIT_TYPES.join(', ')}` });
      const code = unit.code.toLowerCase();
      if (code && (codesInFile.has(code) || (await units.findUnitByCode(db, unit.code))))
        errors.push({ path: '/code', message: `code: ${unit.code} already exists` });
      if (
        parentCode &&
        !codesInFile.has(parentCode.toLowerCase()) &&
        !(await units.findUnitByCode(db, parentCode))
      ) {
        errors.push({ path: '/parent_code', message: `parent_code: ${parentCode} not found` });
      }
      codesInFile.add(code);
      reports.push({ row: sourceRow(raw) ?? i + 2, key: unit.code, errors });
      planned.push(input);
    }
    return { reports, planned };
  }

  async function planUsers(rows: TabularRow[]) {
    const reports: RowReport[] = [];
    const names = new Set<string>();
    const planned: UserInput[] = [];
    for (const [i, raw] of rows.entries()) {
      const unitCode = pick(raw, 'unit_code', 'ma_don_vi', 'don_vi') ?? '';
      const unit = unitCode ? await units.findUnitByCode(db, unitCode) : undefined;
      const roles = (pick(raw, 'roles', 'role', 'vai_tro') ?? '').split(/[,;| ]+/).filter(Boolean);
      const input = {
        username: pick(raw, 'username', 'ten_dang_nhap') ?? '',
        fullName: pick(raw, 'full_name', 'ho_ten', 'ho_va_ten') ?? '',
        unitId: unit?.id ?? '00000000-0000-0000-0000-000000000000',
        roles: roles as UserInput['roles'],
        ...spread('title', pick(raw, 'title', 'chuc_vu')),
        ...spread('email', pick(raw, 'email', 'thu_dien_tu')),
        ...spread('phone', pick(raw, 'phone', 'dien_thoai', 'so_dien_thoai')),
      } as UserInput;
      const errors = validationIssues(UserInputSchema, input).map(describe);
      if (!unit) errors.push({ path: '/unit_code', message: `unit_code: ${unitCode || '∅'} not found` });
      for (const r of roles)
        if (!isRole(r)) errors.push({ path: '/roles', message: `roles: ${r} is not a role` });
      const key = input.username.toLowerCase();
      if (key && (names.has(key) || (await users.findUserByUsername(db, input.username))))
        errors.push({ path: '/username', message: `username: ${input.username} already exists` });
      names.add(key);
      reports.push({ row: sourceRow(raw) ?? i + 2, key: input.username, errors });
      planned.push(input);
    }
    return { reports, planned };
  }

  return {
    async run(
      actor: RequestActor,
      kind: 'units' | 'users',
      bytes: Buffer,
      format: TabularFormat,
      dryRun: boolean,
    ): Promise<ImportReport> {
      if (!can(actor, 'import.run')) throw new DomainError('forbidden');
      const rows = await readTabular(bytes, format);
      if (rows.length === 0) throw new DomainError('import.bad_file', { detail: 'no rows' });
      const { reports, planned } = kind === 'units' ? await planUnits(rows) : await planUsers(rows);
      const bad = reports.filter((r) => r.errors.length > 0);
      const report: ImportReport = {
        kind,
        dryRun,
        total: rows.length,
        valid: rows.length - bad.length,
        rows: reports,
        created: 0,
      };
      if (dryRun) return report;
      if (bad.length > 0) throw new DomainError('import.has_errors', { count: bad.length }, report);

      const credentials: { username: string; oneTimePassword: string }[] = [];
      const hashes = new Map<string, string>();
      if (kind === 'users') {
        for (const u of planned as UserInput[]) {
          const otp = generateOneTimePassword();
          credentials.push({ username: u.username, oneTimePassword: otp });
          hashes.set(u.username, await hashPassword(otp));
        }
      }
      // One transaction for the whole file: a failure on row 900 leaves nothing of rows 1–899.
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const codeToId = new Map<string, string>();
        for (const item of planned) {
          if (kind === 'units') {
            const { parentCode, ...u } = item as UnitInput & { parentCode?: string };
            const parentId = parentCode
              ? (codeToId.get(parentCode.toLowerCase()) ??
                (await units.findUnitByCode(trx, parentCode))?.id ??
                null)
              : null;
            const row = await units.insertUnit(trx, {
              code: u.code.trim(),
              name: u.name.trim(),
              type: u.type,
              parent_id: parentId,
              address: u.address ?? null,
              phone: u.phone || null,
              email: u.email || null,
              website: u.website ?? null,
              leader_name: u.leaderName ?? null,
              leader_title: null,
              intake_email: null,
              focal_main: u.focalMain ? JSON.stringify(u.focalMain) : null,
              focal_backup: u.focalBackup ? JSON.stringify(u.focalBackup) : null,
              notes: null,
              updated_at: clock.now(),
            });
            codeToId.set(row.code.toLowerCase(), row.id);
            await audit({
              action: 'unit.import',
              entityType: 'unit',
              entityId: row.id,
              unitId: row.id,
              after: row,
            });
          } else {
            const u = item as UserInput;
            const row = await users.insertUser(trx, {
              unit_id: u.unitId,
              username: u.username.trim(),
              full_name: u.fullName.trim(),
              title: u.title ?? null,
              email: u.email || null,
              phone: u.phone || null,
              roles: [...u.roles],
              password_hash: hashes.get(u.username)!,
              must_change_password: true,
              totp_secret: null,
              locked_until: null,
              last_login_at: null,
              updated_at: clock.now(),
            });
            await audit({
              action: 'user.import',
              entityType: 'user',
              entityId: row.id,
              unitId: row.unit_id,
              after: auditableUser(row),
            });
          }
        }
        await announce({
          entity: kind === 'units' ? 'unit' : 'user',
          id: 'import',
          action: 'import',
          unitIds: 'all',
        });
      });
      return { ...report, created: planned.length, ...(kind === 'users' ? { credentials } : {}) };
    },
  };
}
export type OrgImportService = ReturnType<typeof createOrgImportService>;
