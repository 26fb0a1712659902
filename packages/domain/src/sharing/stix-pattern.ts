import type { ObservableKind } from '../incidents/observables.ts';
import { hashAlgorithm } from '../incidents/observables.ts';

/**
 * The simple STIX 2.1 patterns (§9) that carry indicators: equality comparisons on a known object
 * path, joined by OR (or AND inside one observation, e.g. a file's name and hash), grouped in
 * brackets and parentheses, with qualifiers (WITHIN, START/STOP, REPEATS) read past. Anything else
 * (LIKE, MATCHES, ranges, negation) is "not understood": the caller skips the indicator with a
 * warning rather than guess.
 */
export interface PatternTerm {
  kind: ObservableKind;
  value: string;
}

export type PatternResult = { ok: true; terms: PatternTerm[] } | { ok: false; reason: string };

const MAX_PATTERN = 20_000;

type Token =
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'punct'; v: string }
  | { t: 'num'; v: string };

function tokenize(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= pattern.length) return 'unterminated string';
        const d = pattern[i]!;
        if (d === '\\') {
          const next = pattern[i + 1];
          if (next !== "'" && next !== '\\') return 'bad escape';
          value += next;
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      tokens.push({ t: 'str', v: value });
    } else if ('[]():.,'.includes(c)) {
      tokens.push({ t: 'punct', v: c });
      i++;
    } else if (c === '!' && pattern[i + 1] === '=') {
      tokens.push({ t: 'punct', v: '!=' });
      i += 2;
    } else if ('=<>'.includes(c)) {
      const two = pattern.slice(i, i + 2);
      const op = two === '<=' || two === '>=' ? two : c;
      tokens.push({ t: 'punct', v: op });
      i += op.length;
    } else if ((c === 't' || c === 'b' || c === 'h') && pattern[i + 1] === "'") {
      i++; // t'…' timestamp, b'…' binary, h'…' hex literal: the quoted part follows
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z0-9_-]+/.exec(pattern.slice(i))![0];
      tokens.push({ t: 'word', v: m });
      i += m.length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(pattern.slice(i))![0];
      tokens.push({ t: 'num', v: m });
      i += m.length;
    } else {
      return `unexpected "${c}"`;
    }
  }
  return tokens;
}

/** Object path (type:prop.sub.'quoted'[0]) → the observable kind it names, or null. */
function kindOfPath(path: string[]): ObservableKind | 'hash-other' | null {
  const [type, ...props] = path;
  const p = props.join('.');
  switch (type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
      return p === 'value' ? 'ip' : null;
    case 'domain-name':
      return p === 'value' ? 'domain' : null;
    case 'url':
      return p === 'value' ? 'url' : null;
    case 'email-addr':
      return p === 'value' ? 'email' : null;
    case 'email-message':
      return p === 'from_ref.value' || p === 'sender_ref.value' ? 'email' : null;
    case 'file':
      if (p === 'name') return 'filename';
      if (/^hashes\.(MD5|SHA-1|SHA-256|SHA1|SHA256)$/i.test(p)) return 'hash';
      return p.startsWith('hashes.') ? 'hash-other' : null;
    default:
      return null;
  }
}

/** The indicators of a STIX pattern, or why it is not one this importer understands. */
export function parseStixPattern(pattern: string): PatternResult {
  if (pattern.length > MAX_PATTERN) return { ok: false, reason: 'pattern too long' };
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  const terms: PatternTerm[] = [];
  let depth = 0;
  let i = 0;
  let sawComparison = false;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.t === 'punct' && (tok.v === '[' || tok.v === '(')) {
      depth++;
      i++;
      continue;
    }
    if (tok.t === 'punct' && (tok.v === ']' || tok.v === ')')) {
      depth--;
      if (depth < 0) return { ok: false, reason: 'unbalanced brackets' };
      i++;
      continue;
    }
    if (tok.t === 'word' && /^(OR|AND|FOLLOWEDBY)$/.test(tok.v)) {
      i++;
      continue;
    }
    // Qualifiers after an observation: WITHIN 600 SECONDS, REPEATS 5 TIMES, START t'…' STOP t'…'.
    if (tok.t === 'word' && /^(WITHIN|REPEATS|START|STOP|SECONDS|TIMES)$/.test(tok.v)) {
      i++;
      while (i < tokens.length && (tokens[i]!.t === 'num' || tokens[i]!.t === 'str')) i++;
      continue;
    }
    if (tok.t === 'word' && tok.v === 'NOT') return { ok: false, reason: 'negation' };
    // A comparison: objectType ':' path op value.
    if (tok.t !== 'word' || tokens[i + 1]?.t !== 'punct' || tokens[i + 1]?.v !== ':') {
      return { ok: false, reason: `unexpected "${tok.v}"` };
    }
    const path = [tok.v];
    i += 2;
    let prop = '';
    for (;;) {
      const p = tokens[i];
      if (!p) return { ok: false, reason: 'incomplete comparison' };
      if (p.t === 'word' || p.t === 'str') {
        prop += p.v;
        i++;
      } else if (p.t === 'punct' && p.v === '.') {
        path.push(prop);
        prop = '';
        i++;
      } else if (p.t === 'punct' && p.v === '[' && tokens[i + 2]?.v === ']') {
        i += 3; // list index or [*]: the same object kind
      } else break;
    }
    path.push(prop);
    const op = tokens[i];
    if (op?.t !== 'punct' || op.v !== '=') {
      return { ok: false, reason: `operator ${op?.v ?? 'missing'} not supported` };
    }
    const value = tokens[i + 1];
    if (value?.t !== 'str') return { ok: false, reason: 'value is not a string' };
    i += 2;
    sawComparison = true;
    const kind = kindOfPath(path);
    if (kind === null) return { ok: false, reason: `object path ${path.join('.')} not supported` };
    if (kind === 'hash-other') continue; // SHA-512, SSDEEP…: an equal MD5/SHA-* is usually beside it
    if (kind === 'hash' && hashAlgorithm(value.v) === null) {
      return { ok: false, reason: `not a hash: ${value.v.slice(0, 80)}` };
    }
    terms.push({ kind, value: value.v });
  }
  if (depth !== 0) return { ok: false, reason: 'unbalanced brackets' };
  if (!sawComparison) return { ok: false, reason: 'no comparison' };
  return { ok: true, terms };
}

/** A STIX string literal: backslash and quote escaped (§9.2). */
function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The pattern of one indicator, for export. */
export function stixPatternOf(kind: ObservableKind, value: string): string {
  switch (kind) {
    case 'ip':
      return `[${value.includes(':') ? 'ipv6-addr' : 'ipv4-addr'}:value = ${quote(value)}]`;
    case 'domain':
      return `[domain-name:value = ${quote(value)}]`;
    case 'url':
      return `[url:value = ${quote(value)}]`;
    case 'email':
      return `[email-addr:value = ${quote(value)}]`;
    case 'filename':
      return `[file:name = ${quote(value)}]`;
    case 'hash': {
      const algorithm = hashAlgorithm(value);
      const key = algorithm === 'md5' ? 'MD5' : algorithm === 'sha1' ? "'SHA-1'" : "'SHA-256'";
      return `[file:hashes.${key} = ${quote(value)}]`;
    }
  }
}
