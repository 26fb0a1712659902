import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareWithBaseline, findMarkers, normaliseLine, type PageSnapshot, siteOf } from './defacement.ts';
import { isDown, monitorsForAddress, normaliseTarget, timeoutFits } from './monitor.ts';

const news = (n: number) =>
  Array.from(
    { length: 12 },
    (_, i) => `tin ${n + i}: ubnd phường tổ chức hội nghị về chuyển đổi số lần ${i}`,
  );

function page(lines: string[], extra: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    lines,
    structure: [
      'html>body',
      'html>body>header',
      'html>body>nav>ul>li',
      'html>body>main>article>p',
      'html>body>footer',
    ],
    scriptHosts: [],
    frameHosts: [],
    redirectHost: null,
    host: 'bachsam.hungyen.gov.vn',
    title: 'cổng thông tin điện tử phường bạch sam',
    ...extra,
  };
}

const stable = [
  'cổng thông tin điện tử phường bạch sam, tỉnh hưng yên',
  'giới thiệu chung về phường, cơ cấu tổ chức, thủ tục hành chính',
  'thông báo lịch tiếp công dân của chủ tịch ubnd phường',
  'hướng dẫn nộp hồ sơ trực tuyến trên cổng dịch vụ công quốc gia',
];

test('dates, times and counters do not count as a change', () => {
  assert.equal(
    normaliseLine('Hôm nay 05/12/2026 lúc 10:15, lượt truy cập: 12.345'),
    normaliseLine('Hôm nay 06/12/2026 lúc 11:20, lượt truy cập: 12.399'),
  );
  const before = page([...stable, 'ngày 5 tháng 12 năm 2026', 'lượt truy cập 102.331']);
  const after = page([...stable, 'ngày 6 tháng 12 năm 2026', 'lượt truy cập 102.998']);
  const v = compareWithBaseline(before, after, 0.6);
  assert.equal(v.similarity, 1);
  assert.equal(v.defaced, false);
});

test('rotating news keeps the similarity above the threshold', () => {
  const v = compareWithBaseline(page([...stable, ...news(1)]), page([...stable, ...news(3)]), 0.6);
  assert.ok(v.similarity > 0.6, String(v.similarity));
  assert.equal(v.defaced, false);
});

test('a replaced page is a large change', () => {
  const defaced = page(['hacked by x-team', 'your security is low', 'greetz to all'], {
    structure: ['html>body', 'html>body>center>h1', 'html>body>center>img'],
  });
  const v = compareWithBaseline(page([...stable, ...news(1)]), defaced, 0.6);
  assert.ok(v.similarity < 0.2);
  assert.equal(v.defaced, true);
  assert.deepEqual(
    v.markers.map((m) => m.kind),
    ['hacked_text', 'hacked_text'],
  );
});

test('gambling spam and foreign scripts are markers even when most of the page is intact', () => {
  const base = page([...stable, ...news(1)], { scriptHosts: ['cdn.jsdelivr.net'] });
  const spam = page([...stable, ...news(1), 'nhà cái uy tín – link vào bet88 nổ hũ'], {
    scriptHosts: ['cdn.jsdelivr.net', 'static.hungyen.gov.vn', 'evil-seo.xyz'],
  });
  const v = compareWithBaseline(base, spam, 0.6);
  assert.ok(v.similarity > 0.6);
  assert.equal(v.defaced, true);
  const details = v.markers.map((m) => `${m.kind}:${m.detail}`);
  assert.ok(details.includes('gambling_text:nhà cái'));
  assert.ok(details.includes('gambling_text:nổ hũ'));
  assert.ok(details.includes('gambling_text:bet88'));
  assert.ok(details.includes('foreign_script:evil-seo.xyz'));
  assert.ok(!details.some((d) => d.includes('hungyen.gov.vn')), 'own site is not foreign');
});

test('a marker word already in the baseline, or inside another word, is not new', () => {
  const base = page(['tin thể thao: giải cá cược bị cấm theo luật']);
  assert.deepEqual(findMarkers(page(['tin thể thao: giải cá cược bị cấm theo luật']), base), []);
  assert.deepEqual(findMarkers(page(['đặt lịch theo timeslots trực tuyến']), null), []);
});

test('site of a host', () => {
  assert.equal(siteOf('www.bachsam.hungyen.gov.vn'), 'hungyen.gov.vn');
  assert.equal(siteOf('cdn.example.com'), 'example.com');
});

test('targets are normalised per kind', () => {
  assert.equal(normaliseTarget('http', 'bachsam.gov.vn'), 'https://bachsam.gov.vn/');
  assert.equal(normaliseTarget('http', 'ftp://x.vn'), null);
  assert.equal(normaliseTarget('tcp', '10.0.0.1:22'), '10.0.0.1:22');
  assert.equal(normaliseTarget('dns', 'BachSam.gov.vn'), 'bachsam.gov.vn');
  assert.equal(normaliseTarget('tcp', 'a b'), null);
});

test('inventory addresses become monitors', () => {
  assert.deepEqual(
    monitorsForAddress({ kind: 'domain', value: 'bachsam.gov.vn' }).map((m) => `${m.kind} ${m.target}`),
    [
      'http https://bachsam.gov.vn/',
      'defacement https://bachsam.gov.vn/',
      'tls bachsam.gov.vn:443',
      'dns bachsam.gov.vn',
    ],
  );
  assert.deepEqual(
    monitorsForAddress({ kind: 'ip', value: '203.0.113.7' }).map((m) => m.kind),
    ['tcp'],
  );
});

test('down needs the threshold and the probes', () => {
  assert.equal(
    isDown({ consecutiveFailures: 2, failThreshold: 3, probesRequired: 0, probesFailing: 0 }),
    false,
  );
  assert.equal(
    isDown({ consecutiveFailures: 3, failThreshold: 3, probesRequired: 0, probesFailing: 0 }),
    true,
  );
  assert.equal(
    isDown({ consecutiveFailures: 3, failThreshold: 3, probesRequired: 2, probesFailing: 1 }),
    false,
  );
  assert.equal(
    isDown({ consecutiveFailures: 3, failThreshold: 3, probesRequired: 2, probesFailing: 2 }),
    true,
  );
  assert.equal(timeoutFits(20, 16_000), true);
  assert.equal(timeoutFits(20, 17_000), false);
});
