import dgram from 'node:dgram';
import net from 'node:net';
import { datagramMessage, SyslogFramer } from '@ungcuu/domain/syslog/syslog-framing.ts';

// The syslog listener (issue 10) for firewalls and servers that can only send syslog: UDP
// datagrams (RFC 5426) and TCP streams (RFC 6587, octet counting or LF framing). It only frames
// and batches: received lines go to `sink` every `flushMs` or `batchSize` lines, one batch at a
// time. Nothing a sender writes can crash it: bad frames are counted, an oversized stream is cut,
// a flood beyond `maxQueue` is dropped (UDP) or paused (TCP) and counted.

export interface SyslogListenerOptions {
  host: string;
  /** null: that transport is off. 0: the OS picks (tests). */
  udpPort: number | null;
  tcpPort: number | null;
  maxMessageBytes: number;
  maxConnections: number;
  /** A TCP connection silent this long is closed. */
  idleTimeoutMs: number;
  flushMs: number;
  batchSize: number;
  /** Lines waiting for the sink beyond which UDP lines are dropped and TCP senders paused. */
  maxQueue: number;
}

export const SYSLOG_LISTENER_DEFAULTS = {
  flushMs: 200,
  batchSize: 500,
  maxQueue: 20_000,
  idleTimeoutMs: 5 * 60_000,
} as const;

const UDP_RECEIVE_BUFFER = 4 * 1024 * 1024;

export interface ReceivedLine {
  text: string;
  /** The sender's address (the device, or the relay in front of it). */
  peer: string;
  transport: 'udp' | 'tcp';
  receivedAt: Date;
}

/** What the sink made of a batch: lines it refused (unparsable) and lines stored. */
export interface SinkResult {
  rejected: number;
  accepted: number;
  /** Refused by the intake after parsing (rate limit, suppression counted apart by the intake). */
  refused?: number;
}

export interface SyslogCounts {
  received: number;
  /** Lines that became alerts the intake took. */
  accepted: number;
  /** Bad frames, oversized datagrams and lines that are not syslog. */
  rejected: number;
  /** Lines dropped because the queue was full (UDP) or the intake refused them (rate limit). */
  dropped: number;
  /** Batches the sink failed on (their lines are counted in `dropped`). */
  failedBatches: number;
  connections: number;
  queued: number;
}

export interface SyslogListener {
  udpPort: number | null;
  tcpPort: number | null;
  counts(): SyslogCounts;
  /** Waits until every line received so far went through the sink (tests, shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

type Log = (level: 'info' | 'warn' | 'error', msg: string, data: object) => void;

export async function startSyslogListener(
  options: SyslogListenerOptions,
  sink: (lines: ReceivedLine[]) => Promise<SinkResult>,
  log: Log,
): Promise<SyslogListener> {
  const counts: SyslogCounts = {
    received: 0,
    accepted: 0,
    rejected: 0,
    dropped: 0,
    failedBatches: 0,
    connections: 0,
    queued: 0,
  };
  let queue: ReceivedLine[] = [];
  let flushing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const paused = new Set<net.Socket>();

  function enqueue(text: string, peer: string, transport: 'udp' | 'tcp'): boolean {
    counts.received++;
    if (queue.length >= options.maxQueue) {
      counts.dropped++;
      return false;
    }
    queue.push({ text, peer, transport, receivedAt: new Date() });
    if (queue.length >= options.batchSize) void flush();
    else if (!timer) timer = setTimeout(() => void flush(), options.flushMs);
    return true;
  }

  async function flushOnce(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, options.batchSize);
      queue = queue.slice(batch.length);
      try {
        const result = await sink(batch);
        counts.accepted += result.accepted;
        counts.rejected += result.rejected;
        counts.dropped += result.refused ?? 0;
      } catch (err) {
        counts.failedBatches++;
        counts.dropped += batch.length;
        log('error', 'syslog batch not stored', { err, lines: batch.length });
      }
      if (queue.length < options.maxQueue / 2) resumeAll();
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!flushing)
      flushing = flushOnce().finally(() => {
        flushing = null;
      });
    return flushing;
  }

  function resumeAll() {
    for (const socket of paused) socket.resume();
    paused.clear();
  }

  let udp: dgram.Socket | null = null;
  if (options.udpPort !== null) {
    // A burst of datagrams waits in the kernel while a batch is parsed: ask for a bigger buffer
    // than the default ~200 kB (the kernel caps it at net.core.rmem_max).
    const socket = dgram.createSocket({
      type: options.host.includes(':') ? 'udp6' : 'udp4',
      recvBufferSize: UDP_RECEIVE_BUFFER,
    });
    socket.on('message', (bytes, remote) => {
      const text = datagramMessage(bytes, options.maxMessageBytes);
      if (text === null) {
        counts.received++;
        counts.rejected++;
        return;
      }
      enqueue(text, remote.address, 'udp');
    });
    socket.on('error', (err) => log('error', 'syslog udp socket error', { err }));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(options.udpPort as number, options.host, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    udp = socket;
  }

  let tcp: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  if (options.tcpPort !== null) {
    const server = net.createServer((socket) => {
      if (closed || sockets.size >= options.maxConnections) {
        socket.destroy();
        return;
      }
      sockets.add(socket);
      counts.connections = sockets.size;
      const peer = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
      const framer = new SyslogFramer({ maxMessageBytes: options.maxMessageBytes });
      const take = (chunk: { messages: string[]; rejected: number }) => {
        counts.received += chunk.rejected;
        counts.rejected += chunk.rejected;
        for (const text of chunk.messages) enqueue(text, peer, 'tcp');
        if (queue.length >= options.maxQueue && !socket.isPaused()) {
          // Back-pressure: TCP senders wait (their kernel buffers fill) instead of losing lines.
          socket.pause();
          paused.add(socket);
        }
      };
      socket.setTimeout(options.idleTimeoutMs, () => socket.destroy());
      socket.on('data', (data) => take(framer.push(data)));
      socket.on('end', () => take(framer.end()));
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        sockets.delete(socket);
        paused.delete(socket);
        counts.connections = sockets.size;
      });
    });
    server.on('error', (err) => log('error', 'syslog tcp server error', { err }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.tcpPort as number, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    tcp = server;
  }

  const portOf = (address: ReturnType<net.Server['address']> | null) =>
    typeof address === 'object' && address ? address.port : null;

  return {
    udpPort: udp ? udp.address().port : null,
    tcpPort: tcp ? portOf(tcp.address()) : null,
    counts: () => ({ ...counts, queued: queue.length }),
    async drain() {
      while (queue.length > 0 || flushing) await flush();
    },
    async close() {
      closed = true;
      await Promise.all([
        udp ? new Promise<void>((r) => udp.close(() => r())) : undefined,
        tcp ? new Promise<void>((r) => tcp.close(() => r())) : undefined,
        ...[...sockets].map((s) => new Promise<void>((r) => s.end(() => r()))),
      ]);
      for (const s of sockets) s.destroy();
      // What arrived before the close is still stored.
      while (queue.length > 0 || flushing) await flush();
    },
  };
}
