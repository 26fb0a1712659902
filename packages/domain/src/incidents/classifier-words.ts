import { type Token, wordForms } from '../text/normalize.ts';
import { repairTypingSlip } from '../text/typing-slips.ts';
import { type WordCues, wordCues } from './classifier.ts';
import { entryOf, type RawWord, type Runtime, type WordEntry } from './classifier-runtime.ts';

/**
 * A report's words for the learned suggester (issue 13): cut as normalize.ts `tokenizeWithSpans`
 * cuts them, each found in the model's runtime by a hash of its characters, so that a word seen
 * before costs no substring, no regular expression and no Map lookup.
 */

// As normalize.ts: a word is a run of letters, marks and digits; these end a clause.
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CLAUSE_BREAKS = new Set([...'.,;:!?()[]\n–—'].map((c) => c.charCodeAt(0)));

export function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** A written word's forms and entries, made on first sight. */
export function rawWord(rt: Runtime, written: string, hash: number): RawWord {
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

export function pushToken(
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
export function scanWords(
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
