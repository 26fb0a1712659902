import { tokenizeWithSpans } from '../text/normalize.ts';
import { repairTypingSlip } from '../text/typing-slips.ts';
import type { ClassificationSuggestion } from './classifier.ts';
import { causeGroupOf } from './taxonomy.ts';

/**
 * Features of a report for the learned classifier (issue 14): word unigrams and bigrams and
 * character 3–5-grams of the folded text with Telex/VNI slips repaired, words in the scope of a
 * negation marked ("không đòi tiền" gives "!doi", "!tien", never "tien"), and the lexicon's
 * suggestion as two features, so the model learns how far to trust it.
 */
export interface ModelToken {
  /** Folded, slips repaired. */
  word: string;
  start: number;
  end: number;
  negated: boolean;
}

export const NEGATORS = new Set([
  'khong',
  'ko',
  'k',
  'khg',
  'kg',
  'chua',
  'chang',
  'cha',
  'no',
  'not',
  'without',
  'never',
  'nothing',
  'none',
  'nor',
  'isn',
  'wasn',
  'didn',
  'doesn',
  'don',
  'aren',
  'weren',
  'haven',
  'hasn',
]);
/** Words that end a negation's reach: what follows them is asserted again. */
export const SCOPE_BREAKERS = new Set([
  'nhung',
  'ma',
  'chi',
  'do',
  'vi',
  'nen',
  'sau',
  'but',
  'only',
  'because',
  'however',
  'due',
  'after',
  'while',
]);
export const NEGATION_REACH = 5;
export const CHAR_WEIGHT = 0.35;
export const NUMBER = /^\d+$/;
/** The lexicon's opinion beside the unit-length text features (see `normalised`). */
export const LEXICON_WEIGHT = 0.5;

export function modelTokens(text: string): ModelToken[] {
  const tokens = tokenizeWithSpans(text);
  const out: ModelToken[] = [];
  let reach = 0;
  for (const t of tokens) {
    const word = t.plain ? repairTypingSlip(t.folded) : t.folded;
    if (t.clauseStart || SCOPE_BREAKERS.has(word)) reach = 0;
    if (NEGATORS.has(word)) {
      out.push({ word, start: t.start, end: t.end, negated: false });
      reach = NEGATION_REACH;
      continue;
    }
    out.push({ word, start: t.start, end: t.end, negated: reach > 0 });
    if (reach > 0) reach--;
  }
  return out;
}

export interface FeatureBag {
  /** Feature name → value before normalisation. */
  values: Map<string, number>;
  /** Feature name → indices of the tokens it came from (for the explanation). */
  owners: Map<string, number[]>;
}

function add(bag: FeatureBag, name: string, value: number, owner: number): void {
  bag.values.set(name, (bag.values.get(name) ?? 0) + value);
  if (owner < 0) return;
  const list = bag.owners.get(name);
  if (list) list.push(owner);
  else bag.owners.set(name, [owner]);
}

export function extractFeatures(tokens: ModelToken[], lexicon: ClassificationSuggestion | null): FeatureBag {
  const bag: FeatureBag = { values: new Map(), owners: new Map() };
  const forms = tokens.map((t) => (t.negated ? `!${t.word}` : t.word));
  for (let i = 0; i < tokens.length; i++) {
    const form = forms[i]!;
    // Numbers (times, counts, dates) say nothing about the cause.
    if (NUMBER.test(tokens[i]!.word)) continue;
    add(bag, `w:${form}`, 1, i);
    if (i + 1 < tokens.length) add(bag, `b:${form}_${forms[i + 1]}`, 1, i);
    const word = tokens[i]!.word;
    if (tokens[i]!.negated || word.length < 2) continue;
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n++)
      for (let k = 0; k + n <= padded.length; k++) add(bag, `c:${padded.slice(k, k + n)}`, CHAR_WEIGHT, i);
  }
  // No feature for "the lexicon found nothing": that would teach the model to guess a class for
  // text that names no cause at all.
  if (lexicon) {
    add(bag, `L:${lexicon.subtype}`, 1, -1);
    add(bag, `G:${causeGroupOf(lexicon.subtype)}`, 1, -1);
  }
  return bag;
}

/**
 * Sublinear counts, then unit length, so long reports do not outvote short ones. The lexicon's
 * opinion stays at full strength beside them: it is one judgement of the whole text, not a word
 * among many, and the model must be able to weigh it as such.
 */
export function normalised(values: Map<string, number>): Map<string, number> {
  let norm = 0;
  const out = new Map<string, number>();
  const whole: [string, number][] = [];
  for (const [name, v] of values) {
    if (name.startsWith('L:') || name.startsWith('G:')) {
      whole.push([name, v]);
      continue;
    }
    const w = Math.log1p(v);
    out.set(name, w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [name, w] of out) out.set(name, w * scale);
  for (const [name, v] of whole) out.set(name, v * LEXICON_WEIGHT);
  return out;
}
