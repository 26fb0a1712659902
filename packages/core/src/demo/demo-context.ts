import type { Trx } from '../shared/context.ts';
import type { DemoRandom } from './demo-random.ts';

/** What the loaders of the demo town share: who exists, what earlier loaders made, the clock. */
export interface DemoContext {
  rnd: DemoRandom;
  now: Date;
  /** Written in the notes of the demo's systems: how a second load knows the town is there. */
  marker: string;
  units: Map<string, { id: string; name: string; type: string }>;
  users: Map<string, { id: string; fullName: string; unitId: string }>;
  systems: DemoSystemRef[];
  risks: { id: string; systemId: string; subtype: string }[];
  /** The default annual checklist (seeded before the load's transaction). */
  templateId: string;
  /** Rows written per table by this load (printed and checked by the test). */
  written: Record<string, number>;
}

export interface DemoSystemRef {
  id: string;
  name: string;
  kind: string;
  unitCode: string;
  unitId: string;
  level: number | null;
  approved: boolean;
}

/** A part of the demo town; loaders run in order in one transaction (docs/decisions/0026). */
export interface DemoLoader {
  name: string;
  load(trx: Trx, ctx: DemoContext): Promise<void>;
}

export function unitId(ctx: DemoContext, code: string): string {
  const unit = ctx.units.get(code);
  if (!unit) throw new Error(`demo unit ${code} missing`);
  return unit.id;
}

export function userId(ctx: DemoContext, username: string): string {
  const user = ctx.users.get(username);
  if (!user) throw new Error(`demo user ${username} missing`);
  return user.id;
}

/** Folded, dash-joined: "UBND phường Bạch Sam" → "bach-sam" style slugs for addresses. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^ubnd (phuong|xa) /, '')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 30);
}

export const WARDS = [
  'P-BANYENNHAN',
  'P-PHANDINHPHUNG',
  'P-NHANHOA',
  'P-DISU',
  'P-PHUNGCHIKIEN',
  'P-BACHSAM',
  'P-MINHDUC',
  'X-HUNGLONG',
  'X-NGOCLAM',
  'X-XUANDUC',
  'X-HOAPHONG',
  'X-CAMXA',
  'X-DUONGQUANG',
] as const;

export const AGENCIES = ['NOIVU', 'TUPHAP', 'KINHTE', 'GDDT', 'YTE', 'TTVHTT'] as const;
