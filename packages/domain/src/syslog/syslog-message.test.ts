import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datagramMessage, SyslogFramer } from './syslog-framing.ts';
import { parseSyslog, type SyslogMessage } from './syslog-message.ts';

const now = new Date('2026-12-05T03:00:00Z');

function parsed(line: string): SyslogMessage {
  const result = parseSyslog(line, { now });
  assert.ok(result.ok, `${line} → ${result.ok ? '' : result.reason}`);
  return result.message;
}

test('RFC 5424 §6.5 examples: header fields, NILVALUE, BOM', () => {
  const one = parsed(
    "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \uFEFF'su root' failed for lonvick on /dev/pts/8",
  );
  assert.deepEqual(
    { ...one },
    {
      format: 'rfc5424',
      facility: 4,
      severity: 2,
      timestamp: '2003-10-11T22:14:15.003Z',
      hostname: 'mymachine.example.com',
      appName: 'su',
      procId: null,
      msgId: 'ID47',
      structuredData: {},
      message: "'su root' failed for lonvick on /dev/pts/8",
    },
  );
  const two = parsed(
    "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
  );
  assert.equal(two.timestamp, '2003-08-24T12:14:15.000Z');
  assert.equal(two.procId, '8710');
  assert.equal(two.msgId, null);
  assert.equal(two.facility, 20);
  assert.equal(two.severity, 5);
  assert.equal(two.message, "%% It's time to make the do-nuts.");
});

test('RFC 5424 structured data: several elements, escapes, no message', () => {
  const m = parsed(
    '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][examplePriority@32473 class="high" note="a \\"quoted\\" \\] and \\\\"]',
  );
  assert.deepEqual(m.structuredData, {
    'exampleSDID@32473': { iut: '3', eventSource: 'Application', eventID: '1011' },
    'examplePriority@32473': { class: 'high', note: 'a "quoted" ] and \\' },
  });
  assert.equal(m.message, '');
  const withMsg = parsed('<14>1 - - - - - [a@1 x="1"] hello');
  assert.equal(withMsg.timestamp, null);
  assert.equal(withMsg.hostname, null);
  assert.equal(withMsg.message, 'hello');
});

test('RFC 3164: timestamp without year, optional hostname, tag with pid', () => {
  const m = parsed("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8");
  assert.equal(m.format, 'rfc3164');
  assert.equal(m.hostname, 'mymachine');
  assert.equal(m.appName, 'su');
  assert.equal(m.message, "'su root' failed for lonvick on /dev/pts/8");
  // Vietnam local time by default; October read in December is this year.
  assert.equal(m.timestamp, '2026-10-11T15:14:15.000Z');
  const noHost = parsed('<134>Dec  5 10:00:00 filterlog[4321]: 5,,,1000000103,igb1,match,block,in,4');
  assert.equal(noHost.hostname, null);
  assert.equal(noHost.appName, 'filterlog');
  assert.equal(noHost.procId, '4321');
  assert.equal(noHost.timestamp, '2026-12-05T03:00:00.000Z');
  const plain = parsed('<13>Feb  5 17:32:18 10.0.0.99 Use the BFG!');
  assert.equal(plain.hostname, '10.0.0.99');
  assert.equal(plain.appName, null);
  assert.equal(plain.message, 'Use the BFG!');
  // Read in early January, a December line is last year's.
  const january = parseSyslog('<13>Dec 31 23:59:00 h app: x', {
    now: new Date('2027-01-01T00:30:00Z'),
    bsdOffsetMinutes: 0,
  });
  assert.ok(january.ok);
  assert.equal(january.message.timestamp, '2026-12-31T23:59:00.000Z');
});

test('RFC 3164 without a readable timestamp: everything after PRI is the message', () => {
  const m = parsed('<189>date=2019-05-10 time=11:37:47 devname="FGT60E" logid="0000000013" type="traffic"');
  assert.equal(m.timestamp, null);
  assert.equal(m.hostname, null);
  assert.equal(m.message.slice(0, 15), 'date=2019-05-10');
  const iso = parsed('<30>2026-12-05T10:00:00+07:00 web01 nginx[9]: up');
  assert.equal(iso.timestamp, '2026-12-05T03:00:00.000Z');
  assert.equal(iso.hostname, 'web01');
  assert.equal(iso.appName, 'nginx');
});

test('malformed lines are refused with a reason, never thrown', () => {
  const cases: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['<13>', 'empty'],
    ['no priority here', 'no_priority'],
    ['<>1 x', 'bad_priority'],
    ['<192>Oct 11 22:14:15 h a: x', 'bad_priority'],
    ['<034>Oct 11 22:14:15 h a: x', 'bad_priority'],
    ['<1234>x', 'bad_priority'],
    ['<14>1 2003-10-11 host app - - - msg', 'bad_header'],
    ['<14>1 2003-10-11T22:14:15Z', 'bad_header'],
    ['<14>1 - - - - - [broken x="1" msg', 'bad_structured_data'],
    ['<14>1 - - - - - [a x=1] msg', 'bad_structured_data'],
    ['<14>1 - - - - - nosd', 'bad_structured_data'],
    ['<14>1 - - - - - [a x="1"]glued', 'bad_structured_data'],
    ['<14>bin\u0000ary', 'control_characters'],
    [`<14>${'x'.repeat(9000)}`, 'too_long'],
  ];
  for (const [line, reason] of cases) {
    const result = parseSyslog(line, { now });
    assert.equal(result.ok ? 'ok' : result.reason, reason, JSON.stringify(line.slice(0, 40)));
  }
  // A fuzz of random bytes: answers every time.
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    let line = '<';
    const length = (seed % 80) + 1;
    for (let j = 0; j < length; j++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      line += String.fromCharCode(32 + (seed % 95));
    }
    parseSyslog(line, { now });
  }
});

const enc = new TextEncoder();

test('TCP framing: octet counting (RFC 6587 §3.4.1) split across chunks', () => {
  const framer = new SyslogFramer({ maxMessageBytes: 1024 });
  const a = '<14>1 - h app - - - héllo wörld';
  const b = '<14>1 - h app - - - second\nwith newline inside';
  const stream = enc.encode(`${enc.encode(a).length} ${a}${enc.encode(b).length} ${b}`);
  const out: string[] = [];
  for (let i = 0; i < stream.length; i += 5) out.push(...framer.push(stream.subarray(i, i + 5)).messages);
  assert.deepEqual(out, [a, b]);
  assert.equal(framer.pending, 0);
});

test('TCP framing: LF, CRLF and NUL trailers; the last unterminated line on close', () => {
  const framer = new SyslogFramer({ maxMessageBytes: 1024 });
  const first = framer.push(
    enc.encode('<13>Dec  5 10:00:00 h a: one\r\n<13>Dec  5 10:00:00 h a: two\0\n<13>Dec  5 10:00'),
  );
  assert.deepEqual(first.messages, ['<13>Dec  5 10:00:00 h a: one', '<13>Dec  5 10:00:00 h a: two']);
  assert.deepEqual(framer.push(enc.encode(':00 h a: three')).messages, []);
  assert.deepEqual(framer.end().messages, ['<13>Dec  5 10:00:00 h a: three']);
});

test('TCP framing: oversized and garbled frames are counted and skipped, the stream goes on', () => {
  const framer = new SyslogFramer({ maxMessageBytes: 20 });
  const big = 'x'.repeat(50);
  const r1 = framer.push(
    enc.encode(`50 ${big}9 <13>short<13>this line is far too long for the limit\n<13>ok\n`),
  );
  assert.deepEqual(r1.messages, ['<13>short', '<13>ok']);
  assert.equal(r1.rejected, 2);
  // A line starting with a digit that is no length.
  const r2 = framer.push(enc.encode('12abc nonsense\n<13>after\n'));
  assert.deepEqual(r2.messages, ['<13>after']);
  assert.equal(r2.rejected, 1);
  // An unterminated flood never buffers beyond the limit.
  const r3 = framer.push(enc.encode('y'.repeat(100)));
  assert.equal(r3.rejected, 1);
  assert.equal(framer.pending, 0);
  assert.deepEqual(framer.push(enc.encode('yyy\n<13>back\n')).messages, ['<13>back']);
});

test('UDP: a datagram is one message', () => {
  assert.equal(datagramMessage(enc.encode('<13>hello\n'), 100), '<13>hello');
  assert.equal(datagramMessage(enc.encode('x'.repeat(101)), 100), null);
});
