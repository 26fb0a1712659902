import type { Token } from '../text/normalize.ts';
import type { ClassificationSuggestion } from './classifier.ts';
import { type FastFeatures, fastFeatures } from './classifier-fast-features.ts';
import { type ClassifierModel, logitsInto, softmaxInPlace } from './classifier-model.ts';
import { type CauseGroup, causeGroupOf, SUBTYPES, type Subtype } from './taxonomy.ts';

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
  f: FastFeatures,
  chosen: number,
  runnerUp: number,
): Float64Array {
  const C = model.classes.length;
  const out = new Float64Array(f.tokens.length);
  const { ownerStart, ownerToken } = f.owners();
  for (let k = 0; k < f.known; k++) {
    const s = f.slot[k]!;
    // The lexicon's opinion belongs to no word.
    if (s < 0) continue;
    const i = f.idx[k]!;
    const push = f.val[k]! * (model.weights[i * C + chosen]! - model.weights[i * C + runnerUp]!);
    const from = ownerStart[s]!;
    const to = ownerStart[s + 1]!;
    for (let o = from; o < to; o++) out[ownerToken[o]!]! += push / (to - from);
  }
  return out;
}

/** The strongest words, adjacent ones joined, as written in the original text. */
function decidingWords(text: string, tokens: readonly Token[], weights: Float64Array): string[] {
  let max = 0;
  for (let i = 0; i < tokens.length; i++) if (weights[i]! > max) max = weights[i]!;
  if (max <= 0) return [];
  const strong: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (weights[i]! >= 0.25 * max) strong.push(i);
  // Stable sort: equal weights keep text order, as before.
  const picked = strong
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
  const features = fastFeatures(text, model);
  const { tokens, lexicon } = features;
  if (tokens.length === 0 || features.textFeatures === 0) return null;
  const p = features.probabilities;
  logitsInto(p, model.weights, model.bias, features.idx, features.val, features.known);
  softmaxInPlace(p, model.temperature);

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

  const modelWords = decidingWords(text, tokens, tokenWeights(model, features, chosen, runnerUp));
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

/**
 * Suggestions for many texts at once (batch intake): the same as `suggestWithModel` for each,
 * in order, with the model's lookups and scratch space shared.
 */
export function suggestManyWithModel(
  texts: readonly string[],
  model: ClassifierModel,
  options: SuggestOptions = {},
): (ClassificationSuggestion | null)[] {
  const out: (ClassificationSuggestion | null)[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = suggestWithModel(texts[i]!, model, options);
  return out;
}
