/**
 * Accuracy and speed of the classification suggester on the labelled report set.
 *
 *   npx tsx bench/classifier-accuracy.ts [--split=all|dev|holdout] [--misses]
 *
 * `dev` is the part the lexicon may be tuned against, `holdout` every fourth report, kept apart
 * so that its figure estimates accuracy on reports the lexicon was not fitted to. `--misses`
 * lists the misclassified reports of the chosen split (do not use it on the holdout when tuning).
 */
import { suggestClassification } from '../packages/domain/src/incidents/classifier.ts';
import { CAUSE_GROUPS, causeGroupOf, SUBTYPES } from '../packages/domain/src/incidents/taxonomy.ts';
import {
  CLASSIFICATION_SET,
  isHeldOut,
  type LabelledReport,
} from '../packages/domain/src/incidents/testdata/classification-set.ts';

type Split = 'all' | 'dev' | 'holdout';

interface Outcome {
  report: LabelledReport;
  got: string;
  groupOk: boolean;
  subtypeOk: boolean;
  confidence: number;
}

interface Tally {
  n: number;
  group: number;
  subtype: number;
}

function parseArgs(argv: string[]): { split: Split; misses: boolean } {
  const splitArg = argv.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'all';
  if (splitArg !== 'all' && splitArg !== 'dev' && splitArg !== 'holdout') {
    throw new Error(`--split must be all, dev or holdout, not "${splitArg}"`);
  }
  return { split: splitArg, misses: argv.includes('--misses') };
}

function inSplit(index: number, split: Split): boolean {
  if (split === 'all') return true;
  return split === 'holdout' ? isHeldOut(index) : !isHeldOut(index);
}

function classify(report: LabelledReport): Outcome {
  const s = suggestClassification(report.text);
  const got = s?.subtype ?? '(none)';
  return {
    report,
    got,
    groupOk: s !== null && s.causeGroup === causeGroupOf(report.subtype),
    subtypeOk: got === report.subtype,
    confidence: s?.confidence ?? 0,
  };
}

function tally(outcomes: Outcome[]): Tally {
  return {
    n: outcomes.length,
    group: outcomes.filter((o) => o.groupOk).length,
    subtype: outcomes.filter((o) => o.subtypeOk).length,
  };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '    –' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function printTable(title: string, rows: [string, Tally][], which: 'both' | 'group' | 'subtype'): void {
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const head =
    which === 'both'
      ? 'n     group ok        subtype ok'
      : `n     ${which === 'group' ? 'group' : 'subtype'} ok`;
  console.log(`\n${title.padEnd(width)}  ${head}`);
  for (const [key, t] of rows) {
    const g = `${String(t.group).padStart(4)} ${pct(t.group, t.n)}`;
    const s = `${String(t.subtype).padStart(4)} ${pct(t.subtype, t.n)}`;
    const cols = which === 'both' ? `${g}    ${s}` : which === 'group' ? g : s;
    console.log(`${key.padEnd(width)}  ${String(t.n).padStart(3)}  ${cols}`);
  }
}

function throughput(texts: string[]): { perSecond: number; meanMicros: number } {
  for (const t of texts) suggestClassification(t); // warm-up: lexicon index and JIT
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (const t of texts) suggestClassification(t);
    runs += texts.length;
    elapsed = performance.now() - started;
  }
  return { perSecond: Math.round((runs / elapsed) * 1000), meanMicros: (elapsed * 1000) / runs };
}

function main(): void {
  const { split, misses } = parseArgs(process.argv.slice(2));
  const outcomes = CLASSIFICATION_SET.flatMap((r, i) => (inSplit(i, split) ? [classify(r)] : []));
  const all = tally(outcomes);

  console.log(`Classification suggester, split "${split}": ${all.n} reports`);
  const summary: [string, Tally][] = [
    ['overall', all],
    ['not ambiguous', tally(outcomes.filter((o) => !o.report.ambiguous))],
    ['ambiguous', tally(outcomes.filter((o) => o.report.ambiguous))],
  ];
  if (split === 'all') {
    summary.push(['  dev split', tally(outcomes.filter((_, i) => !isHeldOut(i)))]);
    summary.push(['  holdout split', tally(outcomes.filter((_, i) => isHeldOut(i)))]);
  }
  printTable('Summary', summary, 'both');

  printTable(
    'Per cause group',
    CAUSE_GROUPS.map((g) => [g, tally(outcomes.filter((o) => causeGroupOf(o.report.subtype) === g))]),
    'both',
  );
  printTable(
    'Per subtype',
    SUBTYPES.map((s) => [s, tally(outcomes.filter((o) => o.report.subtype === s))]),
    'subtype',
  );
  printTable(
    'Per language',
    (['vi', 'vi-nodiacritics', 'en'] as const).map((l) => [
      l,
      tally(outcomes.filter((o) => o.report.lang === l)),
    ]),
    'both',
  );

  const pairs = new Map<string, number>();
  for (const o of outcomes.filter((x) => !x.subtypeOk)) {
    const key = `${o.report.subtype} → ${o.got}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  console.log('\nConfusion pairs (expected → got)');
  const sorted = [...pairs.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [pair, count] of sorted) console.log(`  ${String(count).padStart(3)}  ${pair}`);
  if (sorted.length === 0) console.log('  none');

  if (misses) {
    console.log('\nMisses');
    for (const o of outcomes.filter((x) => !x.subtypeOk)) {
      console.log(`  [${o.report.subtype} → ${o.got} @${o.confidence}] ${o.report.text}`);
    }
  }

  const speed = throughput(CLASSIFICATION_SET.map((r) => r.text));
  console.log(
    `\nThroughput: ${speed.perSecond.toLocaleString('en')} classifications/s (mean ${speed.meanMicros.toFixed(1)} µs per report)`,
  );
}

main();
