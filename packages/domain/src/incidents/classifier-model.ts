import { suggestClassification } from './classifier.ts';
import { extractFeatures, modelTokens, normalised } from './classifier-features.ts';
import { SUBTYPES, type Subtype } from './taxonomy.ts';

/**
 * Multinomial logistic regression over the features of classifier-features.ts, trained by
 * stochastic gradient descent in plain TypeScript (no native code), then calibrated by
 * temperature scaling on a held-out part so that "confidence 0.8" means right about 80 % of the
 * time. Pure and deterministic: the same examples give the same model.
 */
export interface TrainingExample {
  text: string;
  subtype: Subtype;
  /** How much the example counts; an office's own decisions count more than the shipped corpus. */
  weight?: number;
  /**
   * Examples of one group (variants of one seed line) are held out together when the temperature
   * is fitted: near-duplicates on both sides would make the model look surer than it should be.
   */
  group?: string;
}

export interface ClassifierModel {
  format: 'logreg-1';
  classes: readonly Subtype[];
  features: readonly string[];
  index: ReadonlyMap<string, number>;
  /** features × classes, row-major. */
  weights: Float32Array;
  bias: Float32Array;
  temperature: number;
  examples: number;
  /** Whether the lexicon's suggestion is among the features (false: "model alone" in the bench). */
  lexicon: boolean;
}

export interface TrainOptions {
  lexicon?: boolean;
  epochs?: number;
  /** Features seen in fewer examples are dropped (noise, and a smaller model). */
  minCount?: number;
  /** Fit the temperature on this share of the examples (0 keeps temperature 1). */
  calibrationShare?: number;
  seed?: number;
}

interface Encoded {
  idx: Int32Array;
  val: Float32Array;
  label: number;
  weight: number;
}

/** Features of a text with the lexicon's opinion, ready for the model. */
export function featuresOf(text: string, useLexicon = true) {
  const tokens = modelTokens(text);
  const lexicon = useLexicon ? suggestClassification(text) : null;
  const bag = extractFeatures(tokens, lexicon);
  return { tokens, lexicon, bag, vector: normalised(bag.values) };
}

function encode(vector: Map<string, number>, index: ReadonlyMap<string, number>) {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [name, v] of vector) {
    const i = index.get(name);
    if (i !== undefined) {
      idx.push(i);
      val.push(v);
    }
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number in [0, 1) per group. */
function groupHash(group: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * out = bias + Σ val × weights[idx]. Five classes at a time in local variables (about twice as
 * fast as updating `out` per feature, issue 13); each class still sums its features in the given
 * order, so the result is the same to the last bit.
 */
export function logitsInto(
  out: Float64Array,
  w: Float32Array,
  b: Float32Array,
  idx: Int32Array,
  val: Float32Array,
  /** How many of idx/val to use (scratch arrays are longer). */
  K = idx.length,
) {
  const C = b.length;
  let c = 0;
  for (; c + 5 <= C; c += 5) {
    let a0 = b[c]!;
    let a1 = b[c + 1]!;
    let a2 = b[c + 2]!;
    let a3 = b[c + 3]!;
    let a4 = b[c + 4]!;
    for (let k = 0; k < K; k++) {
      const base = idx[k]! * C + c;
      const v = val[k]!;
      a0 += v * w[base]!;
      a1 += v * w[base + 1]!;
      a2 += v * w[base + 2]!;
      a3 += v * w[base + 3]!;
      a4 += v * w[base + 4]!;
    }
    out[c] = a0;
    out[c + 1] = a1;
    out[c + 2] = a2;
    out[c + 3] = a3;
    out[c + 4] = a4;
  }
  for (; c < C; c++) {
    let a = b[c]!;
    for (let k = 0; k < K; k++) a += val[k]! * w[idx[k]! * C + c]!;
    out[c] = a;
  }
}

export function softmaxInPlace(z: Float64Array, temperature = 1): void {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / temperature);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! / temperature - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
}

function fit(data: Encoded[], features: number, epochs: number, seed: number) {
  const C = SUBTYPES.length;
  const w = new Float32Array(features * C);
  const b = new Float32Array(C);
  const z = new Float64Array(C);
  const active = new Int32Array(C);
  const rnd = random(seed);
  const order = data.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const n of order) {
      const ex = data[n]!;
      const lr = 0.8 / (1 + step++ / data.length);
      logitsInto(z, w, b, ex.idx, ex.val);
      softmaxInPlace(z);
      z[ex.label]! -= 1;
      // Most classes get a near-zero gradient once training is under way: update only the others.
      let m = 0;
      for (let c = 0; c < C; c++) if (Math.abs(z[c]!) > 1e-3) active[m++] = c;
      for (let a = 0; a < m; a++) {
        const c = active[a]!;
        b[c]! -= lr * ex.weight * z[c]!;
      }
      for (let k = 0; k < ex.idx.length; k++) {
        const base = ex.idx[k]! * C;
        const g = lr * ex.weight * ex.val[k]!;
        for (let a = 0; a < m; a++) {
          const c = active[a]!;
          w[base + c]! -= g * z[c]!;
        }
      }
    }
  }
  return { w, b };
}

/** The temperature that minimises the log-loss of the held-out examples. */
function fitTemperature(held: Encoded[], w: Float32Array, b: Float32Array): number {
  const z = new Float64Array(b.length);
  const logits = held.map((ex) => {
    logitsInto(z, w, b, ex.idx, ex.val);
    return Float64Array.from(z);
  });
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.05; t <= 4; t += 0.05) {
    let loss = 0;
    held.forEach((ex, i) => {
      z.set(logits[i]!);
      softmaxInPlace(z, t);
      loss -= Math.log(Math.max(1e-12, z[ex.label]!));
    });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}

export function trainModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = {},
): ClassifierModel {
  const { epochs = 8, minCount = 2, calibrationShare = 0.15, seed = 17, lexicon = true } = options;
  const vectors = examples.map((e) => featuresOf(e.text, lexicon).vector);
  const counts = new Map<string, number>();
  for (const v of vectors) for (const name of v.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const features = [...counts.entries()].filter(([, n]) => n >= minCount).map(([name]) => name);
  features.sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const data: (Encoded & { group: string })[] = vectors.map((v, i) => ({
    ...encode(v, index),
    label: SUBTYPES.indexOf(examples[i]!.subtype),
    weight: examples[i]!.weight ?? 1,
    group: examples[i]!.group ?? examples[i]!.text,
  }));

  let temperature = 1;
  if (calibrationShare > 0 && data.length >= 100) {
    const held: Encoded[] = [];
    const kept: Encoded[] = [];
    for (const ex of data) (groupHash(ex.group, seed) < calibrationShare ? held : kept).push(ex);
    const trial = fit(kept, features.length, epochs, seed);
    temperature = fitTemperature(held, trial.w, trial.b);
  }
  const { w, b } = fit(data, features.length, epochs, seed);
  return {
    format: 'logreg-1',
    classes: SUBTYPES,
    features,
    index,
    weights: w,
    bias: b,
    temperature,
    examples: data.length,
    lexicon,
  };
}

/** The vector's features the model knows, as indices with their values and names (one lookup each). */
export interface KnownVector {
  idx: Int32Array;
  val: Float32Array;
  names: string[];
  /** Known features of the text itself, not the lexicon's opinion (0: the text says nothing to it). */
  textFeatures: number;
}

export function knownVector(model: ClassifierModel, vector: Map<string, number>): KnownVector {
  const idx: number[] = [];
  const val: number[] = [];
  const names: string[] = [];
  let textFeatures = 0;
  for (const [name, v] of vector) {
    const i = model.index.get(name);
    if (i === undefined) continue;
    idx.push(i);
    val.push(v);
    names.push(name);
    if (name.charCodeAt(1) !== 58 /* ':' after L or G */ || (name[0] !== 'L' && name[0] !== 'G'))
      textFeatures++;
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val), names, textFeatures };
}

/** Calibrated probability of every subtype (in SUBTYPES order). */
export function predictKnown(model: ClassifierModel, known: KnownVector): Float64Array {
  const z = new Float64Array(model.classes.length);
  logitsInto(z, model.weights, model.bias, known.idx, known.val);
  softmaxInPlace(z, model.temperature);
  return z;
}

/** Calibrated probability of every subtype (in SUBTYPES order) for a feature vector. */
export function predictProbabilities(model: ClassifierModel, vector: Map<string, number>): Float64Array {
  return predictKnown(model, knownVector(model, vector));
}

export interface SerializedModel {
  format: 'logreg-1';
  features: string[];
  /** Little-endian float32, base64. */
  weights: string;
  bias: number[];
  temperature: number;
  examples: number;
  lexicon: boolean;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function serializeModel(model: ClassifierModel): SerializedModel {
  return {
    format: model.format,
    features: [...model.features],
    weights: toBase64(
      new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength),
    ),
    bias: [...model.bias],
    temperature: model.temperature,
    examples: model.examples,
    lexicon: model.lexicon,
  };
}

export function deserializeModel(data: SerializedModel): ClassifierModel {
  if (data.format !== 'logreg-1') throw new Error(`classifier model: unknown format ${String(data.format)}`);
  const bytes = fromBase64(data.weights);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (weights.length !== data.features.length * SUBTYPES.length)
    throw new Error('classifier model: bad weights');
  return {
    format: 'logreg-1',
    classes: SUBTYPES,
    features: data.features,
    index: new Map(data.features.map((f, i) => [f, i])),
    weights,
    bias: Float32Array.from(data.bias),
    temperature: data.temperature,
    examples: data.examples,
    lexicon: data.lexicon !== false,
  };
}
