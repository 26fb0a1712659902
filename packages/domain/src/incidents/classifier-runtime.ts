import type { WordCues } from './classifier.ts';
import { NEGATORS, NUMBER, SCOPE_BREAKERS } from './classifier-features.ts';
import type { ClassifierModel } from './classifier-model.ts';
import { causeGroupOf, type Subtype } from './taxonomy.ts';

/**
 * The learned suggester's features computed on integer ids (issue 13: intake classifies every
 * report). classifier-features.ts names every feature by a string ("c:<ma", "b:may_chu") and
 * counts them in Maps; that costs about a hundred microseconds per report. Here each word's
 * features are looked up once per model and kept (`WordEntry`: the ids of its unigram and
 * character n-grams, its bigrams with the next word as met), and a report's features are counted
 * in typed arrays indexed by id. The result is the same to the last bit: features keep the order
 * in which the string version first meets them (the norm and the logits are sums in that order),
 * and the values are summed one contribution at a time as before. Features the model does not
 * know still get an id (they count in the norm); those ids are forgotten with the word cache.
 */

export interface WordEntry {
  /** Folded, slips repaired. */
  word: string;
  /** Base of the word's two forms for bigram lookups: `2 × n` plain, `2 × n + 1` negated. */
  form: number;
  isNumber: boolean;
  negator: boolean;
  breaker: boolean;
  unigram: number;
  negatedUnigram: number;
  /** Character 3–5-grams of `<word>` (none for words under two letters). */
  grams: Int32Array;
}

/** A word as written: its forms, slips repaired, its model entry and its lexicon cues. */
export interface RawWord {
  written: string;
  folded: string;
  key: string;
  plain: boolean;
  entry: WordEntry;
  cues: WordCues;
}

/** A model's lookups and the scratch space of one text (classification is synchronous). */
export interface Runtime {
  model: ClassifierModel;
  features: number;
  words: Map<string, WordEntry>;
  /**
   * Words as written in reports, found by a hash of the text's characters without cutting the
   * word out of the text (open addressing: `rawSlot` holds index + 1 into `rawWords`, 0 free).
   */
  rawWords: RawWord[];
  rawHash: Int32Array;
  rawSlot: Int32Array;
  /** Bigrams met: the two forms and the feature id (-1: free), see `bigramOf`. */
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairId: Int32Array;
  pairs: number;
  lexiconIds: Map<Subtype, readonly number[]>;
  /** Calibrated probabilities of the text (one per class). */
  probabilities: Float64Array;
  /** Ids of features the model does not know, from `features` up. */
  unknown: Map<string, number>;
  nextId: number;
  /** `seen[id] === stamp`: the feature was met in the current text, at slot `slotOf[id]`. */
  seen: Int32Array;
  slotOf: Int32Array;
  stamp: number;
  /** Per slot (features in the order first met): id, value, how many times added. */
  slotId: Int32Array;
  slotValue: Float64Array;
  slotAdds: Int32Array;
  slots: number;
  /** Per addition: the slot and the token it came from (the explanation's owners). */
  addSlot: Int32Array;
  addToken: Int32Array;
  adds: number;
  /** The text's vector and explanation, reused from text to text. */
  negated: Uint8Array;
  logs: Float64Array;
  vecIdx: Int32Array;
  vecVal: Float32Array;
  vecSlot: Int32Array;
  ownerStart: Int32Array;
  ownerFill: Int32Array;
  ownerToken: Int32Array;
}

// Per model; a model is immutable once trained or loaded.
const runtimes = new WeakMap<ClassifierModel, Runtime>();
/** Past these, the word cache and the unknown features' ids start again (memory stays bounded). */
const WORD_LIMIT = 50_000;
const UNKNOWN_LIMIT = 200_000;

export function runtimeOf(model: ClassifierModel): Runtime {
  let rt = runtimes.get(model);
  if (!rt) {
    const features = model.features.length;
    rt = {
      model,
      features,
      words: new Map(),
      rawWords: [],
      rawHash: new Int32Array(1 << 16),
      rawSlot: new Int32Array(1 << 16),
      pairFirst: new Int32Array(0),
      pairSecond: new Int32Array(0),
      pairId: new Int32Array(0),
      pairs: 0,
      lexiconIds: new Map(),
      probabilities: new Float64Array(model.classes.length),
      unknown: new Map(),
      nextId: features,
      seen: new Int32Array(features + 65_536),
      slotOf: new Int32Array(features + 65_536),
      stamp: 0,
      slotId: new Int32Array(1024),
      slotValue: new Float64Array(1024),
      slotAdds: new Int32Array(1024),
      slots: 0,
      addSlot: new Int32Array(4096),
      addToken: new Int32Array(4096),
      adds: 0,
      negated: new Uint8Array(256),
      logs: new Float64Array(1024),
      vecIdx: new Int32Array(1024),
      vecVal: new Float32Array(1024),
      vecSlot: new Int32Array(1024),
      ownerStart: new Int32Array(1024),
      ownerFill: new Int32Array(1024),
      ownerToken: new Int32Array(4096),
    };
    resetPairs(rt, 1 << 16);
    runtimes.set(model, rt);
  }
  return rt;
}

/** The model's ids of the lexicon's two features for a subtype (`L:` and `G:`), those it knows. */
export function lexiconIds(rt: Runtime, subtype: Subtype): readonly number[] {
  let ids = rt.lexiconIds.get(subtype);
  if (!ids) {
    ids = [`L:${subtype}`, `G:${causeGroupOf(subtype)}`].flatMap((name) => {
      const id = rt.model.index.get(name);
      return id === undefined ? [] : [id];
    });
    rt.lexiconIds.set(subtype, ids);
  }
  return ids;
}

function idOf(rt: Runtime, name: string): number {
  const known = rt.model.index.get(name);
  if (known !== undefined) return known;
  let id = rt.unknown.get(name);
  if (id === undefined) {
    id = rt.nextId++;
    rt.unknown.set(name, id);
    if (id >= rt.seen.length) {
      const seen = new Int32Array(rt.seen.length * 2);
      seen.set(rt.seen);
      rt.seen = seen;
      const slotOf = new Int32Array(rt.slotOf.length * 2);
      slotOf.set(rt.slotOf);
      rt.slotOf = slotOf;
    }
  }
  return id;
}

export function entryOf(rt: Runtime, word: string): WordEntry {
  let entry = rt.words.get(word);
  if (entry) return entry;
  const grams: number[] = [];
  if (word.length >= 2) {
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n++)
      for (let k = 0; k + n <= padded.length; k++) grams.push(idOf(rt, `c:${padded.slice(k, k + n)}`));
  }
  entry = {
    word,
    form: 2 * rt.words.size,
    isNumber: NUMBER.test(word),
    negator: NEGATORS.has(word),
    breaker: SCOPE_BREAKERS.has(word),
    unigram: idOf(rt, `w:${word}`),
    negatedUnigram: idOf(rt, `w:!${word}`),
    grams: Int32Array.from(grams),
  };
  rt.words.set(word, entry);
  return entry;
}

/**
 * Bigram ids by the pair of forms (`2 × word + negated`), open addressing in typed arrays: a
 * Map per word was the costliest lookup of a report.
 */
export function bigramOf(
  rt: Runtime,
  a: WordEntry,
  aNegated: boolean,
  b: WordEntry,
  bNegated: boolean,
): number {
  const first = a.form + (aNegated ? 1 : 0);
  const second = b.form + (bNegated ? 1 : 0);
  const mask = rt.pairFirst.length - 1;
  let h = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
  for (;;) {
    const id = rt.pairId[h]!;
    if (id < 0) break;
    if (rt.pairFirst[h] === first && rt.pairSecond[h] === second) return id;
    h = (h + 1) & mask;
  }
  const id = idOf(rt, `b:${aNegated ? '!' : ''}${a.word}_${bNegated ? '!' : ''}${b.word}`);
  rt.pairFirst[h] = first;
  rt.pairSecond[h] = second;
  rt.pairId[h] = id;
  if (++rt.pairs * 2 > rt.pairFirst.length) growPairs(rt);
  return id;
}

function growPairs(rt: Runtime): void {
  const { pairFirst, pairSecond, pairId } = rt;
  resetPairs(rt, pairFirst.length * 2);
  const mask = rt.pairFirst.length - 1;
  for (let i = 0; i < pairFirst.length; i++) {
    if (pairId[i]! < 0) continue;
    let h = (Math.imul(pairFirst[i]!, 0x9e3779b1) ^ Math.imul(pairSecond[i]!, 0x85ebca6b)) & mask;
    while (rt.pairId[h]! >= 0) h = (h + 1) & mask;
    rt.pairFirst[h] = pairFirst[i]!;
    rt.pairSecond[h] = pairSecond[i]!;
    rt.pairId[h] = pairId[i]!;
    rt.pairs++;
  }
}

function resetPairs(rt: Runtime, capacity: number): void {
  rt.pairFirst = new Int32Array(capacity);
  rt.pairSecond = new Int32Array(capacity);
  rt.pairId = new Int32Array(capacity).fill(-1);
  rt.pairs = 0;
}

function grow<T extends Int32Array | Float64Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2));
  bigger.set(array);
  return bigger;
}

export function add(rt: Runtime, id: number, weight: number, token: number): void {
  let slot: number;
  if (rt.seen[id] === rt.stamp) slot = rt.slotOf[id]!;
  else {
    slot = rt.slots++;
    if (slot >= rt.slotId.length) {
      rt.slotId = grow(rt.slotId, slot + 1);
      rt.slotValue = grow(rt.slotValue, slot + 1);
      rt.slotAdds = grow(rt.slotAdds, slot + 1);
    }
    rt.seen[id] = rt.stamp;
    rt.slotOf[id] = slot;
    rt.slotId[slot] = id;
    rt.slotValue[slot] = 0;
    rt.slotAdds[slot] = 0;
  }
  rt.slotValue[slot]! += weight;
  rt.slotAdds[slot]! += 1;
  const a = rt.adds++;
  if (a >= rt.addSlot.length) {
    rt.addSlot = grow(rt.addSlot, a + 1);
    rt.addToken = grow(rt.addToken, a + 1);
  }
  rt.addSlot[a] = slot;
  rt.addToken[a] = token;
}

export function startText(rt: Runtime): void {
  if (
    rt.rawWords.length >= WORD_LIMIT ||
    rt.words.size >= WORD_LIMIT ||
    rt.nextId - rt.features >= UNKNOWN_LIMIT
  ) {
    rt.rawWords = [];
    rt.rawHash = new Int32Array(1 << 16);
    rt.rawSlot = new Int32Array(1 << 16);
    rt.words.clear();
    resetPairs(rt, 1 << 16);
    rt.unknown.clear();
    rt.nextId = rt.features;
  }
  rt.stamp = rt.stamp >= 0x3fffffff ? 1 : rt.stamp + 1;
  if (rt.stamp === 1) rt.seen.fill(0);
  rt.slots = 0;
  rt.adds = 0;
}
