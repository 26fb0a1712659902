import { type Token, wordForms } from '../text/normalize.ts';
import { repairTypingSlip } from '../text/typing-slips.ts';
import {
  type ClassificationSuggestion,
  suggestClassificationOfTokens,
  type WordCues,
  wordCues,
} from './classifier.ts';
import {
  CHAR_WEIGHT,
  LEXICON_WEIGHT,
  NEGATION_REACH,
  NEGATORS,
  NUMBER,
  SCOPE_BREAKERS,
} from './classifier-features.ts';
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

interface WordEntry {
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
interface RawWord {
  written: string;
  folded: string;
  key: string;
  plain: boolean;
  entry: WordEntry;
  cues: WordCues;
}

/** A model's lookups and the scratch space of one text (classification is synchronous). */
interface Runtime {
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

function runtimeOf(model: ClassifierModel): Runtime {
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
function lexiconIds(rt: Runtime, subtype: Subtype): readonly number[] {
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

function entryOf(rt: Runtime, word: string): WordEntry {
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
function bigramOf(rt: Runtime, a: WordEntry, aNegated: boolean, b: WordEntry, bNegated: boolean): number {
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

function add(rt: Runtime, id: number, weight: number, token: number): void {
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

// As normalize.ts: a word is a run of letters, marks and digits; these end a clause.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CLAUSE_BREAKS = new Set([...'.,;:!?()[]\n–—'].map((c) => c.charCodeAt(0)));

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** A written word's forms and entries, made on first sight. */
function rawWord(rt: Runtime, written: string, hash: number): RawWord {
  const forms = wordForms(written);
  const folded = forms.plain ? repairTypingSlip(forms.folded) : forms.folded;
  const raw: RawWord = {
    written,
    folded,
    key: folded === forms.folded ? forms.key : folded,
    plain: forms.plain,
    entry: entryOf(rt, folded),
    cues: wordCues(folded),
  };
  if (hash !== 0) insertRaw(rt, raw, hash);
  return raw;
}

function insertRaw(rt: Runtime, raw: RawWord, hash: number): void {
  rt.rawWords.push(raw);
  if (rt.rawWords.length * 2 > rt.rawSlot.length) {
    const size = rt.rawSlot.length * 2;
    rt.rawHash = new Int32Array(size);
    rt.rawSlot = new Int32Array(size);
    for (let i = 0; i < rt.rawWords.length; i++) {
      const written = rt.rawWords[i]!.written;
      place(rt, hashOf(written, 0, written.length), i + 1);
    }
  } else place(rt, hash, rt.rawWords.length);
}

function place(rt: Runtime, hash: number, slot: number): void {
  const mask = rt.rawSlot.length - 1;
  let h = hash & mask;
  while (rt.rawSlot[h] !== 0) h = (h + 1) & mask;
  rt.rawHash[h] = hash;
  rt.rawSlot[h] = slot;
}

/** FNV-1a of text[from, to), never 0 (0 marks "not hashed"). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 1;
}

// Word characters per UTF-16 unit (letters, marks, digits, as WORD), learnt on first sight:
// 1 word, 2 clause break, 3 other. Surrogates are left to the regular expression.
const WORD_UNIT = /^[\p{L}\p{M}\p{N}]$/u;
const unitKinds = new Uint8Array(65_536);

function unitKind(c: number): number {
  let kind = unitKinds[c]!;
  if (kind === 0) {
    kind = WORD_UNIT.test(String.fromCharCode(c)) ? 1 : CLAUSE_BREAKS.has(c) ? 2 : 3;
    unitKinds[c] = kind;
  }
  return kind;
}

function pushToken(
  tokens: Token[],
  entries: WordEntry[],
  cues: WordCues[],
  raw: RawWord,
  start: number,
  end: number,
  clauseStart: boolean,
): void {
  tokens.push({ folded: raw.folded, key: raw.key, plain: raw.plain, start, end, clauseStart });
  entries.push(raw.entry);
  cues.push(raw.cues);
}

/**
 * The words of a text without a regular expression or a substring per word: the characters are
 * classified from a table and the word found by its hash. False when the text holds surrogate
 * pairs (letters outside the BMP), which the caller cuts with the regular expression instead.
 */
function scanWords(
  rt: Runtime,
  text: string,
  tokens: Token[],
  entries: WordEntry[],
  cues: WordCues[],
): boolean {
  const length = text.length;
  let i = 0;
  let clauseBreak = false;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const kind = unitKind(c);
    if (kind !== 1) {
      if (kind === 2) clauseBreak = true;
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    do {
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      if (i >= length) break;
      c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return false;
    } while (unitKind(c) === 1);
    h |= 1;
    const end = i;
    const mask = rt.rawSlot.length - 1;
    let probe = h & mask;
    let raw: RawWord | undefined;
    for (;;) {
      const slot = rt.rawSlot[probe]!;
      if (slot === 0) break;
      if (rt.rawHash[probe] === h) {
        const candidate = rt.rawWords[slot - 1]!;
        const written = candidate.written;
        if (written.length === end - start) {
          let k = 0;
          while (k < written.length && written.charCodeAt(k) === text.charCodeAt(start + k)) k++;
          if (k === written.length) {
            raw = candidate;
            break;
          }
        }
      }
      probe = (probe + 1) & mask;
    }
    raw ??= rawWord(rt, text.slice(start, end), h);
    pushToken(tokens, entries, cues, raw, start, end, tokens.length === 0 || clauseBreak);
    clauseBreak = false;
  }
  return true;
}

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

function startText(rt: Runtime): void {
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
