import { type ClassifierModel, type TrainingExample, trainModel } from './classifier-model.ts';
import { classifierCorpus } from './testdata/classifier-corpus.ts';
import { CLASSIFICATION_SET } from './testdata/classification-set.ts';

/**
 * The model shipped with the product: trained, deterministically, from the labelled corpus that
 * ships in testdata/ (generated training part + the original 352-report set). The untouched
 * test part (classifier-test-set.ts) is never part of it. Training takes a few seconds, once per
 * process, on first use; an office's retrained model replaces it until an admin rolls back.
 */
export const SHIPPED_MODEL_VERSION = 'shipped';

/** Each confirmed or corrected classification of the office counts this many corpus reports. */
export const OFFICE_EXAMPLE_WEIGHT = 4;

export function shippedTrainingSet(): TrainingExample[] {
  return [
    ...classifierCorpus().map((r) => ({ text: r.text, subtype: r.subtype })),
    ...CLASSIFICATION_SET.map((r) => ({ text: r.text, subtype: r.subtype })),
  ];
}

let shipped: ClassifierModel | undefined;

export function shippedModel(): ClassifierModel {
  shipped ??= trainModel(shippedTrainingSet());
  return shipped;
}

/** The shipped corpus plus the office's own decisions, which weigh more. */
export function officeTrainingSet(office: readonly TrainingExample[]): TrainingExample[] {
  return [...shippedTrainingSet(), ...office.map((e) => ({ ...e, weight: e.weight ?? OFFICE_EXAMPLE_WEIGHT }))];
}
