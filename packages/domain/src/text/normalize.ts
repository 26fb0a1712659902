/**
 * Text folding for matching Vietnamese typed with or without diacritics, and English.
 *
 * Officers often type without diacritics (phone keyboards, old Telex/VNI setups), so matching
 * works on a folded form: lowercase, no tone or vowel marks, đ → d. Folding loses information
 * ("bão" storm and "báo" report both fold to "bao"), which the callers resolve with context.
 */

// Combining marks left after NFD: tones (0300–0309, 0323) and vowel marks (0302, 0306, 031B).
const COMBINING_MARKS = /\p{M}/gu;
// The five tone marks: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// A word is a run of letters, marks and digits; everything else separates words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Punctuation that ends a clause; negation and causal scope stop there.
const CLAUSE_BREAK = /[.,;:!?()[\]\n–—]/;

/** Lowercase, strip diacritics (đ → d), collapse whitespace. */
export function foldVietnamese(text: string): string {
  return foldWord(text).replace(/\s+/g, ' ').trim();
}

function foldWord(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return tokenizeWithSpans(text).map((t) => t.folded);
}

/**
 * The word lowercased with its diacritics, the tone mark moved to the end, so that the two
 * customary tone placements compare equal ("hoá" and "hóa" both give "hoa" + acute).
 */
export function diacriticKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.sort().join('');
}

export interface Token {
  /** The word folded by {@link foldVietnamese}. */
  folded: string;
  /** {@link diacriticKey} of the word, to compare words typed with diacritics. */
  key: string;
  /** Typed without any diacritics, so only its folded form says anything. */
  plain: boolean;
  /** Offsets of the word in the original text, so matches can be shown as the user wrote them. */
  start: number;
  end: number;
  /** True when punctuation separates this word from the previous one. */
  clauseStart: boolean;
}

// Words repeat across reports; folding one (NFD, marks) costs more than looking it up.
const WORD_CACHE = new Map<string, { folded: string; key: string; plain: boolean }>();
const WORD_CACHE_LIMIT = 50_000;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** The forms of one word as the tokenizer gives them (cached: words repeat). */
export function wordForms(word: string): { folded: string; key: string; plain: boolean } {
  let forms = WORD_CACHE.get(word);
  if (forms) return forms;
  if (ASCII_WORD.test(word)) {
    const lower = word.toLowerCase();
    forms = { folded: lower, key: lower, plain: true };
  } else {
    const folded = foldWord(word);
    forms = { folded, key: diacriticKey(word), plain: folded === word.toLowerCase() };
  }
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(word, forms);
  return forms;
}

/** Words with their position in the original text. */
export function tokenizeWithSpans(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const { folded, key, plain } = wordForms(word);
    tokens.push({
      folded,
      key,
      plain,
      start,
      end: start + word.length,
      clauseStart: tokens.length === 0 || CLAUSE_BREAK.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
