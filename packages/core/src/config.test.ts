import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.ts';

test('syslog listener: off unless a port is set; loopback and limits by default', () => {
  const off = loadConfig({}).syslog;
  assert.deepEqual(off, {
    host: '127.0.0.1',
    udpPort: null,
    tcpPort: null,
    maxMessageBytes: 8192,
    maxConnections: 200,
    sourceName: 'syslog',
  });
  const on = loadConfig({
    UNGCUU_SYSLOG_UDP_PORT: '5514',
    UNGCUU_SYSLOG_TCP_PORT: '0',
    UNGCUU_SYSLOG_HOST: '0.0.0.0',
    UNGCUU_SYSLOG_MAX_MESSAGE_BYTES: '16384',
    UNGCUU_SYSLOG_SOURCE: 'Tường lửa',
  }).syslog;
  assert.equal(on.udpPort, 5514);
  assert.equal(on.tcpPort, 0);
  assert.equal(on.host, '0.0.0.0');
  assert.equal(on.maxMessageBytes, 16384);
  assert.equal(on.sourceName, 'Tường lửa');
});

test('syslog listener: a bad port or size is refused at start with the variable named', () => {
  assert.throws(() => loadConfig({ UNGCUU_SYSLOG_UDP_PORT: 'five' }), /UNGCUU_SYSLOG_UDP_PORT/);
  assert.throws(() => loadConfig({ UNGCUU_SYSLOG_TCP_PORT: '70000' }), /UNGCUU_SYSLOG_TCP_PORT/);
  assert.throws(
    () => loadConfig({ UNGCUU_SYSLOG_MAX_MESSAGE_BYTES: '100' }),
    /UNGCUU_SYSLOG_MAX_MESSAGE_BYTES/,
  );
});
