// Version comparison for product matching (warnings, issue 11). Versions in inventories and
// advisories come in many shapes: dotted numbers ("10.0.19045"), semver with pre-releases
// ("1.0.0-rc.1"), distribution revisions ("2.4.58-1ubuntu1", "1:2.4.58-1"), OpenSSL letters
// ("1.1.1w"). One total order covers them all:
//   epoch, then the dotted release numbers (missing parts are 0: "2.4" = "2.4.0"), then the phase
//   (pre-release < release < post-release), then the suffix tokens.
// A suffix is a pre-release when it starts with "~" (Debian) or a pre-release word (alpha, beta,
// rc, dev, preview…): "2.4.58-rc1" < "2.4.58". Any other suffix is a revision or build of that
// release and sorts after it: "2.4.58-1ubuntu" ≥ "2.4.58", so it is not "< 2.4.58".

type Token = number | string;

interface ParsedVersion {
  epoch: number;
  release: number[];
  /** -1 pre-release, 0 plain release, 1 revision/build suffix. */
  phase: -1 | 0 | 1;
  tokens: Token[];
}

const PRE_WORDS: Record<string, number> = {
  dev: 0,
  snapshot: 0,
  nightly: 0,
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  m: 3,
  milestone: 3,
  pre: 4,
  preview: 4,
  rc: 5,
  cr: 5,
};

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\d+|[a-z]+/g)) out.push(/^\d/.test(m[0]) ? Number(m[0]) : m[0]);
  return out;
}

export function parseVersion(raw: string): ParsedVersion {
  let text = raw.trim().toLowerCase();
  let epoch = 0;
  const epochMatch = /^(\d+):(?=\d)/.exec(text);
  if (epochMatch) {
    epoch = Number(epochMatch[1]);
    text = text.slice(epochMatch[0].length);
  }
  text = text.replace(/^v(?=\d)/, '');
  const releaseMatch = /^\d+(?:\.\d+)*/.exec(text);
  const release = releaseMatch ? releaseMatch[0].split('.').map(Number) : [];
  while (release.length > 0 && release[release.length - 1] === 0) release.pop();
  let rest = releaseMatch ? text.slice(releaseMatch[0].length) : text;
  // Build metadata (semver "+…") does not order versions.
  rest = rest.replace(/\+.*$/, '');
  if (rest.replace(/[^a-z0-9~]/g, '') === '') return { epoch, release, phase: 0, tokens: [] };
  const tilde = rest.startsWith('~');
  const tokens = tokenize(rest);
  const first = tokens[0];
  const preRank = typeof first === 'string' ? PRE_WORDS[first] : undefined;
  // "1.1.1a" (OpenSSL) is a later release, "1.0a1" an alpha: one letter is a pre word only with a number after it.
  const isPreWord = preRank !== undefined && (first!.toString().length > 1 || typeof tokens[1] === 'number');
  if (tilde || isPreWord) {
    return {
      epoch,
      release,
      phase: -1,
      tokens: isPreWord ? [preRank!, ...tokens.slice(1)] : tokens,
    };
  }
  if (!releaseMatch) return { epoch, release, phase: 0, tokens };
  return { epoch, release, phase: 1, tokens };
}

function compareTokens(a: Token, b: Token): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareLists<T>(a: T[], b: T[], cmp: (x: T, y: T) => number, missing?: T): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length && missing === undefined) return -1;
    if (i >= b.length && missing === undefined) return 1;
    const c = cmp(a[i] ?? (missing as T), b[i] ?? (missing as T));
    if (c !== 0) return c;
  }
  return 0;
}

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (x.epoch !== y.epoch) return x.epoch < y.epoch ? -1 : 1;
  const r = compareLists(x.release, y.release, (p, q) => (p === q ? 0 : p < q ? -1 : 1), 0);
  if (r !== 0) return r;
  if (x.phase !== y.phase) return x.phase < y.phase ? -1 : 1;
  return compareLists(x.tokens, y.tokens, compareTokens);
}

/** The dotted release numbers as written (trailing zeros kept): what a wildcard "2.4.*" tests. */
export function releaseNumbers(raw: string): number[] {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^\d+:(?=\d)/, '')
    .replace(/^v(?=\d)/, '');
  const m = /^\d+(?:\.\d+)*/.exec(text);
  return m ? m[0].split('.').map(Number) : [];
}
