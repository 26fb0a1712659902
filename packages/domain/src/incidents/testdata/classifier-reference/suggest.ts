import { type CauseGroup, causeGroupOf, SUBTYPES, type Subtype } from '../../taxonomy.ts';
import type { ModelToken } from './features.ts';
import type { ClassificationSuggestion } from './lexicon-suggest.ts';
import { type ClassifierModel, featuresOf, type KnownVector, knownVector, predictKnown } from './model.ts';

/**
 * The suggestion shown to the coordinator (issue 14): the learned model decides, with the
 * lexicon's opinion among its features; the explanation keeps "the words that decided" — the
 * lexicon's cue phrases when they agree, and the words that weighed most in the model. Below
 * the threshold the report says too little and no suggestion beats a guess.
 */

/** Calibrated probability of the cause group below which nothing is suggested. */
export const SUGGESTION_THRESHOLD = 0.5;
/**
 * When no cue phrase of the lexicon is in the text, the subtype itself must be this likely: the
 * model alone, on words it half knows ("máy chủ", "cán bộ"), would otherwise guess.
 */
export const UNCUED_THRESHOLD = 0.5;
const MAX_EVIDENCE = 6;

export interface SuggestOptions {
  threshold?: number;
  modelVersion?: string;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Per token, how much its features pushed the chosen subtype over the runner-up. */
function tokenWeights(
  model: ClassifierModel,
  known: KnownVector,
  owners: Map<string, number[]>,
  tokens: number,
  chosen: number,
  runnerUp: number,
): Float64Array {
  const C = model.classes.length;
  const out = new Float64Array(tokens);
  for (let k = 0; k < known.idx.length; k++) {
    const from = owners.get(known.names[k]!);
    if (!from) continue;
    const f = known.idx[k]!;
    const push = known.val[k]! * (model.weights[f * C + chosen]! - model.weights[f * C + runnerUp]!);
    for (const t of from) out[t]! += push / from.length;
  }
  return out;
}

/** The strongest words, adjacent ones joined, as written in the original text. */
function decidingWords(text: string, tokens: ModelToken[], weights: Float64Array): string[] {
  const max = Math.max(0, ...weights);
  if (max <= 0) return [];
  const picked = [...weights.keys()]
    .filter((i) => weights[i]! >= 0.25 * max)
    .sort((a, b) => weights[b]! - weights[a]!)
    .slice(0, 5)
    .sort((a, b) => a - b);
  const phrases: string[] = [];
  let start = -1;
  let end = -1;
  for (const i of picked) {
    if (start >= 0 && i === end + 1) end = i;
    else {
      if (start >= 0) phrases.push(text.slice(tokens[start]!.start, tokens[end]!.end));
      start = i;
      end = i;
    }
  }
  if (start >= 0) phrases.push(text.slice(tokens[start]!.start, tokens[end]!.end));
  return phrases;
}

export function suggestWithModel(
  text: string,
  model: ClassifierModel,
  options: SuggestOptions = {},
): ClassificationSuggestion | null {
  const threshold = options.threshold ?? SUGGESTION_THRESHOLD;
  const { tokens, lexicon, bag, vector } = featuresOf(text, model.lexicon);
  const known = knownVector(model, vector);
  if (tokens.length === 0 || known.textFeatures === 0) return null;
  const p = predictKnown(model, known);

  // The likeliest subtype decides the group: summing a flat distribution over groups would favour
  // the group with the most subtypes (ten attack forms against five of each other group).
  let chosen = 0;
  p.forEach((v, i) => {
    if (v > p[chosen]!) chosen = i;
  });
  const causeGroup: CauseGroup = causeGroupOf(SUBTYPES[chosen]!);
  let groupConfidence = 0;
  SUBTYPES.forEach((s, i) => {
    if (causeGroupOf(s) === causeGroup) groupConfidence += p[i]!;
  });
  if (groupConfidence < threshold) return null;

  const subtype: Subtype = SUBTYPES[chosen]!;
  if (!lexicon && threshold > 0 && p[chosen]! < UNCUED_THRESHOLD) return null;
  let runnerUp = chosen === 0 ? 1 : 0;
  p.forEach((v, i) => {
    if (i !== chosen && v > p[runnerUp]!) runnerUp = i;
  });

  const modelWords = decidingWords(
    text,
    tokens,
    tokenWeights(model, known, bag.owners, tokens.length, chosen, runnerUp),
  );
  const lexiconWords = lexicon && causeGroupOf(lexicon.subtype) === causeGroup ? lexicon.evidence : [];
  const evidence = [...new Set([...lexiconWords, ...modelWords])].slice(0, MAX_EVIDENCE);

  const alternatives = SUBTYPES.map((s, i) => ({ subtype: s, score: round(p[i]!) }))
    .filter((a) => a.subtype !== subtype && a.score >= 0.01)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);

  return {
    causeGroup,
    subtype,
    confidence: round(Math.min(0.99, Math.max(0.01, p[chosen]!))),
    evidence,
    alternatives,
    groupConfidence: round(Math.min(0.99, groupConfidence)),
    source: 'model',
    ...(options.modelVersion ? { modelVersion: options.modelVersion } : {}),
  };
}
