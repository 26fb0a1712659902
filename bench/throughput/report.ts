// Figures of the throughput bench: each printed beside its aim and the machine's load average
// when it was taken, then once more in the summary at the end.

import { loadavg } from 'node:os';

export interface Figure {
  name: string;
  value: string;
  aim: string;
  met: boolean | null;
  load: string;
}

const figures: Figure[] = [];

export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** `met` is null for a reference figure (no aim). */
export function figure(name: string, value: string, aim: string, met: boolean | null) {
  const f = { name, value, aim, met, load: loadAverage() };
  figures.push(f);
  console.log(
    `  ${name}: ${value}   [aim ${aim}: ${met === null ? '—' : met ? 'met' : 'NOT met'}]  (load ${f.load})`,
  );
}

export function printSummary() {
  console.log(`\nSummary (load average at the end ${loadAverage()}):`);
  for (const f of figures)
    console.log(
      `${f.met === null ? '   ' : f.met ? 'met' : 'NOT'}  ${f.name}: ${f.value}  [aim ${f.aim}]  load ${f.load}`,
    );
}

/** The q-quantile of an ascending array. */
export const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
