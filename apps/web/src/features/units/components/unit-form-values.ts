import type { UnitInput } from '@ungcuu/domain/org/schemas.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { FocalPoint, Unit } from '../../../api/types.ts';
import { blankToNull, isEmail, isPhone } from '../../../lib/validators.ts';

export interface FocalValues {
  name: string;
  title: string;
  phone: string;
  mobile: string;
  email: string;
}

export interface UnitFormValues {
  code: string;
  name: string;
  type: UnitType | null;
  parentId: string | null;
  address: string;
  phone: string;
  email: string;
  website: string;
  leaderName: string;
  leaderTitle: string;
  intakeEmail: string;
  notes: string;
  focalMain: FocalValues;
  focalBackup: FocalValues;
}

const FOCAL_FIELDS = ['name', 'title', 'phone', 'mobile', 'email'] as const;

function focalValues(f: FocalPoint | null): FocalValues {
  return {
    name: f?.name ?? '',
    title: f?.title ?? '',
    phone: f?.phone ?? '',
    mobile: f?.mobile ?? '',
    email: f?.email ?? '',
  };
}

export function unitFormValues(unit?: Unit): UnitFormValues {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    type: unit?.type ?? null,
    parentId: unit?.parentId ?? null,
    address: unit?.address ?? '',
    phone: unit?.phone ?? '',
    email: unit?.email ?? '',
    website: unit?.website ?? '',
    leaderName: unit?.leaderName ?? '',
    leaderTitle: unit?.leaderTitle ?? '',
    intakeEmail: unit?.intakeEmail ?? '',
    notes: unit?.notes ?? '',
    focalMain: focalValues(unit?.focalMain ?? null),
    focalBackup: focalValues(unit?.focalBackup ?? null),
  };
}

export const focalIsEmpty = (f: FocalValues) => FOCAL_FIELDS.every((k) => f[k].trim() === '');

/** An all-empty contact point is "not appointed" (null); otherwise only the filled fields travel. */
function focalInput(f: FocalValues): FocalPoint | null {
  if (focalIsEmpty(f)) return null;
  const out: FocalPoint = { name: f.name.trim() };
  for (const k of ['title', 'phone', 'mobile', 'email'] as const) {
    const v = f[k].trim();
    if (v) out[k] = v;
  }
  return out;
}

export function unitInput(v: UnitFormValues): UnitInput {
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    type: v.type ?? 'agency',
    parentId: v.parentId,
    address: blankToNull(v.address),
    phone: blankToNull(v.phone),
    email: blankToNull(v.email),
    website: blankToNull(v.website),
    leaderName: blankToNull(v.leaderName),
    leaderTitle: blankToNull(v.leaderTitle),
    intakeEmail: blankToNull(v.intakeEmail),
    notes: blankToNull(v.notes),
    focalMain: focalInput(v.focalMain),
    focalBackup: focalInput(v.focalBackup),
  };
}

interface Messages {
  required: string;
  code: string;
  name: string;
  type: string;
  email: string;
  phone: string;
  focalName: string;
}

function focalRules(m: Messages) {
  return {
    name: (value: string, all: UnitFormValues, path: string) => {
      const focal = path.startsWith('focalMain') ? all.focalMain : all.focalBackup;
      return !focalIsEmpty(focal) && value.trim() === '' ? m.focalName : null;
    },
    phone: (value: string) => (value.trim() === '' || isPhone(value) ? null : m.phone),
    mobile: (value: string) => (value.trim() === '' || isPhone(value) ? null : m.phone),
    email: (value: string) => (value.trim() === '' || isEmail(value) ? null : m.email),
  };
}

/** Rules for @mantine/form, the same limits as the domain's UnitInputSchema. */
export function unitRules(m: Messages) {
  const email = (value: string) => (value.trim() === '' || isEmail(value) ? null : m.email);
  const phone = (value: string) => (value.trim() === '' || isPhone(value) ? null : m.phone);
  return {
    code: (value: string) => (/^[A-Za-z0-9_.-]{1,40}$/.test(value.trim()) ? null : m.code),
    name: (value: string) => (value.trim().length >= 2 ? null : m.name),
    type: (value: UnitType | null) => (value ? null : m.type),
    phone,
    email,
    intakeEmail: email,
    focalMain: focalRules(m),
    focalBackup: focalRules(m),
  };
}
