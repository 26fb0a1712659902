/**
 * Repair of Telex and VNI typing slips (issue 14): when the Vietnamese input method is off or
 * misfires, the keystrokes land in the text as typed: "ddieenj" for "điện", "maxs" for "mã",
 * "d9ie65n" in VNI. Folded Vietnamese never contains w/f/j/z, never doubles a vowel other than in
 * "oo", and never ends in s/f/r/x/j, so these keystrokes can be recognised and undone on folded
 * words. The result is the folded word ("dien", "ma"), the same key an accented or plain spelling
 * folds to, so matching needs nothing else.
 *
 * A word is repaired only when what is left is a valid Vietnamese syllable and the word is not a
 * known English or technical word: "ddos", "dns", "now" and "this" would otherwise become
 * "do", "dn", "no" and "thi".
 */

// Vowel nuclei of folded Vietnamese syllables (marks removed, so ă/â/a are all "a").
const NUCLEI =
  'a|ai|ao|au|ay|e|eo|eu|i|ia|ie|ieu|iu|o|oa|oai|oao|oay|oe|oeo|oi|oo|u|ua|uay|uai|ue|ui|uo|uoi|uou|uu|uy|uya|uye|uyu|y|ye|yeu';
const SYLLABLE = new RegExp(
  `^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?(${NUCLEI})(ch|ng|nh|[cmnpt])?$`,
);
// "gi" and "qu" onsets are followed by a vowel that already begins the nucleus ("gia", "qua").
const SYLLABLE_GI_QU = new RegExp(`^(gi|qu)(${NUCLEI})?(ch|ng|nh|[cmnpt])?$`);

/** True when the folded word is a possible Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word) || SYLLABLE_GI_QU.test(word);
}

/**
 * English and technical words that look like slips. Mostly words whose Telex reading is a
 * syllable ("dos" → "dó"); the list was built from the English words of the training corpus
 * (not the untouched test part) that the rules would otherwise change, plus common short words.
 */
const PROTECTED = new Set(
  (
    'ddos dos dns os is as has was this us its it his hers yes bus gas plus thus gets sets lets hits bits cuts puts ' +
    'nets bots cats rats tips tops logs maps apps ips pcs vms ups sms mms cms vps nas san ssh ssl tls cpu ram lan wan ' +
    'now new how down town own own saw law few view show slow flow low row two who we web www wifi window windows ' +
    'owner power tower shower lower network firewall software hardware malware ransomware spyware wiper password ' +
    'powers lows news nows aws bows ' +
    'of if off for or nor per our your their after over under never ever server user router other order ' +
    'by my any many day may say way pay key day stay try cry dry why ' +
    'fix mix max box tax six sex linux unix ' +
    'oops too zoo good food door poor boot root loop pool tool cool noob foo ' +
    'see bee fee free tree three ' +
    'java jar job jobs join joy raj'
  ).split(/\s+/),
);

const TONE_LETTERS = /[sfrxjz]{1,2}$/;
// A Telex tone typed after the vowel but before the final consonant: "tasn" for "tán".
const TONE_BEFORE_CODA = /([aeiouy])[sfrxj](ch|ng|nh|[cmnpt])$/;

function telexToFolded(word: string): string {
  let w = word.replace(/dd/g, 'd');
  w = w.replace(TONE_BEFORE_CODA, '$1$2');
  if (!isVietnameseSyllable(w)) w = w.replace(TONE_LETTERS, '');
  return w
    .replace(/uow/g, 'uo')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u');
}

/**
 * The folded word with Telex or VNI keystrokes undone, or the word itself when it does not look
 * like a slip. Input: a folded word (lowercase, no diacritics, see `foldVietnamese`).
 */
export function repairTypingSlip(word: string): string {
  let repaired = REPAIRED.get(word);
  if (repaired === undefined) {
    repaired = repair(word);
    if (REPAIRED.size >= REPAIRED_LIMIT) REPAIRED.clear();
    REPAIRED.set(word, repaired);
  }
  return repaired;
}

// Words repeat; the regular expressions below cost more than a lookup.
const REPAIRED = new Map<string, string>();
const REPAIRED_LIMIT = 50_000;

function repair(word: string): string {
  if (word.length < 2 || PROTECTED.has(word)) return word;
  if (/\d/.test(word)) {
    // VNI: digits 1–9 typed after letters carry the marks ("d9ie65n", "ma4"); "md5", "win10" stay.
    if (!/^[a-z][a-z1-9]*$/.test(word)) return word;
    const stripped = word.replace(/[1-9]/g, '');
    return isVietnameseSyllable(stripped) ? stripped : word;
  }
  if (!/^[a-z]+$/.test(word)) return word;
  const candidate = telexToFolded(word);
  return candidate !== word && isVietnameseSyllable(candidate) ? candidate : word;
}
