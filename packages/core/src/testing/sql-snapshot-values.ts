// Fixed arguments for the SQL snapshot cases: the same text on every run.
export const ID = '00000000-0000-4000-8000-000000000001';
export const ID2 = '00000000-0000-4000-8000-000000000002';
export const UNIT = '00000000-0000-4000-8000-0000000000a1';
export const USER = '00000000-0000-4000-8000-0000000000b1';
export const NOW = new Date('2026-12-05T08:00:00.000Z');
export const OWN_UNIT = { all: false, unitId: UNIT } as const;
export const ALL = { all: true } as const;
