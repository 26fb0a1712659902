import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { MonitorConfig, MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import type { MonitorBaseline } from '../db/schema-monitoring.ts';
import { runCheck } from './checkers.ts';
import {
  DEFACED_PAGE,
  portalPage,
  selfSignedCertificate,
  startDnsResponder,
  startTestSite,
  type TestSite,
} from './testing/test-site.ts';

// Every check kind against real servers on loopback, changed by the test.

let site: TestSite;
before(async () => {
  site = await startTestSite();
});
after(() => site.close());

const check = (
  kind: MonitorKind,
  target: string,
  config: MonitorConfig = {},
  baseline: MonitorBaseline | null = null,
  timeoutMs = 1_500,
) => runCheck({ kind, target, config, timeoutMs, baseline });

describe('HTTP availability', () => {
  test('up, then a server error, then too slow', async () => {
    site.state.mode = 'up';
    const up = await check('http', site.httpUrl);
    assert.equal(up.ok, true, up.message);
    assert.equal(up.detail.status, 200);
    assert.ok(up.responseMs !== null && up.responseMs >= 0);

    site.state.mode = 'error';
    const error = await check('http', site.httpUrl);
    assert.equal(error.ok, false);
    assert.equal(error.message, 'HTTP 500');
    assert.equal((await check('http', site.httpUrl, { expectedStatus: [500] })).ok, true);

    site.state.mode = 'slow';
    site.state.slowMs = 1_200;
    const slow = await check('http', site.httpUrl, {}, null, 400);
    assert.equal(slow.ok, false);
    assert.match(slow.message, /timeout/);
    site.state.mode = 'up';
  });

  test('HTTPS with a self-signed certificate fails unless told to accept it', async () => {
    const strict = await check('http', site.httpsUrl);
    assert.equal(strict.ok, false);
    assert.match(strict.message, /SELF_SIGNED|self.signed|CERT/i);
    assert.equal((await check('http', site.httpsUrl, { ignoreTlsErrors: true })).ok, true);
  });

  test('keyword present and absent', async () => {
    site.state.html = portalPage(1);
    assert.equal((await check('keyword', site.httpUrl, { keyword: 'Bạch Sam' })).ok, true);
    assert.equal((await check('keyword', site.httpUrl, { keyword: 'không có chữ này' })).ok, false);
    assert.equal(
      (await check('keyword', site.httpUrl, { keyword: 'hacked by', keywordMode: 'absent' })).ok,
      true,
    );
    site.state.html = DEFACED_PAGE;
    assert.equal(
      (await check('keyword', site.httpUrl, { keyword: 'hacked by', keywordMode: 'absent' })).ok,
      false,
    );
    site.state.html = portalPage(1);
  });
});

describe('TCP port', () => {
  test('open and closed', async () => {
    assert.equal((await check('tcp', `127.0.0.1:${site.httpsPort}`)).ok, true);
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const closed = await check('tcp', `127.0.0.1:${port}`);
    assert.equal(closed.ok, false);
    assert.match(closed.message, /ECONNREFUSED/);
  });
});

describe('TLS certificate', () => {
  test('valid, untrusted, and expiring soon', async () => {
    const target = `127.0.0.1:${site.httpsPort}`;
    const valid = await check('tls', target, { ignoreTlsErrors: true });
    assert.equal(valid.ok, true, valid.message);
    assert.ok((valid.detail.daysLeft as number) >= 363);
    const untrusted = await check('tls', target);
    assert.equal(untrusted.ok, false);
    assert.match(untrusted.message, /not trusted/);

    site.setCertificate(selfSignedCertificate(3));
    const expiring = await check('tls', target, { ignoreTlsErrors: true, tlsWarnDays: 14 });
    assert.equal(expiring.ok, false);
    assert.match(expiring.message, /expires in [23] days/);
    assert.equal((await check('tls', target, { ignoreTlsErrors: true, tlsWarnDays: 1 })).ok, true);
    site.setCertificate(selfSignedCertificate(365));
  });
});

describe('DNS answers', () => {
  test('the first answers become the baseline; a change is a failure', async () => {
    const records = new Map([['bachsam.hungyen.gov.vn', ['203.0.113.10']]]);
    const dns = await startDnsResponder(records);
    try {
      const config: MonitorConfig = { dnsServers: [dns.server], dnsRecordType: 'A' };
      const first = await check('dns', 'bachsam.hungyen.gov.vn', config);
      assert.equal(first.ok, true, first.message);
      assert.deepEqual(first.snapshot, { kind: 'dns', answers: ['203.0.113.10'] });
      assert.equal((await check('dns', 'bachsam.hungyen.gov.vn', config, first.snapshot!)).ok, true);

      records.set('bachsam.hungyen.gov.vn', ['198.51.100.66']);
      const changed = await check('dns', 'bachsam.hungyen.gov.vn', config, first.snapshot!);
      assert.equal(changed.ok, false);
      assert.match(changed.message, /answers changed: 198\.51\.100\.66 \(was 203\.0\.113\.10\)/);

      const missing = await check('dns', 'khong-co.hungyen.gov.vn', config);
      assert.equal(missing.ok, false);
      assert.match(missing.message, /ENOTFOUND/);
    } finally {
      await dns.close();
    }
  });
});

describe('Defacement', () => {
  test('news and counters change without alarm; a defaced page alarms with its markers', async () => {
    site.state.html = portalPage(1);
    const first = await check('defacement', site.httpUrl);
    assert.equal(first.ok, true);
    const baseline = first.snapshot!;
    assert.equal(baseline.kind, 'page');

    site.state.html = portalPage(3);
    const nextDay = await check('defacement', site.httpUrl, {}, baseline);
    assert.equal(nextDay.ok, true, nextDay.message);
    assert.ok((nextDay.detail.similarity as number) > 0.6);

    site.state.html = portalPage(
      3,
      '<p>Nhà cái uy tín, nổ hũ đổi thưởng: link vào ngay</p><script src="https://seo-spam.example/a.js"></script>',
    );
    const spam = await check('defacement', site.httpUrl, {}, baseline);
    assert.equal(spam.ok, false);
    assert.match(spam.message, /gambling_text:nhà cái/);
    assert.match(spam.message, /foreign_script:seo-spam\.example/);

    site.state.html = DEFACED_PAGE;
    const defaced = await check('defacement', site.httpUrl, {}, baseline);
    assert.equal(defaced.ok, false);
    assert.ok((defaced.detail.similarity as number) < 0.2);
    assert.match(defaced.message, /hacked_text:hacked by/);
    site.state.html = portalPage(1);
  });
});
