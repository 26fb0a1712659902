import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { NormalisedAlert } from '@ungcuu/domain/alerts/alert.ts';
import { syslogItems } from '@ungcuu/domain/syslog/syslog-alert.ts';
import {
  type ReceivedLine,
  SYSLOG_LISTENER_DEFAULTS,
  type SyslogListener,
  type SyslogListenerOptions,
  startSyslogListener,
} from './syslog-listener.ts';

// The listener against the real syslog client of util-linux (`logger`, package bsdutils; .ci/run
// installs it when missing), over UDP and TCP, both framings, and against a malformed flood.

const run = promisify(execFile);
const hasLogger = spawnSync('logger', ['--version']).status === 0;
const skip = hasLogger || process.env.CI === 'true' ? false : 'logger (util-linux) not installed';

const OPTIONS: SyslogListenerOptions = {
  ...SYSLOG_LISTENER_DEFAULTS,
  host: '127.0.0.1',
  udpPort: 0,
  tcpPort: 0,
  maxMessageBytes: 2048,
  maxConnections: 8,
  flushMs: 20,
  batchSize: 50,
};

interface Started {
  listener: SyslogListener;
  alerts: NormalisedAlert[];
  batches: number[];
  lines: ReceivedLine[];
}

async function start(
  options: Partial<SyslogListenerOptions> = {},
  slowSink?: Promise<void>,
): Promise<Started> {
  const alerts: NormalisedAlert[] = [];
  const batches: number[] = [];
  const lines: ReceivedLine[] = [];
  const listener = await startSyslogListener(
    { ...OPTIONS, ...options },
    async (batch) => {
      await slowSink;
      batches.push(batch.length);
      lines.push(...batch);
      const { items, rejected } = syslogItems(batch);
      for (const item of items) if (item.ok) alerts.push(item.alert);
      return { accepted: items.length, rejected };
    },
    () => {},
  );
  return { listener, alerts, batches, lines };
}

async function logger(port: number, args: string[], input?: string): Promise<void> {
  const child = run('logger', ['--server', '127.0.0.1', '--port', String(port), ...args]);
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  await child;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('syslog listener with the util-linux logger', { skip }, () => {
  let s: Started;
  before(async () => {
    s = await start();
  });
  after(async () => {
    await s.listener.close();
  });

  test('UDP, RFC 5424 and RFC 3164: an sshd failure and a ufw block become alerts', async () => {
    const udp = s.listener.udpPort as number;
    await logger(udp, [
      '--udp',
      '--rfc5424',
      '--tag',
      'sshd',
      '-p',
      'auth.info',
      '--msgid',
      'AUTH',
      'Failed password for invalid user admin from 203.0.113.7 port 40022 ssh2',
    ]);
    await logger(udp, [
      '--udp',
      '--rfc3164',
      '--tag',
      'kernel',
      '-p',
      'kern.warning',
      '[UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.9 DST=10.0.0.2 LEN=60 PROTO=TCP SPT=51234 DPT=22',
    ]);
    await until(() => s.alerts.length >= 2, 'two alerts');
    const ssh = s.alerts.find((a) => a.ruleId === 'sshd:failed_password');
    assert.ok(ssh, 'the sshd rule read the RFC 5424 line');
    assert.equal(ssh.srcIp, '203.0.113.7');
    assert.equal(ssh.ip, '127.0.0.1', 'the sender is the asset when the line names no address');
    assert.equal(ssh.category, 'sshd');
    const ufw = s.alerts.find((a) => a.ruleId === 'UFW BLOCK');
    assert.ok(ufw, 'the netfilter rule read the RFC 3164 line');
    assert.equal(ufw.destIp, '10.0.0.2');
    assert.equal(ufw.severity, 'low');
  });

  test('TCP with octet counting and with newline framing: every line of a stream, in batches', async () => {
    const tcp = s.listener.tcpPort as number;
    const before = s.alerts.length;
    const text = Array.from({ length: 120 }, (_, i) => `octet line ${i}`).join('\n');
    await logger(
      tcp,
      ['--tcp', '--octet-count', '--rfc5424', '--tag', 'app', '--sd-id', 'test@32473', '--sd-param', 'n="1"'],
      text,
    );
    const plain = Array.from({ length: 80 }, (_, i) => `newline line ${i}`).join('\n');
    await logger(tcp, ['--tcp', '--rfc3164', '--tag', 'app'], plain);
    await until(() => s.alerts.length >= before + 200, '200 alerts over TCP');
    const got = s.alerts.slice(before).map((a) => a.message);
    assert.ok(got.includes('octet line 0') && got.includes('octet line 119'));
    assert.ok(got.includes('newline line 0') && got.includes('newline line 79'));
    const octet = s.alerts.find((a) => a.message === 'octet line 5');
    assert.ok(octet);
    assert.equal((octet.raw as { fields: Record<string, string> }).fields['test@32473.n'], '1');
    assert.ok(Math.max(...s.batches) <= OPTIONS.batchSize, 'batches stay within their size');
  });

  test('a malformed flood is counted as rejections; the listener keeps serving', async () => {
    const tcp = s.listener.tcpPort as number;
    const udp = s.listener.udpPort as number;
    const before = s.listener.counts();
    // TCP: lines without PRI, binary, an absurd octet count, an endless line.
    const socket = net.connect(tcp, '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    const garbage: Buffer[] = [];
    for (let i = 0; i < 2000; i++) garbage.push(Buffer.from(`garbage ${i} without priority\n`));
    garbage.push(Buffer.from([0x3c, 0x31, 0x33, 0x3e, 0x00, 0x01, 0xff, 0x0a]));
    garbage.push(Buffer.alloc(5000, 0x41));
    garbage.push(Buffer.from('\n<14>1 - - app - - - after the storm\n'));
    // A length no frame may have: the rest of the stream is skipped as that frame.
    garbage.push(Buffer.from('999999 <14>1 - - app - - - swallowed\n'));
    socket.end(Buffer.concat(garbage));
    await new Promise<void>((r) => socket.once('close', () => r()));
    // UDP: oversized and nonsense datagrams.
    const client = dgram.createSocket('udp4');
    for (let i = 0; i < 200; i++)
      await new Promise<void>((r) =>
        client.send(i % 2 ? 'x'.repeat(3000) : `<999>nonsense ${i}`, udp, '127.0.0.1', () => r()),
      );
    client.close();
    await logger(udp, ['--udp', '--rfc5424', '--tag', 'probe', 'still alive']);
    await until(() => s.alerts.some((a) => a.message === 'still alive'), 'a good line after the flood');
    await s.listener.drain();
    const after = s.listener.counts();
    assert.ok(after.rejected - before.rejected >= 2000, `rejected ${after.rejected - before.rejected}`);
    assert.ok(
      s.alerts.some((a) => a.message === 'after the storm'),
      'the stream resynchronised',
    );
    assert.ok(!s.alerts.some((a) => a.message === 'swallowed'));
    assert.equal(after.connections, 0);
  });

  test('connections beyond the limit are refused; the others are served', async () => {
    const tcp = s.listener.tcpPort as number;
    const sockets = await Promise.all(
      Array.from({ length: OPTIONS.maxConnections + 4 }, () => {
        const c = net.connect(tcp, '127.0.0.1');
        c.on('error', () => {});
        return new Promise<net.Socket>((r) => c.once('connect', () => r(c)));
      }),
    );
    await until(() => s.listener.counts().connections === OPTIONS.maxConnections, 'the limit reached');
    await until(() => sockets.filter((c) => c.destroyed || c.readableEnded).length >= 4, 'extra ones closed');
    for (const c of sockets) c.destroy();
  });
});

describe('syslog listener under back-pressure', { skip }, () => {
  test('UDP lines beyond the queue are dropped and counted; nothing is lost once the sink catches up', async () => {
    let release = () => {};
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const s = await start({ maxQueue: 100, batchSize: 10 }, slow);
    try {
      const client = dgram.createSocket('udp4');
      for (let i = 0; i < 300; i++)
        await new Promise<void>((r) =>
          client.send(`<13>1 - h app - - - line ${i}`, s.listener.udpPort as number, '127.0.0.1', () => r()),
        );
      client.close();
      await until(() => s.listener.counts().received === 300, '300 datagrams');
      const counts = s.listener.counts();
      assert.ok(counts.dropped >= 190, `dropped ${counts.dropped}`);
      release();
      await s.listener.drain();
      assert.equal(s.alerts.length + s.listener.counts().dropped, 300);
    } finally {
      release();
      await s.listener.close();
    }
  });
});
