// Syslog over TCP (RFC 6587): a connection carries either octet-counted frames
// (`MSG-LEN SP SYSLOG-MSG`, §3.4.1) or frames ended by LF (non-transparent framing, §3.4.2;
// CRLF and NUL trailers seen in the wild too). Like rsyslog's imtcp the framing is read from each
// frame's first byte — a digit starts a length, `<` a message — so a connection may use either.
// Pure: bytes in, messages and a count of rejected frames out.

export interface SyslogFramerOptions {
  /** Longest frame in bytes; longer ones are skipped whole and counted once. */
  maxMessageBytes: number;
}

export interface FramedChunk {
  messages: string[];
  /** Frames refused: too long, or an octet count that is not a number. */
  rejected: number;
}

const LF = 0x0a;
const NUL = 0x00;
const SPACE = 0x20;
const MAX_LENGTH_DIGITS = 9;

export class SyslogFramer {
  private readonly max: number;
  private readonly decoder = new TextDecoder('utf-8');
  private buffer: Uint8Array = new Uint8Array(0);
  /** Bytes still to drop from a refused frame (octet counting) … */
  private skipBytes = 0;
  /** … or until the next LF (newline framing). */
  private skipLine = false;

  constructor(options: SyslogFramerOptions) {
    this.max = options.maxMessageBytes;
  }

  /** Feeds one chunk of the stream; returns the frames it completed. */
  push(chunk: Uint8Array): FramedChunk {
    const out: FramedChunk = { messages: [], rejected: 0 };
    let data = this.buffer.length === 0 ? chunk : concat(this.buffer, chunk);
    let at = 0;
    while (at < data.length) {
      if (this.skipBytes > 0) {
        const drop = Math.min(this.skipBytes, data.length - at);
        this.skipBytes -= drop;
        at += drop;
        continue;
      }
      if (this.skipLine) {
        const lf = indexOfTerminator(data, at);
        if (lf < 0) {
          at = data.length;
          break;
        }
        this.skipLine = false;
        at = lf + 1;
        continue;
      }
      const first = data[at] as number;
      if (first === LF || first === NUL || first === 0x0d || first === SPACE) {
        at++;
        continue;
      }
      if (first >= 0x31 && first <= 0x39) {
        const step = this.octetCounted(data, at, out);
        if (step < 0) break;
        at = step;
        continue;
      }
      const lf = indexOfTerminator(data, at);
      if (lf < 0) {
        if (data.length - at > this.max) {
          out.rejected++;
          this.skipLine = true;
          at = data.length;
        }
        break;
      }
      if (lf - at > this.max) out.rejected++;
      else out.messages.push(this.decode(data.subarray(at, lf)));
      at = lf + 1;
    }
    data = data.subarray(at);
    this.buffer = data.length === 0 ? new Uint8Array(0) : data.slice();
    return out;
  }

  /** The stream ended: a last line without LF still counts (newline framing only). */
  end(): FramedChunk {
    const out: FramedChunk = { messages: [], rejected: 0 };
    const rest = this.buffer;
    this.buffer = new Uint8Array(0);
    if (rest.length === 0 || this.skipLine || this.skipBytes > 0) return out;
    const first = rest[0] as number;
    if (first >= 0x31 && first <= 0x39) out.rejected++;
    else if (rest.length > this.max) out.rejected++;
    else out.messages.push(this.decode(rest));
    return out;
  }

  /** Bytes held waiting for the rest of a frame (bounded by the frame limit). */
  get pending(): number {
    return this.buffer.length;
  }

  /** Returns the index after the frame, or -1 when more bytes are needed. */
  private octetCounted(data: Uint8Array, at: number, out: FramedChunk): number {
    let i = at;
    let length = 0;
    while (i < data.length && i - at < MAX_LENGTH_DIGITS + 1) {
      const c = data[i] as number;
      if (c === SPACE) break;
      if (c < 0x30 || c > 0x39) {
        // Not a length after all: a line that happens to start with a digit. Drop it.
        out.rejected++;
        this.skipLine = true;
        return i;
      }
      length = length * 10 + (c - 0x30);
      i++;
    }
    if (i >= data.length) return -1;
    if (data[i] !== SPACE) {
      out.rejected++;
      this.skipLine = true;
      return i;
    }
    const start = i + 1;
    if (length > this.max) {
      out.rejected++;
      this.skipBytes = length;
      return start;
    }
    if (data.length - start < length) return -1;
    out.messages.push(this.decode(data.subarray(start, start + length)));
    return start + length;
  }

  private decode(bytes: Uint8Array): string {
    let end = bytes.length;
    while (end > 0 && (bytes[end - 1] === 0x0d || bytes[end - 1] === LF)) end--;
    return this.decoder.decode(bytes.subarray(0, end));
  }
}

/** One UDP datagram is one message (RFC 5426 §3.1); trailing line ends are not part of it. */
export function datagramMessage(bytes: Uint8Array, maxMessageBytes: number): string | null {
  if (bytes.length > maxMessageBytes) return null;
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === LF || bytes[end - 1] === 0x0d || bytes[end - 1] === NUL)) end--;
  return new TextDecoder('utf-8').decode(bytes.subarray(0, end));
}

function indexOfTerminator(data: Uint8Array, from: number): number {
  for (let i = from; i < data.length; i++) {
    const c = data[i];
    if (c === LF || c === NUL) return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
