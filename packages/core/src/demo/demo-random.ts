/**
 * The demo town is generated, not random: a seeded PRNG (mulberry32) makes every load give the
 * same systems, incidents and figures, so screenshots, tests and the user guide agree.
 */
export interface DemoRandom {
  /** [0, 1) */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Items picked with weights (same length). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** k distinct items. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A version-4-shaped uuid from the stream (ids are known before the rows are written). */
  uuid(): string;
}

export function demoRandom(seed: number): DemoRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    weighted(items, weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    sample(items, k) {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < k && pool.length > 0)
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}

const DAY_MS = 86_400_000;

/** A day `days` before `now`, as 'yyyy-mm-dd' (Vietnam's calendar is UTC+7; noon avoids the edge). */
export function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS + 7 * 3600_000).toISOString().slice(0, 10);
}

export function dayAfter(now: Date, days: number): string {
  return dayBefore(now, -days);
}

export function hoursAfter(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3600_000);
}
