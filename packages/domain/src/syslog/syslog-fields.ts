// Field readers the syslog parsing rules share: key=value pairs, addresses, ports.

/** `a=1 b="two words" c='x'` → { a: '1', b: 'two words', c: 'x' }; keys are word characters. */
export function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pair = /([A-Za-z_][\w.-]{0,63})=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S*))/g;
  let count = 0;
  for (let m = pair.exec(text); m && count < 200; m = pair.exec(text), count++) {
    const key = m[1] as string;
    if (key in out) continue;
    out[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? m[4] ?? '');
  }
  return out;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]{2,39}(%[\w.]{1,16})?$/;

export function isIp(text: string): boolean {
  return IPV4.test(text) || (text.includes(':') && IPV6.test(text) && /^[^:]*(:[^:]*){2,}$/.test(text));
}

export function ipOrNull(text: string | undefined): string | null {
  return text && isIp(text) ? text : null;
}

export function port(text: string | undefined): number | null {
  if (!text || !/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

export function endpoint(ip: string | null, p: number | null): string {
  return p === null ? (ip ?? '?') : `${ip ?? '?'}:${p}`;
}

export function firstLine(text: string): string {
  return (text.split(/\r?\n/, 1)[0] ?? '').trim();
}

export function compact(record: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record))
    if (value !== undefined && value !== '') out[key] = value;
  return out;
}
