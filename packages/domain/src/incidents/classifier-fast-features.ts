import type { Token } from '../text/normalize.ts';
import { type ClassificationSuggestion, suggestClassificationOfTokens, type WordCues } from './classifier.ts';
import { CHAR_WEIGHT, LEXICON_WEIGHT, NEGATION_REACH } from './classifier-features.ts';
import type { ClassifierModel } from './classifier-model.ts';
import { add, bigramOf, lexiconIds, runtimeOf, startText, type WordEntry } from './classifier-runtime.ts';
import { hasClauseBreak, pushToken, rawWord, scanWords, WORD } from './classifier-words.ts';

/**
 * A report's features for the learned suggester on integer ids (see classifier-runtime.ts): what
 * classifier-features.ts and `knownVector` give, to the last bit, several times cheaper.
 */

// log1p of a feature's value, which is its count times 1 (words, bigrams) or summed 0.35 at a
// time (character n-grams): tabled for small counts, built by the same additions.
const LOG_TABLE = 64;
const WORD_VALUE = new Float64Array(LOG_TABLE);
const WORD_LOG = new Float64Array(LOG_TABLE);
const GRAM_VALUE = new Float64Array(LOG_TABLE);
const GRAM_LOG = new Float64Array(LOG_TABLE);
for (let k = 1, word = 0, gram = 0; k < LOG_TABLE; k++) {
  word += 1;
  gram += CHAR_WEIGHT;
  WORD_VALUE[k] = word;
  WORD_LOG[k] = Math.log1p(word);
  GRAM_VALUE[k] = gram;
  GRAM_LOG[k] = Math.log1p(gram);
}

function log1pOf(value: number, adds: number): number {
  if (adds < LOG_TABLE) {
    if (WORD_VALUE[adds] === value) return WORD_LOG[adds]!;
    if (GRAM_VALUE[adds] === value) return GRAM_LOG[adds]!;
  }
  return Math.log1p(value);
}

/**
 * A text's features for a model, valid until the next text is classified with the same model
 * (they live in the model's scratch space).
 */
export interface FastFeatures {
  /** The words, slips repaired (the lexicon's tokens; spans in the original text). */
  tokens: Token[];
  /** Per token: in the scope of a negation. */
  negated: Uint8Array;
  lexicon: ClassificationSuggestion | null;
  /** Known features in the order the string version meets them: ids, values, slots (-1: lexicon). */
  idx: Int32Array;
  val: Float32Array;
  slot: Int32Array;
  known: number;
  /** Known features of the text itself, not the lexicon's opinion. */
  textFeatures: number;
  /** Scratch for the text's class probabilities (as long as the model's classes). */
  probabilities: Float64Array;
  /** Owners of slot s: `ownerToken[ownerStart[s] … ownerStart[s + 1])`, in the order added. */
  owners(): { ownerStart: Int32Array; ownerToken: Int32Array };
}

/** Features of a text for a model: what `featuresOf` + `knownVector` give, on ids. */
export function fastFeatures(text: string, model: ClassifierModel): FastFeatures {
  const rt = runtimeOf(model);
  startText(rt);
  // Words as `tokenizeWithSpans` cuts them, slips repaired as the lexicon's `repairToken` does.
  const tokens: Token[] = [];
  const entries: WordEntry[] = [];
  const cues: WordCues[] = [];
  if (!scanWords(rt, text, tokens, entries, cues)) {
    tokens.length = 0;
    entries.length = 0;
    cues.length = 0;
    let previousEnd = 0;
    for (const match of text.matchAll(WORD)) {
      const raw = rawWord(rt, match[0], 0);
      const end = match.index + match[0].length;
      const clauseStart = tokens.length === 0 || hasClauseBreak(text, previousEnd, match.index);
      pushToken(tokens, entries, cues, raw, match.index, end, clauseStart);
      previousEnd = end;
    }
  }
  const n = tokens.length;
  if (rt.negated.length < n) rt.negated = new Uint8Array(Math.max(n, rt.negated.length * 2));
  const negated = rt.negated;
  let reach = 0;
  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    negated[i] = 0;
    // Negation scope as classifier-features.ts `modelTokens`.
    if (tokens[i]!.clauseStart || entry.breaker) reach = 0;
    if (entry.negator) reach = NEGATION_REACH;
    else if (reach > 0) {
      negated[i] = 1;
      reach--;
    }
  }
  const lexicon = model.lexicon ? suggestClassificationOfTokens(text, tokens, cues) : null;

  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    // Numbers (times, counts, dates) say nothing about the cause.
    if (entry.isNumber) continue;
    const neg = negated[i] === 1;
    add(rt, neg ? entry.negatedUnigram : entry.unigram, 1, i);
    if (i + 1 < n) add(rt, bigramOf(rt, entry, neg, entries[i + 1]!, negated[i + 1] === 1), 1, i);
    if (neg || entry.word.length < 2) continue;
    const grams = entry.grams;
    for (let k = 0; k < grams.length; k++) add(rt, grams[k]!, CHAR_WEIGHT, i);
  }

  // Sublinear counts, unit length (classifier-features.ts `normalised`), summed in slot order.
  const slots = rt.slots;
  if (rt.logs.length < slots) rt.logs = new Float64Array(Math.max(slots, rt.logs.length * 2));
  if (rt.vecIdx.length < slots + 2) {
    rt.vecIdx = new Int32Array(Math.max(slots + 2, rt.vecIdx.length * 2));
    rt.vecVal = new Float32Array(rt.vecIdx.length);
    rt.vecSlot = new Int32Array(rt.vecIdx.length);
  }
  const { logs, slotValue, slotAdds, slotId, vecIdx, vecVal, vecSlot } = rt;
  let norm = 0;
  for (let s = 0; s < slots; s++) {
    const w = log1pOf(slotValue[s]!, slotAdds[s]!);
    logs[s] = w;
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const F = rt.features;
  let k = 0;
  for (let s = 0; s < slots; s++) {
    const id = slotId[s]!;
    if (id >= F) continue;
    vecIdx[k] = id;
    vecVal[k] = logs[s]! * scale;
    vecSlot[k] = s;
    k++;
  }
  const textFeatures = k;
  if (lexicon) {
    for (const id of lexiconIds(rt, lexicon.subtype)) {
      vecIdx[k] = id;
      vecVal[k] = 1 * LEXICON_WEIGHT;
      vecSlot[k] = -1;
      k++;
    }
  }

  // The owners are needed only to explain a suggestion: bucketed by slot on demand, while this
  // text's additions are still in the scratch arrays (that is, before the next text).
  const stamp = rt.stamp;
  const adds = rt.adds;
  const owners = () => {
    if (rt.stamp !== stamp) throw new Error('classifier: owners asked after the next text');
    if (rt.ownerStart.length < slots + 1)
      rt.ownerStart = new Int32Array(Math.max(slots + 1, rt.ownerStart.length * 2));
    if (rt.ownerToken.length < adds) rt.ownerToken = new Int32Array(Math.max(adds, rt.ownerToken.length * 2));
    const { ownerStart, ownerToken, addSlot, addToken } = rt;
    ownerStart[0] = 0;
    for (let s = 0; s < slots; s++) ownerStart[s + 1] = ownerStart[s]! + slotAdds[s]!;
    // ownerFill: where the next owner of each slot goes.
    if (rt.ownerFill.length < slots) rt.ownerFill = new Int32Array(Math.max(slots, rt.ownerFill.length * 2));
    const fill = rt.ownerFill;
    fill.set(ownerStart.subarray(0, slots));
    for (let a = 0; a < adds; a++) ownerToken[fill[addSlot[a]!]!++] = addToken[a]!;
    return { ownerStart, ownerToken };
  };
  return {
    tokens,
    negated,
    lexicon,
    idx: vecIdx,
    val: vecVal,
    slot: vecSlot,
    known: k,
    textFeatures,
    probabilities: rt.probabilities,
    owners,
  };
}
