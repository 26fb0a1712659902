import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { ClassificationSuggestion } from '@ungcuu/domain/incidents/classifier.ts';
import { officeAccuracy } from '@ungcuu/domain/incidents/classifier-accuracy.ts';
import {
  type ClassifierModel,
  deserializeModel,
  type SerializedModel,
  serializeModel,
  trainModel,
} from '@ungcuu/domain/incidents/classifier-model.ts';
import type { AccuracyQuery } from '@ungcuu/domain/incidents/classifier-schemas.ts';
import {
  officeTrainingSet,
  SHIPPED_MODEL_VERSION,
  shippedModel,
} from '@ungcuu/domain/incidents/classifier-shipped.ts';
import { suggestManyWithModel, suggestWithModel } from '@ungcuu/domain/incidents/classifier-suggest.ts';
import { isSubtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { DatabaseHandle } from '../db/engine.ts';
import { CHANGES_CHANNEL, parseChange, publishChange } from '../events/change-bus.ts';
import { type Executor, type RequestActor, SYSTEM_ACTOR, type Trx } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import * as repo from './classifier.repository.ts';

/**
 * The classification suggester of a deployment (issue 14): the model shipped with the product
 * until the office's own decisions have retrained it; an admin can roll back to the shipped one.
 */

interface Loaded {
  key: string;
  version: string;
  model: ClassifierModel;
  /** When the active model was last looked up, and the process's model generation then. */
  checkedAt: number;
  generation: number;
}

// One loaded model per database handle (tests run several databases in one process).
const loadedModels = new WeakMap<object, Loaded>();
// Intake asks which model is active at most this often: a report does not pay a round trip for
// it (decision 0027). A change made in this process is seen at once (the generation moves); one
// made by another process as soon as its change notice arrives when the process listens
// (`watchClassifierModels`, decision 0030), else within MODEL_RECHECK_MS.
const MODEL_RECHECK_MS = 5_000;
// With notices heard, the recheck only covers a notice lost with the listening connection.
const WATCHED_RECHECK_MS = 60_000;
const watched = new WeakSet<object>();
let modelGeneration = 0;

/** The change notice's entity when the active model changes (retrain or rollback). */
export const CLASSIFIER_MODEL_ENTITY = 'classifier_model';

/**
 * Makes this process hear, through the change notices (pg_notify on commit), when any process
 * activates or rolls back a model, so every worker classifies with the active model at once.
 * Called once per process by the server; returns how to stop.
 */
export async function watchClassifierModels(
  handle: Pick<DatabaseHandle, 'db' | 'listen'>,
): Promise<() => Promise<void>> {
  const unlisten = await handle.listen(CHANGES_CHANNEL, (payload) => {
    // Every change of the product goes through this channel: parse only the classifier's.
    if (!payload.includes(CLASSIFIER_MODEL_ENTITY)) return;
    if (parseChange(payload)?.entity === CLASSIFIER_MODEL_ENTITY) modelGeneration += 1;
  });
  watched.add(handle.db);
  return async () => {
    watched.delete(handle.db);
    await unlisten();
  };
}

async function currentModel(db: Executor): Promise<Loaded> {
  const cached = loadedModels.get(db);
  const now = Date.now();
  const recheckMs = watched.has(db) ? WATCHED_RECHECK_MS : MODEL_RECHECK_MS;
  if (cached && cached.generation === modelGeneration && now - cached.checkedAt < recheckMs) return cached;
  const generation = modelGeneration;
  const ref = await repo.activeModelRef(db);
  const key = ref?.id ?? SHIPPED_MODEL_VERSION;
  if (cached?.key === key) {
    const fresh = { ...cached, checkedAt: now, generation };
    loadedModels.set(db, fresh);
    return fresh;
  }
  let loaded: Loaded = {
    key: SHIPPED_MODEL_VERSION,
    version: SHIPPED_MODEL_VERSION,
    model: shippedModel(),
    checkedAt: now,
    generation,
  };
  if (ref) {
    const data = await repo.modelData(db, ref.id);
    loaded = {
      key,
      version: `office-${ref.version}`,
      model: deserializeModel(data as SerializedModel),
      checkedAt: now,
      generation,
    };
  }
  loadedModels.set(db, loaded);
  return loaded;
}

/** The suggestion for a report's text with the deployment's current model (null: none). */
export async function suggestForText(db: Executor, text: string): Promise<ClassificationSuggestion | null> {
  const { model, version } = await currentModel(db);
  return suggestWithModel(text, model, { modelVersion: version });
}

/**
 * The suggestions for many reports' texts (batch intake), in order: one look at the active model
 * for all of them, then the same as `suggestForText` for each.
 */
export async function suggestForTexts(
  db: Executor,
  texts: readonly string[],
): Promise<(ClassificationSuggestion | null)[]> {
  const { model, version } = await currentModel(db);
  return suggestManyWithModel(texts, model, { modelVersion: version });
}

/**
 * A coordinator confirmed or corrected a classification: a labelled example of this deployment,
 * with what had been suggested, in the same transaction as the classification.
 */
export async function recordDecision(
  trx: Trx,
  input: {
    incident: { id: string; title: string; description: string; suggestion: unknown };
    subtype: string;
    actor: RequestActor;
    at: Date;
  },
): Promise<void> {
  const suggestion = input.incident.suggestion as Partial<ClassificationSuggestion> | null;
  await repo.upsertExample(trx, {
    incidentId: input.incident.id,
    text: `${input.incident.title}\n${input.incident.description}`,
    subtype: input.subtype,
    suggestedSubtype: suggestion?.subtype ?? null,
    suggestedConfidence: suggestion?.confidence ?? null,
    modelVersion: suggestion?.modelVersion ?? (suggestion ? 'lexicon' : null),
    confirmedBy: input.actor.userId === SYSTEM_ACTOR.userId ? null : input.actor.userId,
    confirmedAt: input.at,
  });
}

/** Trains on the shipped corpus plus the office's examples and makes the result the active model. */
async function train(trx: Trx, now: Date) {
  // Examples of a subtype the taxonomy no longer has are skipped.
  const office = (await repo.trainingExamples(trx)).flatMap(({ text, subtype }) =>
    isSubtype(subtype) ? [{ text, subtype }] : [],
  );
  const started = performance.now();
  const model = trainModel(officeTrainingSet(office));
  const trainMs = Math.round(performance.now() - started);
  modelGeneration += 1;
  return activateModel(trx, model, { officeExamples: office.length, trainMs, now });
}

/**
 * Makes a trained model the active one and tells every process (the change notice goes out on
 * commit; processes that listen drop the model they hold, this one included).
 */
export async function activateModel(
  trx: Trx,
  model: ClassifierModel,
  meta: { officeExamples: number; trainMs: number; now: Date },
) {
  const before = await repo.deactivateModels(trx, null);
  const row = await repo.insertModel(trx, {
    version: await repo.nextModelVersion(trx),
    data: serializeModel(model),
    officeExamples: meta.officeExamples,
    trainMs: meta.trainMs,
    trainedAt: meta.now,
  });
  await publishChange(trx, {
    entity: CLASSIFIER_MODEL_ENTITY,
    id: row.id,
    action: 'activated',
    unitIds: 'all',
  });
  return { row, before: before[0] ?? null };
}

/** The retrain job: only when the office decided something since the model last changed. */
export async function retrainIfNew(trx: Trx, now: Date): Promise<number> {
  if ((await repo.countExamplesAfter(trx, await repo.lastModelChange(trx))) === 0) return 0;
  const { row, before } = await train(trx, now);
  await recordAudit(trx, { now: () => now }, SYSTEM_ACTOR, {
    action: 'classifier.retrain',
    entityType: 'classifier_model',
    entityId: row.id,
    before: before ? { version: before.version } : { version: SHIPPED_MODEL_VERSION },
    after: { version: row.version, officeExamples: row.office_examples, trainMs: row.train_ms },
  });
  return 1;
}

export function createClassifierService(deps: ServiceDeps) {
  const { db, clock } = deps;

  function allow(actor: RequestActor, need: 'classifier.read' | 'classifier.manage') {
    if (!can(actor, need, {})) throw new DomainError('forbidden');
  }

  async function status() {
    const active = await repo.activeModelRef(db);
    const models = await repo.listModels(db, 20);
    return {
      activeVersion: active ? `office-${active.version}` : SHIPPED_MODEL_VERSION,
      models: models.map((m) => ({
        id: m.id,
        version: `office-${m.version}`,
        officeExamples: m.office_examples,
        trainMs: m.train_ms,
        active: m.active,
        trainedAt: new Date(m.trained_at).toISOString(),
        rolledBackAt: m.rolled_back_at ? new Date(m.rolled_back_at).toISOString() : null,
      })),
      pendingExamples: await repo.countExamplesAfter(db, await repo.lastModelChange(db)),
    };
  }

  return {
    status: async (actor: RequestActor) => {
      allow(actor, 'classifier.read');
      return status();
    },

    async accuracy(actor: RequestActor, query: AccuracyQuery) {
      allow(actor, 'classifier.read');
      const to = query.to ? new Date(query.to) : clock.now();
      const from = query.from ? new Date(query.from) : new Date(to.getTime() - 365 * 86_400_000);
      if (from >= to) throw new DomainError('classifier.bad_period');
      return officeAccuracy(await repo.examplesBetween(db, from, to, 50_000), from, to);
    },

    /** Retrain now rather than at the job's next run (admin). */
    async retrain(actor: RequestActor) {
      allow(actor, 'classifier.manage');
      await mutate(deps, actor, async ({ trx, audit }) => {
        const { row, before } = await train(trx, clock.now());
        await audit({
          action: 'classifier.retrain',
          entityType: 'classifier_model',
          entityId: row.id,
          before: before ? { version: before.version } : { version: SHIPPED_MODEL_VERSION },
          after: { version: row.version, officeExamples: row.office_examples, trainMs: row.train_ms },
        });
      });
      modelGeneration += 1; // a report read between training and commit must not keep the old model
      return status();
    },

    /** Back to the model shipped with the product; the job retrains only on decisions made after. */
    async rollback(actor: RequestActor) {
      allow(actor, 'classifier.manage');
      await mutate(deps, actor, async ({ trx, audit }) => {
        modelGeneration += 1;
        const rows = await repo.deactivateModels(trx, clock.now());
        if (rows.length === 0) throw new DomainError('classifier.already_shipped');
        await publishChange(trx, {
          entity: CLASSIFIER_MODEL_ENTITY,
          id: rows[0]!.id,
          action: 'rolled_back',
          unitIds: 'all',
        });
        await audit({
          action: 'classifier.rollback',
          entityType: 'classifier_model',
          entityId: rows[0]!.id,
          before: { version: rows[0]!.version },
          after: { version: SHIPPED_MODEL_VERSION },
        });
      });
      modelGeneration += 1;
      return status();
    },
  };
}
export type ClassifierService = ReturnType<typeof createClassifierService>;
