import { type Static, Type } from '@sinclair/typebox';
import {
  CONCURRENCY_CUES,
  CONTRAST_WORDS,
  type CueList,
  GROUP_CUES,
  NEGATORS,
  NEUTRAL_PHRASES,
  SUBTYPE_CUES,
} from '../../classifier-lexicon.ts';
import { CAUSE_GROUPS, type CauseGroup, causeGroupOf, SUBTYPES, type Subtype } from '../../taxonomy.ts';
import { diacriticKey, type Token, tokenize, tokenizeWithSpans } from './normalize.ts';
import { repairTypingSlip } from './typing-slips.ts';

/**
 * Classification suggester (issue "Incidents end to end", P2 verify/classify): from the free
 * text of a report, suggest cause group and subtype of seed plan II.3 with the words that led
 * to it. It only suggests; a coordinator confirms or changes the classification.
 *
 * Weighted cue phrases (classifier-lexicon.ts) are matched on folded text, so Vietnamese with
 * or without diacritics and English all work. Rules on top of the sums encode how incidents are
 * classified by root cause, see `chooseGroup` and `chooseSubtype`.
 */
export const ClassificationSuggestionSchema = Type.Object({
  causeGroup: Type.Union(CAUSE_GROUPS.map((g) => Type.Literal(g))),
  subtype: Type.Union(SUBTYPES.map((s) => Type.Literal(s))),
  /** 0..1; below about 0.3 the text says little and the coordinator should read it. */
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  /** Words and phrases of the original text that led to the suggestion, in text order. */
  evidence: Type.Array(Type.String()),
  /** Up to three other subtypes with their share (0..1) of all the evidence found. */
  alternatives: Type.Array(
    Type.Object({ subtype: Type.Union(SUBTYPES.map((s) => Type.Literal(s))), score: Type.Number() }),
  ),
  /** Learned model only (classifier-suggest.ts): probability of the cause group, 0..1. */
  groupConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  /** Which suggester decided: the keyword lexicon alone or the learned model with it. */
  source: Type.Optional(Type.Union([Type.Literal('lexicon'), Type.Literal('model')])),
  /** The model version that decided ("shipped" or the office's retrained version). */
  modelVersion: Type.Optional(Type.String({ maxLength: 40 })),
});
export type ClassificationSuggestion = Static<typeof ClassificationSuggestionSchema>;

/** Below this total a report names no cause we recognise, and no suggestion beats a guess. */
const MIN_SCORE = 1.5;
/** A subtype this strong on its own counts as present (combined attacks, precedence rules). */
const STRONG = 3;
/** A negator reaches this many words ahead, within its clause. */
const NEGATION_WINDOW = 4;
/** "vừa X vừa Y": the second "vừa" within this many words. */
const VUA_WINDOW = 10;

type Target =
  | { kind: 'subtype'; subtype: Subtype }
  | { kind: 'group'; group: CauseGroup }
  | { kind: 'neutral' };

interface Cue {
  /** Folded words: the index, and what words typed without diacritics are compared with. */
  folded: string[];
  /** Diacritic keys of the words, compared with words typed with diacritics. */
  keys: string[];
  /** Only words typed with diacritics match. */
  exact: boolean;
  /** The last word matches any word it begins ("ransom*"). */
  prefix: boolean;
  weight: number;
  target: Target;
}

interface Match {
  start: number;
  /** Exclusive token index. */
  end: number;
  cue: Cue;
}

interface Lexicon {
  byFirstWord: Map<string, Cue[]>;
  /** One-word prefix cues, which no exact first word can index. */
  prefixWords: Cue[];
  negators: Cue[];
  contrast: Cue[];
  concurrency: Cue[];
  /** "vừa", twice: "vừa bị DDoS vừa bị thay giao diện". */
  vua: Cue[];
}

let lexicon: Lexicon | undefined;

function getLexicon(): Lexicon {
  if (!lexicon) {
    const cues: Cue[] = [
      ...SUBTYPES.flatMap((subtype) => parseCues(SUBTYPE_CUES[subtype], { kind: 'subtype', subtype })),
      ...CAUSE_GROUPS.flatMap((group) => parseCues(GROUP_CUES[group], { kind: 'group', group })),
      ...parseCues(NEUTRAL_PHRASES, { kind: 'neutral' }),
    ];
    const byFirstWord = new Map<string, Cue[]>();
    const prefixWords: Cue[] = [];
    for (const cue of cues) {
      if (cue.prefix && cue.folded.length === 1) {
        prefixWords.push(cue);
        continue;
      }
      const first = cue.folded[0]!;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), cue]);
    }
    lexicon = {
      byFirstWord,
      prefixWords,
      negators: parseCues(NEGATORS, { kind: 'neutral' }),
      contrast: parseCues(CONTRAST_WORDS, { kind: 'neutral' }),
      concurrency: parseCues(CONCURRENCY_CUES, { kind: 'neutral' }),
      vua: parseCues(['vừa'], { kind: 'neutral' }),
    };
  }
  return lexicon;
}

function parseCues(list: CueList, target: Target): Cue[] {
  const cues: Cue[] = [];
  for (const part of list.flatMap((line) => line.split(';'))) {
    const [rawPhrase = '', rawWeight] = part.split('|');
    const exact = rawPhrase.trim().startsWith('=');
    const prefix = rawPhrase.trim().endsWith('*');
    const phrase = rawPhrase.trim().replace(/^=|\*$/g, '');
    const folded = tokenize(phrase);
    if (folded.length === 0) continue;
    const weight = rawWeight === undefined ? Math.min(folded.length, 3) : Number(rawWeight);
    if (!Number.isFinite(weight)) throw new Error(`classifier lexicon: bad weight in "${part}"`);
    const keys = tokenizeWithSpans(phrase).map((t) => diacriticKey(phrase.slice(t.start, t.end)));
    cues.push({ folded, keys, exact, prefix, weight, target });
  }
  return cues;
}

/**
 * Diacritics are information where the writer typed them: "nhiệm vụ" is not "nhiễm", "làm mất"
 * is not "làm mát". A word typed without any can only be compared folded.
 */
function matchesAt(tokens: Token[], at: number, cue: Cue): boolean {
  return cue.folded.every((word, k) => {
    const token = tokens[at + k];
    if (!token) return false;
    if (cue.prefix && k === cue.folded.length - 1) return token.folded.startsWith(word);
    if (token.plain) return !cue.exact && token.folded === word;
    return token.key === cue.keys[k];
  });
}

function findAll(tokens: Token[], cues: Cue[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    for (const cue of cues) {
      // Cheap first-word test before the full comparison (this runs for every word of every report).
      if (!cue.prefix && cue.folded[0] !== token.folded) continue;
      if (matchesAt(tokens, at, cue)) found.push({ start: at, end: at + cue.folded.length, cue });
    }
  });
  return found;
}

/**
 * All cue occurrences, overlaps resolved longest first (then neutral, heaviest, leftmost), so
 * "cáp quang bị đứt" counts once and "qua tài khoản" is not read as "quá tải".
 */
function findCues(tokens: Token[], lex: Lexicon): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    for (const cue of lex.byFirstWord.get(token.folded) ?? [])
      if (matchesAt(tokens, at, cue)) found.push({ start: at, end: at + cue.folded.length, cue });
    for (const cue of lex.prefixWords)
      if (matchesAt(tokens, at, cue)) found.push({ start: at, end: at + cue.folded.length, cue });
  });
  const neutral = (m: Match) => (m.cue.target.kind === 'neutral' ? 0 : 1);
  found.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      neutral(a) - neutral(b) ||
      b.cue.weight - a.cue.weight ||
      a.start - b.start,
  );
  const taken = new Uint8Array(tokens.length);
  const accepted: Match[] = [];
  for (const m of found) {
    if (taken.subarray(m.start, m.end).some((t) => t === 1)) continue;
    taken.fill(1, m.start, m.end);
    accepted.push(m);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * "không phải do mất điện mà do đứt cáp": a cue that starts inside or just after a negator, in
 * its clause, is denied. A cue that starts with the negator ("chưa bị khóa") carries it.
 */
function isNegated(match: Match, negators: Match[], contrasts: Match[], tokens: Token[]): boolean {
  return negators.some((n) => {
    if (match.start <= n.start || match.start - n.end > NEGATION_WINDOW) return false;
    for (let i = Math.min(n.end, match.start); i <= match.start; i++)
      if (tokens[i]!.clauseStart) return false;
    return !contrasts.some((c) => c.start >= n.end && c.start < match.start);
  });
}

function hasConcurrency(tokens: Token[], lex: Lexicon): boolean {
  if (findAll(tokens, lex.concurrency).length > 0) return true;
  const vua = findAll(tokens, lex.vua).map((m) => m.start);
  return vua.some((i, k) => k + 1 < vua.length && vua[k + 1]! - i <= VUA_WINDOW);
}

interface Scores {
  subtype: Map<Subtype, number>;
  group: Map<CauseGroup, number>;
}

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function score(matches: Match[]): Scores {
  const subtype = new Map<Subtype, number>();
  const group = new Map<CauseGroup, number>(CAUSE_GROUPS.map((g) => [g, 0]));
  for (const { cue } of matches) {
    if (cue.target.kind === 'subtype') {
      add(subtype, cue.target.subtype, cue.weight);
      add(group, causeGroupOf(cue.target.subtype), cue.weight);
    } else if (cue.target.kind === 'group') {
      add(group, cue.target.group, cue.weight);
    }
  }
  return { subtype, group };
}

function argmax<K>(keys: readonly K[], value: (k: K) => number): K {
  return keys.reduce((best, k) => (value(k) > value(best) ? k : best));
}

/**
 * Cause over consequence: a storm that cuts the power, an update that breaks an application,
 * a DDoS that overloads a server are classified by what caused them (seed plan II.3 groups
 * incidents by cause). Failures are the usual consequence, so a clear cause of another group
 * wins over them. An attack that happened also wins over the policy lapse it exploited.
 */
function chooseGroup(scores: Scores): { group: CauseGroup; consequence?: CauseGroup } {
  const g = (group: CauseGroup) => scores.group.get(group) ?? 0;
  const top = argmax(CAUSE_GROUPS, g);
  if (top === 'failure') {
    const causes = CAUSE_GROUPS.filter(
      (c) => c !== 'failure' && g(c) >= STRONG && g(c) >= 0.4 * g('failure'),
    );
    if (causes.length > 0) return { group: argmax(causes, g), consequence: 'failure' };
  }
  if (
    top === 'operator' &&
    bestSubtypeIn('operator', scores) === 'operator.policy' &&
    g('attack') >= STRONG
  ) {
    return { group: 'attack', consequence: 'operator' };
  }
  return { group: top };
}

function bestSubtypeIn(group: CauseGroup, scores: Scores): Subtype | undefined {
  const candidates = SUBTYPES.filter((s) => causeGroupOf(s) === group && (scores.subtype.get(s) ?? 0) > 0);
  return candidates.length ? argmax(candidates, (s) => scores.subtype.get(s)!) : undefined;
}

const ATTACK_FORMS: readonly Subtype[] = SUBTYPES.filter(
  (s) => causeGroupOf(s) === 'attack' && s !== 'attack.combined' && s !== 'attack.other',
);

/** The attack forms clearly present; ransomware is malware, so it is not counted twice. */
function strongAttackForms(scores: Scores): Subtype[] {
  const strong = ATTACK_FORMS.filter((s) => (scores.subtype.get(s) ?? 0) >= STRONG);
  return strong.includes('attack.ransomware') ? strong.filter((s) => s !== 'attack.malware') : strong;
}

/**
 * Within the group, the heaviest subtype, with two rules:
 * - attack.combined ("sử dụng kết hợp nhiều hình thức") when the report says so, when three
 *   attack forms are clearly present, or two that happened together ("vừa … vừa", "đồng thời");
 * - a ransom note outranks the generic malware words that usually come with it ("virus").
 * A group named without any subtype cue ("bị hacker tấn công") falls to its "other" subtype.
 */
function chooseSubtype(group: CauseGroup, scores: Scores, concurrent: boolean): Subtype {
  if (group === 'attack') {
    const forms = strongAttackForms(scores);
    const explicit = (scores.subtype.get('attack.combined') ?? 0) >= 4;
    if (explicit || forms.length >= 3 || (forms.length >= 2 && concurrent)) return 'attack.combined';
  }
  const best = bestSubtypeIn(group, scores);
  if (!best) return `${group}.other` as Subtype;
  if (best === 'attack.malware' && (scores.subtype.get('attack.ransomware') ?? 0) >= STRONG) {
    return 'attack.ransomware';
  }
  return best;
}

/**
 * Grows with the evidence for the group and with its share of all evidence; the words of a
 * consequence the cause explains (the power cut after the storm) do not count against it.
 */
function confidenceOf(group: CauseGroup, subtype: Subtype, scores: Scores, consequence?: CauseGroup): number {
  const groupScore = scores.group.get(group) ?? 0;
  const total = CAUSE_GROUPS.filter((g) => g !== consequence).reduce(
    (sum, g) => sum + (scores.group.get(g) ?? 0),
    0,
  );
  const inGroup = SUBTYPES.filter((s) => causeGroupOf(s) === group).reduce(
    (sum, s) => sum + (scores.subtype.get(s) ?? 0),
    0,
  );
  const chosen =
    subtype === 'attack.combined'
      ? strongAttackForms(scores).reduce((sum, s) => sum + (scores.subtype.get(s) ?? 0), 0) +
        (scores.subtype.get(subtype) ?? 0)
      : (scores.subtype.get(subtype) ?? 0);
  // Strength saturates: a few specific phrases are as convincing as many.
  const strength = 1 - Math.exp(-groupScore / 5);
  const groupShare = total > 0 ? groupScore / total : 0;
  const subtypeShare = inGroup > 0 ? Math.min(1, chosen / inGroup) : 0.5;
  const value = strength * groupShare * (0.5 + 0.5 * subtypeShare);
  return Math.round(Math.min(0.99, Math.max(0.01, value)) * 100) / 100;
}

function supports(target: Target, group: CauseGroup, subtype: Subtype): boolean {
  if (target.kind === 'group') return target.group === group;
  if (target.kind !== 'subtype') return false;
  if (target.subtype === subtype) return true;
  // A combined attack is shown by the forms it combines.
  return subtype === 'attack.combined' && causeGroupOf(target.subtype) === 'attack';
}

/** A word typed without diacritics may carry Telex/VNI keystrokes ("ddieenj"): read it as meant. */
function repairToken(token: Token): Token {
  if (!token.plain) return token;
  const folded = repairTypingSlip(token.folded);
  return folded === token.folded ? token : { ...token, folded, key: folded };
}

/**
 * Suggest a classification for the free text of a report, or null when it names nothing we
 * recognise. Pure and deterministic.
 */
export function suggestClassification(text: string): ClassificationSuggestion | null {
  const lex = getLexicon();
  const tokens = tokenizeWithSpans(text).map(repairToken);
  if (tokens.length === 0) return null;

  const negators = findAll(tokens, lex.negators);
  const contrasts = findAll(tokens, lex.contrast);
  const matches = findCues(tokens, lex).filter(
    (m) => m.cue.weight > 0 && !isNegated(m, negators, contrasts, tokens),
  );
  const scores = score(matches);
  if (Math.max(...scores.group.values()) < MIN_SCORE) return null;

  const { group: causeGroup, consequence } = chooseGroup(scores);
  const subtype = chooseSubtype(causeGroup, scores, hasConcurrency(tokens, lex));

  const evidence = [
    ...new Set(
      matches
        .filter((m) => supports(m.cue.target, causeGroup, subtype))
        .map((m) => text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)),
    ),
  ];
  const totalSubtype = [...scores.subtype.values()].reduce((a, b) => a + b, 0);
  const alternatives = [...scores.subtype.entries()]
    .filter(([s]) => s !== subtype)
    .sort((a, b) => b[1] - a[1] || SUBTYPES.indexOf(a[0]) - SUBTYPES.indexOf(b[0]))
    .slice(0, 3)
    .map(([s, v]) => ({ subtype: s, score: Math.round((v / totalSubtype) * 100) / 100 }));

  return {
    causeGroup,
    subtype,
    confidence: confidenceOf(causeGroup, subtype, scores, consequence),
    evidence,
    alternatives,
  };
}
