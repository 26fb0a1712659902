// Syslog intake speed (issue 10): how many lines per second the parsing rules read, and how many
// the listener takes over TCP (octet counting) and UDP into batches, with the parsing in the sink
// but no database (the database side is bench/alert-intake.ts). Prints figures; asserts nothing.
//
//   npx tsx bench/syslog.ts                         (BENCH_LINES=200000)
import { spawn } from 'node:child_process';
import net from 'node:net';
import { syslogItems } from '@ungcuu/domain/syslog/syslog-alert.ts';
import { alertFromSyslogLine } from '@ungcuu/domain/syslog/syslog-rules.ts';
import { SYSLOG_LISTENER_DEFAULTS, startSyslogListener } from '../apps/server/src/syslog/syslog-listener.ts';

const LINES = Number(process.env.BENCH_LINES ?? 200_000);

const SAMPLES = [
  '<134>Dec  5 10:00:00 filterlog[7812]: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,12345,0,DF,6,tcp,60,203.0.113.9,198.51.100.2,51234,22,0,S,1234567890,,64240,,mss',
  '<189>date=2026-12-05 time=10:01:02 devname="FGT-UBND" devid="FG100F" logid="0000000013" type="traffic" subtype="forward" level="warning" srcip=45.33.32.156 srcport=40000 dstip=10.10.1.5 dstport=3389 action="deny"',
  '<4>Dec  5 10:00:01 web01 kernel: [12345.678901] [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.5 DST=10.0.0.2 LEN=60 PROTO=TCP SPT=51234 DPT=22',
  '<38>1 2026-12-05T10:00:02+07:00 web01 sshd 2345 - - Failed password for invalid user admin from 203.0.113.7 port 40022 ssh2',
  '<13>Dec  5 10:00:03 DC01 nxlog: EventID=4625 Hostname=DC01 TargetUserName=admin IpAddress=203.0.113.8',
  '<30>1 2026-12-05T10:00:04Z db01 postgres 77 - - LOG: checkpoint complete',
];
const line = (i: number) => SAMPLES[i % SAMPLES.length] as string;

function parseRate(): number {
  const now = new Date();
  const started = performance.now();
  for (let i = 0; i < LINES; i++) alertFromSyslogLine(line(i), { now });
  return LINES / ((performance.now() - started) / 1000);
}

async function listenerRate(
  transport: 'tcp' | 'udp',
): Promise<{ rate: number; stored: number; lost: number }> {
  let stored = 0;
  const listener = await startSyslogListener(
    {
      ...SYSLOG_LISTENER_DEFAULTS,
      host: '127.0.0.1',
      udpPort: transport === 'udp' ? 0 : null,
      tcpPort: transport === 'tcp' ? 0 : null,
      maxMessageBytes: 8192,
      maxConnections: 10,
    },
    async (batch) => {
      const { items, rejected } = syslogItems(batch);
      stored += items.length;
      return { accepted: items.length, rejected };
    },
    () => {},
  );
  const started = performance.now();
  if (transport === 'tcp') {
    const socket = net.connect(listener.tcpPort as number, '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    for (let i = 0; i < LINES; i++) {
      const text = line(i);
      if (!socket.write(`${Buffer.byteLength(text)} ${text}`))
        await new Promise<void>((r) => socket.once('drain', () => r()));
    }
    await new Promise<void>((r) => socket.end(() => r()));
  } else {
    // A separate sender (util-linux logger), as fast as it goes: UDP has no back-pressure, so
    // what the listener cannot take in time is lost in the kernel and shows as "lost".
    const child = spawn(
      'logger',
      ['--server', '127.0.0.1', '--port', String(listener.udpPort), '--udp', '--rfc5424', '--tag', 'sshd'],
      {
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    );
    child.stdin.end(
      Array.from(
        { length: LINES },
        (_, i) => `Failed password for root from 203.0.113.${i % 250} port ${1024 + (i % 60000)} ssh2`,
      ).join('\n'),
    );
    await new Promise((r) => child.on('close', r));
    await new Promise((r) => setTimeout(r, 1000));
  }
  const deadline = Date.now() + 60_000;
  while (transport === 'tcp' && listener.counts().received < LINES && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  await listener.drain();
  const seconds = (performance.now() - started) / 1000;
  const counts = listener.counts();
  await listener.close();
  return { rate: counts.received / seconds, stored, lost: LINES - counts.received + counts.dropped };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `syslog bench: ${fmt(LINES)} lines of 6 kinds (filterlog, FortiGate, ufw, sshd, Windows, fallback)`,
);
console.log(`  parsing rules:              ${fmt(parseRate())} lines/s (one core)`);
const tcp = await listenerRate('tcp');
console.log(
  `  listener, TCP octet-counted: ${fmt(tcp.rate)} lines/s, parsed ${fmt(tcp.stored)}, lost ${fmt(tcp.lost)}`,
);
const udp = await listenerRate('udp');
console.log(
  `  listener, UDP from logger:   ${fmt(udp.rate)} lines/s, parsed ${fmt(udp.stored)}, lost ${fmt(udp.lost)}`,
);
