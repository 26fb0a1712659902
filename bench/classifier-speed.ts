/**
 * CPU cost of classifying one incident report (issue 13): the learned suggester with the shipped
 * model, as intake calls it, one report at a time and many at once.
 *
 *   npx tsx bench/classifier-speed.ts [--passes=20]
 *
 * Texts: the classifier corpus (generated training part), the original 352-report set and the
 * untouched test part. Figures are this process's CPU time (`process.cpuUsage()`), so they hold up
 * on a shared machine; p50/p95 are per-report CPU-bound wall times of single calls (noisier).
 * "before" is the implementation kept as a test-only reference (testdata/classifier-reference/),
 * measured in the same run. "cold" is the first pass, before the per-word caches know the corpus's words.
 */
import { shippedModel } from '../packages/domain/src/incidents/classifier-shipped.ts';
import {
  suggestManyWithModel,
  suggestWithModel,
} from '../packages/domain/src/incidents/classifier-suggest.ts';
import { CLASSIFICATION_SET } from '../packages/domain/src/incidents/testdata/classification-set.ts';
import { classifierCorpus } from '../packages/domain/src/incidents/testdata/classifier-corpus.ts';
import { suggestWithModel as referenceSuggest } from '../packages/domain/src/incidents/testdata/classifier-reference/suggest.ts';
import { CLASSIFIER_TEST_ROWS } from '../packages/domain/src/incidents/testdata/classifier-test-set.ts';

const passes = Number(process.argv.find((a) => a.startsWith('--passes='))?.split('=')[1] ?? 20);

const texts = [
  ...classifierCorpus().map((r) => r.text),
  ...CLASSIFICATION_SET.map((r) => r.text),
  ...CLASSIFIER_TEST_ROWS.map((r) => r[2]),
];
// A typical report is a title and a few sentences: three reports of the set joined (~260 characters).
const typical = texts.map(
  (t, i) => `${t}\n${texts[(i * 7 + 3) % texts.length]} ${texts[(i * 13 + 5) % texts.length]}`,
);
const model = shippedModel();

function cpuMicros(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

const sink: unknown[] = [];

function measure(label: string, set: readonly string[]): void {
  const n = set.length;
  // The implementation before issue 13's work, in the same process under the same load.
  for (const t of set) sink[0] = referenceSuggest(t, model);
  const reference = cpuMicros(() => {
    for (let p = 0; p < Math.ceil(passes / 4); p++) for (const t of set) sink[0] = referenceSuggest(t, model);
  });
  const cold = cpuMicros(() => {
    for (const t of set) sink.push(suggestWithModel(t, model));
  });
  const single = cpuMicros(() => {
    for (let p = 0; p < passes; p++) for (const t of set) sink[0] = suggestWithModel(t, model);
  });
  const perCall: number[] = [];
  for (const t of set) {
    const start = performance.now();
    sink[0] = suggestWithModel(t, model);
    perCall.push((performance.now() - start) * 1000);
  }
  perCall.sort((a, b) => a - b);
  const pct = (q: number) => perCall[Math.min(perCall.length - 1, Math.floor(q * perCall.length))]!;
  const batched = cpuMicros(() => {
    for (let p = 0; p < passes; p++) sink[0] = suggestManyWithModel(set, model);
  });
  const chars = set.reduce((k, t) => k + t.length, 0) / n;
  console.log(`\n${label}: ${n} reports, ${chars.toFixed(0)} characters on average, ${passes} passes`);
  console.log(
    `  before (reference):  ${(reference / (n * Math.ceil(passes / 4))).toFixed(1)} µs CPU per report (warm)`,
  );
  console.log(`  cold (first pass):   ${(cold / n).toFixed(1)} µs CPU per report`);
  console.log(`  single (warm):       ${(single / (n * passes)).toFixed(1)} µs CPU per report`);
  console.log(`  single p50 / p95:    ${pct(0.5).toFixed(1)} / ${pct(0.95).toFixed(1)} µs wall per report`);
  console.log(`  batched:             ${(batched / (n * passes)).toFixed(1)} µs CPU per report`);
  sink.length = 0;
}

measure('corpus texts', texts);
measure('typical reports (title + a few sentences)', typical);
