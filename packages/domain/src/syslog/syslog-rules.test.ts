import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyValues } from './syslog-fields.ts';
import { alertFromSyslogLine, type SyslogAlert, severityFromSyslog } from './syslog-rules.ts';

// Fixtures written from the vendors' public documentation (formats named in syslog-rules.ts).
const now = new Date('2026-12-05T03:00:00Z');

function alert(line: string): SyslogAlert {
  const result = alertFromSyslogLine(line, { now });
  assert.ok(result.ok, line);
  return result.alert;
}

test('pfSense / OPNsense filterlog: IPv4 tcp block, IPv6 udp pass', () => {
  const v4 = alert(
    '<134>Dec  5 10:00:00 filterlog[7812]: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,12345,0,DF,6,tcp,60,203.0.113.9,198.51.100.2,51234,22,0,S,1234567890,,64240,,mss;sackOK;TS;nop;wscale',
  );
  assert.equal(v4.parser, 'filterlog');
  assert.equal(v4.rule, 'filterlog:block');
  assert.equal(v4.severity, 'low');
  assert.deepEqual([v4.srcIp, v4.srcPort, v4.dstIp, v4.dstPort], ['203.0.113.9', 51234, '198.51.100.2', 22]);
  assert.equal(v4.title, 'block tcp 203.0.113.9:51234 → 198.51.100.2:22 (igb1 in)');
  assert.equal(v4.fields.tracker, '1000000103');
  // OPNsense sends RFC 5424 with the same CSV.
  const v6 = alert(
    '<134>1 2026-12-05T10:00:00+07:00 opnsense.xa-a.gov.vn filterlog 7812 - [meta sequenceId="12"] 71,,,0,em0,match,pass,out,6,0x00,0x00000,64,udp,17,72,2001:db8::5,2001:db8::53,5353,53,72',
  );
  assert.equal(v6.host, 'opnsense.xa-a.gov.vn');
  assert.equal(v6.severity, 'info');
  assert.deepEqual([v6.srcIp, v6.dstIp, v6.dstPort], ['2001:db8::5', '2001:db8::53', 53]);
  assert.equal(v6.observedAt, '2026-12-05T03:00:00.000Z');
  // Too few fields: not filterlog after all, the fallback keeps it.
  assert.equal(alert('<134>Dec  5 10:00:00 fw filterlog: 5,,,1').parser, 'fallback');
});

test('FortiGate key=value: IPS attack with its own rating, traffic deny by log level', () => {
  const ips = alert(
    '<185>date=2019-05-15 time=18:03:36 logid="0419016384" type="utm" subtype="ips" eventtype="signature" level="alert" vd="vdom1" eventtime=1557968615 severity="critical" srcip=10.1.100.11 srccountry="Reserved" dstip=172.16.200.55 srcintf="port12" dstintf="port13" sessionid=901 action="dropped" proto=6 service="HTTPS" policyid=1 attack="Adobe.Flash.newfunction.Handling.Code.Execution" srcport=44362 dstport=443 direction="incoming" attackid=23305 profile="test-ips" msg="applications3: Adobe.Flash.newfunction.Handling.Code.Execution," crscore=50 crlevel="critical"',
  );
  assert.equal(ips.parser, 'fortigate');
  assert.equal(ips.rule, 'ips:Adobe.Flash.newfunction.Handling.Code.Execution');
  assert.equal(ips.severity, 'critical');
  assert.equal(ips.srcIp, '10.1.100.11');
  assert.equal(ips.dstPort, 443);
  assert.equal(ips.observedAt, '2019-05-16T01:03:35.000Z');
  assert.match(ips.title, /^Adobe\.Flash.* \[dropped\] 10\.1\.100\.11 → 172\.16\.200\.55:443$/);
  const deny = alert(
    '<189>date=2026-12-05 time=10:01:02 devname="FGT-UBND" devid="FG100FTK19000001" logid="0000000013" type="traffic" subtype="forward" level="warning" vd="root" srcip=45.33.32.156 srcport=40000 dstip=10.10.1.5 dstport=3389 action="deny" policyid=0',
  );
  assert.equal(deny.host, 'FGT-UBND');
  assert.equal(deny.rule, 'logid:0000000013');
  assert.equal(deny.severity, 'medium');
  assert.equal(deny.observedAt, '2026-12-05T03:01:02.000Z');
});

test('iptables / ufw through the kernel log', () => {
  const ufw = alert(
    '<4>Dec  5 10:00:01 web01 kernel: [12345.678901] [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=203.0.113.5 DST=10.0.0.2 LEN=60 TOS=0x00 PREC=0x00 TTL=50 ID=54321 DF PROTO=TCP SPT=51234 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0',
  );
  assert.equal(ufw.parser, 'netfilter');
  assert.equal(ufw.rule, 'UFW BLOCK');
  assert.equal(ufw.severity, 'low');
  assert.equal(ufw.host, 'web01');
  assert.equal(ufw.title, 'UFW BLOCK tcp 203.0.113.5:51234 → 10.0.0.2:22');
  const custom = alert(
    '<12>Dec  5 10:00:01 gw kernel: DROP-INPUT: IN=ppp0 OUT= SRC=198.51.100.7 DST=10.0.0.1 LEN=84 PROTO=ICMP TYPE=8 CODE=0',
  );
  assert.equal(custom.rule, 'DROP-INPUT:');
  assert.equal(custom.dstPort, null);
});

test('sshd authentication failures', () => {
  const failed = alert(
    '<38>Dec  5 10:00:02 web01 sshd[2345]: Failed password for invalid user admin from 203.0.113.7 port 40022 ssh2',
  );
  assert.equal(failed.rule, 'sshd:failed_password');
  assert.equal(failed.user, 'admin');
  assert.equal(failed.srcIp, '203.0.113.7');
  assert.equal(failed.srcPort, 40022);
  assert.equal(failed.fields.invalid_user, 'yes');
  const invalid = alert(
    '<38>1 2026-12-05T10:00:02+07:00 web01 sshd 2345 - - Invalid user oracle from 192.0.2.44 port 5122',
  );
  assert.deepEqual(
    [invalid.rule, invalid.user, invalid.srcIp],
    ['sshd:invalid_user', 'oracle', '192.0.2.44'],
  );
  const max = alert(
    '<35>Dec  5 10:00:02 web01 sshd[2345]: error: maximum authentication attempts exceeded for root from 203.0.113.7 port 40022 ssh2 [preauth]',
  );
  assert.equal(max.severity, 'medium');
  const accepted = alert(
    '<38>Dec  5 10:00:02 web01 sshd[2345]: Accepted publickey for deploy from 10.0.0.9 port 50000 ssh2',
  );
  assert.equal(accepted.severity, 'info');
  assert.equal(
    alert('<38>Dec  5 10:00:02 web01 sshd[2345]: Connection closed by 10.0.0.9').parser,
    'fallback',
  );
});

test('Windows events through Snare, NXLog key=value, NXLog JSON and NXLog BSD text', () => {
  const snare = alert(
    '<14>Dec  5 10:00:03 DC01 MSWinEventLog\t1\tSecurity\t1234\tFri Dec 05 10:00:03 2026\t4625\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tFailure Audit\tDC01.ubnd.local\tLogon\t\tAn account failed to log on.  Subject: ...\t987',
  );
  assert.equal(snare.parser, 'windows');
  assert.equal(snare.rule, 'windows:4625');
  assert.equal(snare.host, 'DC01.ubnd.local');
  assert.equal(snare.severity, 'low');
  const kv = alert(
    '<13>Dec  5 10:00:03 DC01 nxlog: EventID=1102 Hostname=DC01 SourceName="Microsoft-Windows-Eventlog" SubjectUserName=administrator EventType=AUDIT_SUCCESS',
  );
  assert.equal(kv.rule, 'windows:1102');
  assert.equal(kv.severity, 'high');
  assert.equal(kv.title, 'Audit log cleared (1102): administrator');
  const json = alert(
    '<13>Dec  5 10:00:03 DC01 nxlog: {"EventTime":"2026-12-05 10:00:03","Hostname":"WS-07","EventID":4740,"SourceName":"Microsoft-Windows-Security-Auditing","TargetUserName":"ketoan","Message":"A user account was locked out.\\r\\nSubject: ..."}',
  );
  assert.deepEqual(
    [json.rule, json.host, json.user, json.severity],
    ['windows:4740', 'WS-07', 'ketoan', 'medium'],
  );
  const bsd = alert(
    '<13>Dec  5 10:00:03 WS-07 Microsoft-Windows-Security-Auditing[4]: A new service was installed in the system. Service Name: evil',
  );
  assert.equal(bsd.rule, 'windows:7045');
  assert.equal(alert('<13>Dec  5 10:00:03 h app: {"broken json').parser, 'fallback');
});

test('fallback: severity from PRI, rule from the tag, structured data kept as fields', () => {
  const m = alert(
    '<11>1 2026-12-05T10:00:00Z db01 postgres 77 - [origin ip="10.0.0.3"] FATAL: too many connections',
  );
  assert.equal(m.parser, 'fallback');
  assert.equal(m.severity, 'high');
  assert.equal(m.rule, 'postgres');
  assert.equal(m.fields['origin.ip'], '10.0.0.3');
  assert.equal(m.title, 'FATAL: too many connections');
  const bare = alert('<13>just text');
  assert.equal(bare.rule, 'syslog');
  assert.equal(bare.host, null);
  assert.deepEqual([0, 2, 3, 4, 5, 6, 7].map(severityFromSyslog), [
    'critical',
    'critical',
    'high',
    'medium',
    'low',
    'info',
    'info',
  ]);
  const rejected = alertFromSyslogLine('garbage');
  assert.deepEqual(rejected, { ok: false, reason: 'no_priority' });
});

test('key=value reading: quotes, escapes, repeated keys', () => {
  assert.deepEqual(keyValues('a=1 b="two words" c=\'x y\' d="q\\"uote" a=2 e='), {
    a: '1',
    b: 'two words',
    c: 'x y',
    d: 'q"uote',
    e: '',
  });
});
