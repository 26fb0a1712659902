import { retrainIfNew } from '../incidents/classifier.service.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

/**
 * Retrains the classification suggester when coordinators confirmed or corrected classifications
 * since the model last changed (issue 14). Hourly: training takes seconds of CPU, and an office
 * classifies a handful of incidents a day.
 */
export const retrainClassifier: Job = {
  name: 'classifier-retrain',
  lockKey: LOCK_KEYS.jobClassifierRetrain,
  everyMs: 60 * 60_000,
  run: (trx, { clock }) => retrainIfNew(trx, clock.now()),
};

export const CLASSIFIER_JOBS: Job[] = [retrainClassifier];
