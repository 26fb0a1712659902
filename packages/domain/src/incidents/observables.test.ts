import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  extractObservables,
  hashAlgorithm,
  normalizeObservable,
  OBSERVABLE_KIND_LABELS,
  OBSERVABLE_KINDS,
  type ObservableKind,
  refang,
} from './observables.ts';

const pairs = (text: string) => extractObservables(text).map((o) => `${o.kind}:${o.normalized}`);
const ofKind = (text: string, kind: ObservableKind) =>
  extractObservables(text)
    .filter((o) => o.kind === kind)
    .map((o) => o.normalized);

test('every kind has a Vietnamese and an English label', () => {
  for (const kind of OBSERVABLE_KINDS) {
    assert.ok(OBSERVABLE_KIND_LABELS[kind].vi.length > 0, kind);
    assert.ok(OBSERVABLE_KIND_LABELS[kind].en.length > 0, kind);
  }
});

test('a phishing report yields the sender, the attachment, the C2 address and the download URL', () => {
  const text =
    'Máy kế toán nhận email từ ketoan@thue-gov.vn có file HoaDon_T3.zip, sau đó kết nối tới ' +
    '185.220.101.4 và hxxp://update-win[.]top/a.exe';
  const found = extractObservables(text);
  assert.deepEqual(
    found.map((o) => `${o.kind}:${o.normalized}`),
    [
      'email:ketoan@thue-gov.vn',
      'filename:hoadon_t3.zip',
      'ip:185.220.101.4',
      'url:http://update-win.top/a.exe',
      'filename:a.exe',
    ],
  );
  // The value is kept as written, defanged, so the report can quote it safely.
  assert.equal(found.find((o) => o.kind === 'url')?.value, 'hxxp://update-win[.]top/a.exe');
  // Neither the email's domain nor the URL's host is a separate domain.
  assert.deepEqual(ofKind(text, 'domain'), []);
});

test('a URL host is reported as a domain when it also appears on its own', () => {
  const text = 'Chặn tên miền evil-cdn.xyz trên tường lửa; mẫu tải từ https://evil-cdn.xyz/p/load.js.';
  assert.deepEqual(pairs(text), [
    'domain:evil-cdn.xyz',
    'url:https://evil-cdn.xyz/p/load.js',
    'filename:load.js',
  ]);
});

test('defanged forms are refanged and deduplicated against plain ones', () => {
  const text =
    'Các IOC: 45[.]77[.]12[.]9, 45.77.12.9, phishing-login[.]com, PHISHING-LOGIN.COM, ' +
    'admin[@]phishing-login[.]com, hxxps[://]phishing-login[.]com/Login?id=Ab9 và hxxp[:]//45.77.12.9/x.';
  assert.deepEqual(pairs(text), [
    'ip:45.77.12.9',
    'domain:phishing-login.com',
    'email:admin@phishing-login.com',
    'url:https://phishing-login.com/Login?id=Ab9',
    'url:http://45.77.12.9/x',
  ]);
  const ip = extractObservables(text).find((o) => o.kind === 'ip');
  assert.equal(ip?.value, '45[.]77[.]12[.]9');
});

test('Vietnamese punctuation and diacritics around indicators do not break extraction', () => {
  const text =
    'Theo cảnh báo của A05: “hxxps://cong-dich-vu[.]online/dang-nhap” … tên miền giả mạo ' +
    '(dichvucong-gov.top) và IP “103.97.125.8”… Nội dung lừa đảo yêu cầu tải “Hướng_dẫn_nộp_thuế.lnk”.';
  assert.deepEqual(pairs(text), [
    'url:https://cong-dich-vu.online/dang-nhap',
    'domain:dichvucong-gov.top',
    'ip:103.97.125.8',
    'filename:hướng_dẫn_nộp_thuế.lnk',
  ]);
});

test('text typed in decomposed Unicode (NFD) is handled like composed text', () => {
  const text = 'Máy chủ bị mã hóa, tống tiền qua liên hệ decrypt@onionmail.org.'.normalize('NFD');
  assert.deepEqual(pairs(text), ['email:decrypt@onionmail.org']);
});

test('file names, version numbers, abbreviations and run-on sentences are not domains', () => {
  const text =
    'Đã gửi báo cáo report.docx và bien_ban.pdf lên TP.HCM, cập nhật phiên bản 1.2.3 (v10.0.19045), ' +
    'Ths.Nguyễn kiểm tra cổng portal.gov.vn.Sau đó tải setup.py và đọc README.md.';
  assert.deepEqual(ofKind(text, 'domain'), ['portal.gov.vn']);
  assert.deepEqual(ofKind(text, 'ip'), []);
});

test('only suspicious file extensions are reported as file names', () => {
  const text =
    'Tìm thấy C:\\Users\\Public\\svch0st.exe, payload.dll, run.ps1, x.vbs, a.bat, anh.scr, ' +
    'Bao_cao.docm, Luong.xlsm, data.rar, kit.7z, win.iso, và invoice.pdf.exe.zip; bỏ qua report.docx, ' +
    'web.config, anh.png.';
  assert.deepEqual(ofKind(text, 'filename'), [
    'svch0st.exe',
    'payload.dll',
    'run.ps1',
    'x.vbs',
    'a.bat',
    'anh.scr',
    'bao_cao.docm',
    'luong.xlsm',
    'data.rar',
    'kit.7z',
    'win.iso',
    'invoice.pdf.exe.zip',
  ]);
});

test('MD5, SHA-1 and SHA-256 hashes are found; other hex and digit runs are not', () => {
  const md5 = '44D88612FEA8A8F36DE82E1278ABB02F';
  const sha1 = '3395856ce81f2b7382dee72602f798b642f14140';
  const sha256 = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f';
  const text =
    `MD5: ${md5}; SHA1=${sha1}, SHA256 “${sha256}”. Số tài khoản 12345678901234567890123456789012, ` +
    `mã giao dịch ${'ab'.repeat(20)}x, chuỗi ${'c'.repeat(48)}.`;
  assert.deepEqual(ofKind(text, 'hash'), [md5.toLowerCase(), sha1, sha256]);
  assert.equal(hashAlgorithm(md5.toLowerCase()), 'md5');
  assert.equal(hashAlgorithm(sha1), 'sha1');
  assert.equal(hashAlgorithm(sha256), 'sha256');
  assert.equal(hashAlgorithm('abc'), null);
});

test('IPv4 and IPv6 addresses are validated and written in canonical form', () => {
  const text =
    'Kết nối từ 10.0.0.256, 192.168.1.10:3389, 2001:0DB8:0000:0000:0000:0000:0000:0001 và fe80::1: lúc 08:30:15.';
  assert.deepEqual(ofKind(text, 'ip'), ['192.168.1.10', '2001:db8::1', 'fe80::1']);
  const ipv6 = extractObservables(text).find((o) => o.normalized === 'fe80::1');
  assert.equal(ipv6?.value, 'fe80::1');
});

test('URL paths keep their case; scheme and host are lowercased', () => {
  assert.deepEqual(ofKind('Link rút gọn: HTTPS://Bit.ly/3AbCdE!', 'url'), ['https://bit.ly/3AbCdE']);
});

test('normalizeObservable validates manual entries by kind', () => {
  const rows: [ObservableKind, string, string | null][] = [
    ['ip', ' 185.220.101.4 ', '185.220.101.4'],
    ['ip', '185[.]220[.]101[.]4', '185.220.101.4'],
    ['ip', '[2001:db8:0:0:1:0:0:1]', '2001:db8::1:0:0:1'],
    ['ip', '::ffff:10.0.0.1', '::ffff:10.0.0.1'],
    ['ip', '300.1.1.1', null],
    ['ip', 'evil.com', null],
    ['domain', 'Update-Win[.]Top.', 'update-win.top'],
    ['domain', 'report.docx', 'report.docx'],
    ['domain', '1.2.3', null],
    ['domain', 'localhost', null],
    ['url', 'hxxp://update-win[.]top/A.exe', 'http://update-win.top/A.exe'],
    ['url', 'update-win.top/a.exe', null],
    ['url', 'javascript:alert(1)', null],
    ['hash', ' 44D88612FEA8A8F36DE82E1278ABB02F ', '44d88612fea8a8f36de82e1278abb02f'],
    ['hash', '44d88612', null],
    ['hash', 'z'.repeat(32), null],
    ['email', 'KeToan[@]Thue-Gov[.]vn', 'ketoan@thue-gov.vn'],
    ['email', 'ketoan@localhost', null],
    ['email', '.ketoan@thue.vn', null],
    ['filename', 'HoaDon T3.ZIP', 'hoadon t3.zip'],
    ['filename', 'C:\\Temp\\a.exe', null],
    ['filename', '..', null],
    ['filename', '   ', null],
  ];
  for (const [kind, input, expected] of rows) {
    assert.equal(normalizeObservable(kind, input), expected, `${kind} ${JSON.stringify(input)}`);
  }
});

test('refang undoes the usual defanging', () => {
  assert.equal(refang('hxxps[://]a[.]b(.)c{.}d[dot]vn'), 'https://a.b.c.d.vn');
  assert.equal(refang('hXXp[:]//x[.]vn'), 'http://x.vn');
  assert.equal(refang('a[at]b[.]vn'), 'a@b.vn');
});

test('extraction never throws, returns unique pairs, and each normalized value is stable', () => {
  const pieces = fc.constantFrom(
    ' ',
    'mã hóa',
    '…',
    '“',
    '”',
    '[.]',
    '.',
    '@',
    ':',
    '/',
    'hxxp://',
    'https://',
    'a.exe',
    'evil.com',
    '10.0.0.1',
    '::1',
    'ff',
    'Đ',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const found = extractObservables(parts.join(''));
      const keys = found.map((o) => `${o.kind}:${o.normalized}`);
      assert.equal(new Set(keys).size, keys.length);
      for (const o of found) {
        if (o.kind === 'domain' || o.kind === 'hash' || o.kind === 'email' || o.kind === 'ip') {
          assert.equal(normalizeObservable(o.kind, o.normalized), o.normalized);
        }
      }
    }),
    { numRuns: 300 },
  );
});
