/**
 * Accuracy and speed of the classification suggesters (issue 14).
 *
 *   npx tsx bench/classifier-accuracy.ts [--folds=5] [--skip-10k] [--misses]
 *
 * Three suggesters: the keyword lexicon alone, the learned model alone (trained without the
 * lexicon's opinion among its features) and the combination (the model with the lexicon's
 * opinion as features, what the product uses). Measured by k-fold cross-validation on the
 * training corpus (generated reports + the original 352-report set; folds keep all variants of
 * one seed line together) and on the untouched test part (classifier-test-set.ts), trained on
 * the whole training corpus. Also: calibration of the combination's confidence, coverage at the
 * suggestion threshold, classifications per second and training time on 10,000 examples.
 * Times are given as wall clock and as this process's CPU time (the machine may be shared).
 */
import { suggestClassification } from '../packages/domain/src/incidents/classifier.ts';
import {
  type ClassifierModel,
  type TrainingExample,
  trainModel,
} from '../packages/domain/src/incidents/classifier-model.ts';
import { shippedTrainingSet } from '../packages/domain/src/incidents/classifier-shipped.ts';
import {
  SUGGESTION_THRESHOLD,
  suggestWithModel,
  UNCUED_THRESHOLD,
} from '../packages/domain/src/incidents/classifier-suggest.ts';
import {
  CAUSE_GROUPS,
  causeGroupOf,
  SUBTYPES,
  type Subtype,
} from '../packages/domain/src/incidents/taxonomy.ts';
import { CLASSIFICATION_SET } from '../packages/domain/src/incidents/testdata/classification-set.ts';
import { classifierCorpus } from '../packages/domain/src/incidents/testdata/classifier-corpus.ts';
import { CLASSIFIER_TEST_ROWS } from '../packages/domain/src/incidents/testdata/classifier-test-set.ts';

interface Labelled {
  text: string;
  subtype: Subtype;
  /** Reports of one seed line share a fold. */
  group: string;
  style: string;
}
interface Outcome {
  text: string;
  expected: Subtype;
  got: Subtype | null;
  confidence: number;
  style: string;
}
type Suggester = 'lexicon' | 'model' | 'combined';
const SUGGESTERS: Suggester[] = ['lexicon', 'model', 'combined'];

const args = process.argv.slice(2);
const FOLDS = Number(args.find((a) => a.startsWith('--folds='))?.split('=')[1] ?? 5);

function corpus(): Labelled[] {
  return [
    ...classifierCorpus().map((r) => ({ text: r.text, subtype: r.subtype, group: r.seed, style: r.style })),
    ...CLASSIFICATION_SET.map((r, i) => ({
      text: r.text,
      subtype: r.subtype,
      group: `set/${i}`,
      style: r.lang,
    })),
  ];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function classify(which: Suggester, text: string, models: Record<'model' | 'combined', ClassifierModel>) {
  if (which === 'lexicon') {
    const s = suggestClassification(text);
    return s ? { got: s.subtype, confidence: s.confidence } : { got: null, confidence: 0 };
  }
  // Threshold 0: accuracy counts every report; coverage at the threshold is printed apart.
  const s = suggestWithModel(text, models[which], { threshold: 0 });
  return s ? { got: s.subtype, confidence: s.confidence } : { got: null, confidence: 0 };
}

function train(examples: TrainingExample[]): Record<'model' | 'combined', ClassifierModel> {
  return {
    model: trainModel(examples, { lexicon: false }),
    combined: trainModel(examples, { lexicon: true }),
  };
}

function evaluate(rows: Labelled[], models: Record<'model' | 'combined', ClassifierModel>) {
  const out = {} as Record<Suggester, Outcome[]>;
  for (const which of SUGGESTERS)
    out[which] = rows.map((r) => ({
      text: r.text,
      expected: r.subtype,
      ...classify(which, r.text, models),
      style: r.style,
    }));
  return out;
}

function pct(a: number, n: number): string {
  return n === 0 ? '     –' : `${((100 * a) / n).toFixed(1).padStart(5)}%`;
}

function tally(outcomes: Outcome[]) {
  const n = outcomes.length;
  const group = outcomes.filter((o) => o.got && causeGroupOf(o.got) === causeGroupOf(o.expected)).length;
  const subtype = outcomes.filter((o) => o.got === o.expected).length;
  return { n, group, subtype };
}

function printSummary(title: string, results: Record<Suggester, Outcome[]>): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(28)}${SUGGESTERS.map((s) => `${s.padStart(10)} grp / sub`).join('  ')}`);
  const line = (label: string, filter: (o: Outcome) => boolean) => {
    const cells = SUGGESTERS.map((s) => {
      const t = tally(results[s].filter(filter));
      return `${pct(t.group, t.n)} / ${pct(t.subtype, t.n)}`;
    });
    console.log(
      `${label.padEnd(22)}${String(results.lexicon.filter(filter).length).padStart(5)}  ${cells.join('  ')}`,
    );
  };
  line('all', () => true);
  for (const g of CAUSE_GROUPS) line(`group ${g}`, (o) => causeGroupOf(o.expected) === g);
  const styles = [...new Set(results.lexicon.map((o) => o.style))];
  for (const st of styles) line(`style ${st}`, (o) => o.style === st);
}

function printSubtypes(title: string, results: Record<Suggester, Outcome[]>): void {
  console.log(`\n${title}: subtype accuracy`);
  console.log(`${'subtype'.padEnd(26)}    n  ${SUGGESTERS.map((s) => s.padStart(9)).join(' ')}`);
  for (const st of SUBTYPES) {
    const cells = SUGGESTERS.map((s) => {
      const t = tally(results[s].filter((o) => o.expected === st));
      return pct(t.subtype, t.n).padStart(9);
    });
    console.log(
      `${st.padEnd(26)} ${String(results.lexicon.filter((o) => o.expected === st).length).padStart(4)}  ${cells.join(' ')}`,
    );
  }
}

function printCalibration(title: string, outcomes: Outcome[]): void {
  console.log(`\n${title}: calibration of the combination's subtype confidence`);
  const bins = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01];
  for (let i = 0; i + 1 < bins.length; i++) {
    const inBin = outcomes.filter((o) => o.got && o.confidence >= bins[i]! && o.confidence < bins[i + 1]!);
    const right = inBin.filter((o) => o.got === o.expected).length;
    const mean = inBin.reduce((a, o) => a + o.confidence, 0) / Math.max(1, inBin.length);
    console.log(
      `  confidence ${bins[i]!.toFixed(1)}–${Math.min(1, bins[i + 1]!).toFixed(1)}: ${String(inBin.length).padStart(4)} reports, mean ${mean.toFixed(2)}, right ${pct(right, inBin.length)}`,
    );
  }
}

function printCoverage(title: string, rows: Labelled[], model: ClassifierModel): void {
  const shown = rows.map((r) => ({ r, s: suggestWithModel(r.text, model) })).filter((x) => x.s);
  const right = shown.filter((x) => x.s!.subtype === x.r.subtype).length;
  const groupRight = shown.filter((x) => x.s!.causeGroup === causeGroupOf(x.r.subtype)).length;
  console.log(
    `\n${title}: at the threshold (group probability ≥ ${SUGGESTION_THRESHOLD}, subtype ≥ ${UNCUED_THRESHOLD} without a lexicon cue) a suggestion is shown for ${pct(shown.length, rows.length)} of reports; of those ${pct(groupRight, shown.length)} group, ${pct(right, shown.length)} subtype right`,
  );
}

function printConfusion(title: string, outcomes: Outcome[]): void {
  const pairs = new Map<string, number>();
  for (const o of outcomes.filter((x) => x.got !== x.expected)) {
    const key = `${o.expected} → ${o.got ?? '(none)'}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  console.log(`\n${title}: most frequent confusions (expected → got)`);
  for (const [k, v] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`  ${String(v).padStart(3)}  ${k}`);
}

function timed<T>(f: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = f();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function main(): void {
  const all = corpus();
  console.log(
    `Training corpus: ${all.length} reports (${classifierCorpus().length} generated + ${CLASSIFICATION_SET.length} original set), ${FOLDS}-fold CV by seed line`,
  );

  const cv = { lexicon: [], model: [], combined: [] } as Record<Suggester, Outcome[]>;
  for (let k = 0; k < FOLDS; k++) {
    const held = all.filter((r) => hash(r.group) % FOLDS === k);
    const kept = all.filter((r) => hash(r.group) % FOLDS !== k);
    const results = evaluate(
      held,
      train(kept.map((r) => ({ text: r.text, subtype: r.subtype, group: r.group }))),
    );
    for (const s of SUGGESTERS) cv[s].push(...results[s]);
  }
  printSummary(`Cross-validation on the training corpus (${all.length} reports)`, cv);
  printSubtypes('Cross-validation', cv);

  const trainedAll = timed(() => train(shippedTrainingSet()));
  const test: Labelled[] = CLASSIFIER_TEST_ROWS.map(([subtype, style, text], i) => ({
    text,
    subtype,
    style,
    group: `t${i}`,
  }));
  const onTest = evaluate(test, trainedAll.value);
  printSummary(`UNTOUCHED TEST PART (${test.length} reports, never tuned on)`, onTest);
  printSubtypes('Untouched test part', onTest);
  printConfusion('Untouched test part, combination', onTest.combined);
  printCalibration('Untouched test part', onTest.combined);
  printCalibration('Cross-validation', cv.combined);
  printCoverage('Untouched test part', test, trainedAll.value.combined);

  const texts = test.map((r) => r.text);
  const model = trainedAll.value.combined;
  for (const t of texts) suggestWithModel(t, model);
  let runs = 0;
  const speed = timed(() => {
    const start = performance.now();
    while (performance.now() - start < 2000) {
      for (const t of texts) suggestWithModel(t, model);
      runs += texts.length;
    }
  });
  const lexSpeed = timed(() => {
    for (let k = 0; k < 5; k++) for (const t of texts) suggestClassification(t);
  });
  console.log(
    `\nThroughput, combination: ${Math.round((runs / speed.wallMs) * 1000).toLocaleString('en')} classifications/s wall, ${Math.round((runs / speed.cpuMs) * 1000).toLocaleString('en')}/s of CPU time; lexicon alone ${Math.round(((5 * texts.length) / lexSpeed.cpuMs) * 1000).toLocaleString('en')}/s of CPU time`,
  );
  console.log(
    `Training (both models, ${shippedTrainingSet().length} examples): ${(trainedAll.wallMs / 1000).toFixed(1)} s wall, ${(trainedAll.cpuMs / 1000).toFixed(1)} s CPU`,
  );
  if (!args.includes('--skip-10k')) {
    const big = classifierCorpus(400).map((r) => ({ text: r.text, subtype: r.subtype }));
    const t = timed(() => trainModel(big.slice(0, 10_000)));
    console.log(
      `Training the combination on ${Math.min(10_000, big.length).toLocaleString('en')} examples: ${(t.wallMs / 1000).toFixed(1)} s wall, ${(t.cpuMs / 1000).toFixed(1)} s CPU (${t.value.features.length} features)`,
    );
  }
  if (args.includes('--misses')) {
    console.log('\nMisses of the combination in cross-validation (never print the test part when tuning)');
    for (const o of cv.combined.filter((x) => x.got !== x.expected))
      console.log(`  [${o.expected} → ${o.got}] ${o.text}`);
  }
}

main();
