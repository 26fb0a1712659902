import {
  type ClassifierModel,
  deserializeModel,
  type SerializedModel,
  type TrainingExample,
} from './classifier-model.ts';
import SHIPPED from './classifier-shipped-model.json' with { type: 'json' };
import { CLASSIFICATION_SET } from './testdata/classification-set.ts';
import { classifierCorpus } from './testdata/classifier-corpus.ts';

/**
 * The model shipped with the product, trained from the labelled corpus that ships in testdata/
 * (generated training part + the original 352-report set; never the untouched test part) by
 * `npx tsx scripts/train-shipped-classifier.ts`, which writes classifier-shipped-model.json.
 * Shipping the trained weights spares every process seconds of training on first use; a test
 * checks that the file was trained from the corpus as it is now (`trainingDigest`).
 */
export const SHIPPED_MODEL_VERSION = 'shipped';

/** Each confirmed or corrected classification of the office counts this many corpus reports. */
export const OFFICE_EXAMPLE_WEIGHT = 4;

export function shippedTrainingSet(): TrainingExample[] {
  return [
    ...classifierCorpus().map((r) => ({ text: r.text, subtype: r.subtype, group: r.seed })),
    ...CLASSIFICATION_SET.map((r) => ({ text: r.text, subtype: r.subtype })),
  ];
}

/** FNV-1a over the training set: changes whenever a report or a label does. */
export function trainingDigest(examples: readonly TrainingExample[]): string {
  let h = 2166136261;
  for (const e of examples) {
    const s = `${e.subtype}\t${e.text}\n`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export interface ShippedModelFile {
  trainingDigest: string;
  model: SerializedModel;
}

export const SHIPPED_FILE = SHIPPED as ShippedModelFile;

let shipped: ClassifierModel | undefined;

export function shippedModel(): ClassifierModel {
  shipped ??= deserializeModel(SHIPPED_FILE.model);
  return shipped;
}

/** The shipped corpus plus the office's own decisions, which weigh more. */
export function officeTrainingSet(office: readonly TrainingExample[]): TrainingExample[] {
  return [
    ...shippedTrainingSet(),
    ...office.map((e) => ({ ...e, weight: e.weight ?? OFFICE_EXAMPLE_WEIGHT })),
  ];
}
