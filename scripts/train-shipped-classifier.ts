/**
 * Trains the classifier model shipped with the product from the corpus in
 * packages/domain/src/incidents/testdata and writes classifier-shipped-model.json beside it.
 * Run after changing the corpus, the features or the model (a test says when it is stale):
 *
 *   npx tsx scripts/train-shipped-classifier.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeModel, trainModel } from '../packages/domain/src/incidents/classifier-model.ts';
import {
  type ShippedModelFile,
  shippedTrainingSet,
  trainingDigest,
} from '../packages/domain/src/incidents/classifier-shipped.ts';

const examples = shippedTrainingSet();
const started = performance.now();
const model = trainModel(examples);
const file: ShippedModelFile = { trainingDigest: trainingDigest(examples), model: serializeModel(model) };
const target = fileURLToPath(
  new URL('../packages/domain/src/incidents/classifier-shipped-model.json', import.meta.url),
);
writeFileSync(target, `${JSON.stringify(file)}\n`);
console.log(
  `trained on ${examples.length} examples in ${((performance.now() - started) / 1000).toFixed(1)} s: ${model.features.length} features, temperature ${model.temperature}`,
);
