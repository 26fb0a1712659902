import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createSystem, get } from '../routes/systems.testkit.ts';
import { TestContext, type TestUser } from '../testing/test-app.ts';
import { SYSLOG_LISTENER_DEFAULTS, type SyslogListener, startSyslogListener } from './syslog-listener.ts';
import { registerSyslogMetrics, syslogSink } from './syslog-wiring.ts';

// The listener wired to the real alert intake (a test database): lines sent by util-linux
// `logger` become stored alerts of a syslog source, grouped and mapped to the system whose
// address sent them; the counts reach /metrics.

const run = promisify(execFile);
const hasLogger = spawnSync('logger', ['--version']).status === 0;
const skip = hasLogger || process.env.CI === 'true' ? false : 'logger (util-linux) not installed';

describe('syslog listener → alert intake', { skip }, () => {
  let ctx: TestContext;
  let coordinator: TestUser;
  let listener: SyslogListener;
  let systemId = '';

  before(async () => {
    ctx = await TestContext.create();
    const focal = await ctx.unit({ name: 'Phòng VHKHTT', type: 'focal_office' });
    const ward = await ctx.unit({ name: 'UBND phường Bạch Sam' });
    coordinator = await ctx.user(['coordinator'], { unitId: focal.id });
    // The firewall of the ward, known in the inventory by the address it sends from.
    systemId = (
      await createSystem(ctx, coordinator, ward.id, { addresses: [{ kind: 'ip', value: '127.0.0.1' }] })
    ).id;
    listener = await startSyslogListener(
      {
        ...SYSLOG_LISTENER_DEFAULTS,
        host: '127.0.0.1',
        udpPort: 0,
        tcpPort: 0,
        maxMessageBytes: 8192,
        maxConnections: 10,
        flushMs: 20,
      },
      syslogSink(ctx.services.deps, 'Tường lửa phường'),
      () => {},
    );
    registerSyslogMetrics(ctx.app.metricsRegistry, listener);
  });
  after(async () => {
    await listener?.close();
    await ctx?.close();
  });

  test('repeated sshd failures over TCP and a ufw block over UDP become two groups of the system', async () => {
    const line = 'Failed password for root from 203.0.113.7 port 40022 ssh2';
    await run('logger', [
      '--server',
      '127.0.0.1',
      '--port',
      String(listener.tcpPort),
      '--tcp',
      '--octet-count',
      '--rfc5424',
      '--tag',
      'sshd',
      '-p',
      'auth.warning',
      line,
      line,
      line,
    ]);
    await run('logger', [
      '--server',
      '127.0.0.1',
      '--port',
      String(listener.udpPort),
      '--udp',
      '--rfc3164',
      '--tag',
      'kernel',
      '[UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.9 DST=10.0.0.2 PROTO=TCP SPT=1 DPT=22',
    ]);
    const deadline = Date.now() + 10_000;
    while (listener.counts().accepted < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await listener.drain();

    const counts = listener.counts();
    assert.equal(counts.rejected, 0);
    assert.ok(counts.accepted >= 2, JSON.stringify(counts));
    const groups = await get(ctx, coordinator, '/api/alert-groups?limit=50');
    const ssh = groups.items.find((g: { ruleId: string }) => g.ruleId === 'sshd:failed_password');
    assert.ok(ssh, JSON.stringify(groups.items));
    assert.equal(ssh.sourceKind, 'syslog');
    assert.equal(ssh.sourceName, 'Tường lửa phường');
    assert.equal(ssh.systemId, systemId, 'mapped by the address it came from');
    assert.ok(groups.items.some((g: { ruleId: string }) => g.ruleId === 'UFW BLOCK'));
    const alerts = await get(ctx, coordinator, `/api/alerts?groupId=${ssh.id}&limit=50`);
    assert.equal(alerts.total, ssh.count);
    assert.equal(alerts.items[0].srcIp, '203.0.113.7');

    const metrics = await ctx.inject({ method: 'GET', url: '/metrics' });
    assert.match(metrics.body, /ungcuu_syslog_lines\{outcome="received"\} [1-9]/);
  });

  test('a malformed flood is counted as rejected and stores nothing', async () => {
    const before = listener.counts();
    const garbage = Array.from({ length: 500 }, (_, i) => `<999>nonsense ${i}`).join('\n');
    await new Promise<void>((resolve) => {
      const socket = net.connect(listener.tcpPort as number, '127.0.0.1', () => socket.end(`${garbage}\n`));
      socket.on('close', () => resolve());
    });
    const deadline = Date.now() + 10_000;
    while (listener.counts().rejected - before.rejected < 500 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await listener.drain();
    assert.equal(listener.counts().rejected - before.rejected, 500);
    assert.equal(listener.counts().accepted, before.accepted);
  });
});
