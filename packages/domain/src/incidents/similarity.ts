import { extractFeatures, modelTokens, normalised } from './classifier-features.ts';

/**
 * How alike two incident reports are (issue 14: a wave of identical reports from many wards is
 * one campaign). Words and character n-grams of the folded, slip-repaired text — the classifier's
 * own features, without the lexicon's opinion — compared by cosine; shared indicators (IP,
 * domain, URL, hash) and the same information system add to it.
 */
export type TextVector = Map<string, number>;

/**
 * Words every report of a local government shares ("cổng thông tin", "xã", "bị"): left out, or
 * two reports about different things on the same portal would look alike.
 */
const COMMON = new Set(
  (
    'bi da dang duoc cua va la co cac nhung mot nhieu khi tu tai trong tren den cho voi ve ra vao luc nay sau ' +
    'cong thong tin dien tu trang web website portal he may chu server tinh huyen xa phuong ubnd so phong ' +
    'ban can bo nguoi dan don vi co quan tru sang chieu toi dem qua hom ngay gio h the a an of to on in at ' +
    'is was were be been our we it this that and or for from with by has have had'
  ).split(' '),
);

export function textVector(text: string): TextVector {
  const tokens = modelTokens(text).filter((t) => !COMMON.has(t.word) && !/^\d+$/.test(t.word));
  const values = extractFeatures(tokens, null).values;
  values.delete('L:none');
  return normalised(values);
}

export function cosine(a: TextVector, b: TextVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return Math.max(0, Math.min(1, dot));
}

export interface SimilarityInput {
  textSimilarity: number;
  sharedObservables: number;
  sameSystem: boolean;
}

/** Below this an incident is not worth showing as similar. */
export const SIMILAR_THRESHOLD = 0.3;

export function similarityScore(s: SimilarityInput): number {
  const observables = Math.min(1, s.sharedObservables / 2);
  const score = 0.7 * s.textSimilarity + 0.4 * observables + (s.sameSystem ? 0.15 : 0);
  return Math.round(Math.min(1, score) * 100) / 100;
}
